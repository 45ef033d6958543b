import { describe, expect, it } from 'vitest';
import { filtrer, trier, versCsv } from '../../src/lib/commune/tableau';
import { communeTest } from './fixtures';

// DONNÉES DE TEST fabriquées.
const apl = (apl2023: number) => ({ apl2022: 1, apl2023, moins65_2022: 1, moins65_2023: 1, popStandardisee2020: 10, popStandardisee2021: 10 });
const communes = [
	communeTest({ code: '99001', nom: 'Bêta', departement: '98', population: 300, zonages: { 'zonage-medecins': 'ZAR' }, apl: apl(12.5) }),
	communeTest({
		code: '99002',
		nom: 'Alpha; "la grande"',
		departement: '99',
		population: 100,
		zonages: { 'zonage-medecins': 'ZIP', 'zonage-orthophonistes': 'sous-dense', montagne: 'classee' },
		apl: apl(2.884)
	}),
	communeTest({ code: '99003', nom: 'Gamma', departement: '99', population: 200, zonages: { 'zonage-medecins': 'ZAC' }, qpv: [{ code: 'QN1', nom: 'Centre' }] })
];
const tous = { texte: '', departement: null, couche: 'zonage-medecins' as const, valeur: null };
const codes = (l: { code: string }[]) => l.map((c) => c.code);

describe('tableau des communes', () => {
	it('filtre par département, valeur de couche et texte (sans accents)', () => {
		expect(codes(filtrer(communes, { ...tous, departement: '99' }))).toEqual(['99002', '99003']);
		expect(codes(filtrer(communes, { ...tous, valeur: 'ZIP' }))).toEqual(['99002']);
		expect(codes(filtrer(communes, { ...tous, texte: 'beta' }))).toEqual(['99001']);
		expect(codes(filtrer(communes, { ...tous, texte: '99003' }))).toEqual(['99003']);
	});

	it('trie une couche dans son ordre propre, et dans les deux sens', () => {
		expect(codes(trier(communes, 'zonage-medecins', 1))).toEqual(['99002', '99003', '99001']);
		expect(codes(trier(communes, 'population', -1))).toEqual(['99001', '99003', '99002']);
		expect(codes(trier(communes, 'nom', 1))).toEqual(['99002', '99001', '99003']);
	});

	it('trie l’APL 2023 comme un nombre (2,884 avant 12,5), les communes sans APL en dernier', () => {
		expect(codes(trier(communes, 'apl2023', 1))).toEqual(['99002', '99001', '99003']);
		expect(codes(trier(communes, 'apl2023', -1))).toEqual(['99003', '99001', '99002']);
	});

	it('filtre sur les nouvelles couches', () => {
		expect(codes(filtrer(communes, { ...tous, couche: 'montagne', valeur: 'classee' }))).toEqual(['99002']);
		expect(codes(filtrer(communes, { ...tous, couche: 'zonage-orthophonistes', valeur: 'sous-dense' }))).toEqual(['99002']);
	});

	it('exporte un CSV point-virgule avec BOM, libellés et champs protégés', () => {
		const csv = versCsv(communes.slice(1), { titre: 'CAIM', statut: (c) => (c.code === '99002' ? 'Éligible' : 'Non éligible') });
		const [entete, l1, l2] = csv.slice(1).trim().split('\r\n');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(entete.split(';').slice(0, 6)).toEqual(['code_insee', 'nom', 'departement', 'population', 'codes_postaux', 'zonage-medecins']);
		expect(entete.endsWith(';qpv_2024;CAIM')).toBe(true);
		expect(l1).toContain('"Alpha; ""la grande"""');
		expect(l1).toContain("ZIP — zone d'intervention prioritaire");
		expect(l1.endsWith(';Éligible')).toBe(true);
		expect(l2).toContain('Centre (QN1)');
	});

	// Sums made up for the test.
	const SOMMES = new Map([
		['99001', { surs: { min: 0, max: 0 }, total: { min: 31250, max: 50000 } }],
		['99002', { surs: { min: 31250, max: 50000 }, total: { min: 31250, max: 50000 } }],
		['99003', { surs: { min: 5000, max: 5000 }, total: { min: 5000, max: 65000 } }]
	]);
	const sommes = (c: { code: string }) => SOMMES.get(c.code);

	it('trie par somme sûre et par somme possible sur 5 ans (le haut de la fourchette)', () => {
		expect(codes(trier(communes, 'surs', -1, undefined, sommes))).toEqual(['99002', '99003', '99001']);
		expect(codes(trier(communes, 'jusqua', -1, undefined, sommes))).toEqual(['99003', '99002', '99001']);
		// Without sums (no profile): the codes' order.
		expect(codes(trier(communes, 'surs', 1))).toEqual(['99001', '99002', '99003']);
	});

	it('exporte les sommes sur 5 ans en euros, avec le profil et la date dans leur en-tête, avant l’APL', () => {
		const csv = versCsv(communes, undefined, undefined, { contexte: 'Je suis médecin — règles au 27 décembre 2023', de: sommes });
		const [entete, l1, l2] = csv.slice(1).trim().split('\r\n');
		const colonnes = entete.split(';');
		const i = colonnes.indexOf('somme_sure_5_ans_min (euros, Je suis médecin — règles au 27 décembre 2023)');
		expect(colonnes.slice(i, i + 4)).toEqual([
			'somme_sure_5_ans_min (euros, Je suis médecin — règles au 27 décembre 2023)',
			'somme_sure_5_ans_max (euros, Je suis médecin — règles au 27 décembre 2023)',
			'somme_jusqua_5_ans (euros, Je suis médecin — règles au 27 décembre 2023)',
			'apl_mg_2023'
		]);
		expect(l1.split(';').slice(i, i + 3)).toEqual(['0', '0', '50000']);
		// Alpha's name holds a quoted semicolon: its fields sit one further.
		expect(l2.split(';').slice(i + 1, i + 4)).toEqual(['31250', '50000', '50000']);
		expect(versCsv(communes).split('\r\n')[0]).not.toContain('somme_');
	});

	it('exporte les nouvelles couches par leur libellé et l’APL 2023 en nombre à virgule', () => {
		const [entete, ...lignes] = versCsv(communes).slice(1).trim().split('\r\n');
		const colonnes = entete.split(';');
		const champ = (ligne: string, nom: string) => ligne.split(';')[colonnes.indexOf(nom)];
		for (const nom of ['montagne', 'zonage-infirmiers', 'zonage-masseurs-kinesitherapeutes', 'zonage-orthophonistes', 'zonage-sages-femmes', 'apl', 'apl_mg_2023']) {
			expect(colonnes).toContain(nom);
		}
		expect(champ(lignes[0], 'apl_mg_2023')).toBe('12,5');
		// Alpha's name holds a quoted semicolon: read its row from the end.
		expect(lignes[1].split(';').at(-2)).toBe('2,884');
		expect(lignes[1]).toContain(';Sous-dense;');
		expect(lignes[1]).toContain(';Commune classée en zone de montagne;');
		expect(champ(lignes[2], 'apl_mg_2023')).toBe('');
		expect(champ(lignes[2], 'apl')).toBe('Non disponible');
	});
});
