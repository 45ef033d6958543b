import { describe, expect, it } from 'vitest';
import { joindre, codesOrphelins, traduire, ErreurDonnees, type CommuneBase, type Sources } from '../../scripts/geodata/jointures';
import { valider, compter } from '../../scripts/geodata/validation';
import { decoderTable, encoderTable } from '../../src/lib/commune/table';
import { COUCHES, COUCHE_PAR_ID, type CoucheId } from '../../src/lib/zonages/couches';
import { communeTest } from './fixtures';

// DONNÉES DE TEST : deux communes fictives et des lignes de sources écrites à la main.
const base: CommuneBase[] = [
	{ code: '99001', nom: 'Alpha', departement: '99', population: 10, codesPostaux: ['99100'], epci: null },
	{ code: '99002', nom: 'Bêta', departement: '99', population: 20, codesPostaux: ['99200'], epci: { siren: '200000001', nom: 'CC Test' } }
];
const sources = (): Sources => ({
	zonageMedecins: [
		{ code_insee: '99001', zonage_mg: '1_ZIP' },
		{ code_insee: '99002', zonage_mg: '' }
	],
	zonageDentistes: [
		{ code_insee: '99001', zonage_chirurgien_dentiste: '1_Tres_sous_dotee' },
		{ code_insee: '99002', zonage_chirurgien_dentiste: '1_Tres_sous_dotee|2_Sous_dotee' }
	],
	zonageProfessions: [
		{
			code_insee: '99001',
			zonage_infirmiers: '5_Sur_dotee',
			zonage_masseurs_kinesitherapeutes: '5b_Non_prioritaire',
			zonage_orthophonistes: '1b_Sous_dense',
			zonage_sages_femmes: '2_Sous_dotee'
		},
		{
			code_insee: '99002',
			zonage_infirmiers: '4_Tres_dotee|5_Sur_dotee',
			zonage_masseurs_kinesitherapeutes: '3_intermediaire',
			zonage_orthophonistes: '3_intermediaire',
			zonage_sages_femmes: '1_Tres_sous_dotee'
		}
	],
	massif: [{ code_insee: '99001', massif: '08 - Massif des Pyrénées' }],
	zoneMontagne: [
		{ code_insee: '99001', zone_montagne: 'C' },
		{ code_insee: '99002', zone_montagne: 'NC' }
	],
	qpv: [
		{ code_qp: 'QNTEST1', lib_qp: 'Quartier test 1', insee_com: '99002' },
		{ code_qp: 'QNTEST2', lib_qp: 'Quartier test 2', insee_com: '99002' }
	],
	zrr: [
		{ code_insee_cog2025: '99001', zrr_simp_2017: 'C - Classée en ZRR' },
		{ code_insee_cog2025: '99002', zrr_simp_2017: 'C - Classée en ZRR / NC - Non classée' }
	],
	frr: [
		{ code_insee: '99001', classement_frr_2025_07_10: 'FRR+' },
		{ code_insee: '99002', classement_frr_2025_07_10: 'Non classée' }
	],
	// 99002 has no APL row.
	apl: [
		{
			code_insee: '99001',
			apl_mg_2022: '2.5',
			apl_mg_moins65_2022: '2.25',
			pop_standardisee_2020: '10.5',
			apl_mg_2023: '3',
			apl_mg_moins65_2023: '2.75',
			pop_standardisee_2021: '11'
		}
	]
});

describe('jointure des couches', () => {
	it('traduit chaque libellé source en valeur de couche', () => {
		const [a] = joindre(base, sources());
		expect(a.zonages).toMatchObject({
			'zonage-medecins': 'ZIP',
			'zonage-dentistes': 'tres-sous-dotee',
			'zonage-infirmiers': 'sur-dotee',
			'zonage-masseurs-kinesitherapeutes': 'non-prioritaire',
			'zonage-orthophonistes': 'sous-dense',
			'zonage-sages-femmes': 'sous-dotee',
			massif: 'pyrenees',
			qpv: 'sans-qpv',
			zrr: 'zrr',
			frr: 'frr-plus',
			pdsa: 'non-disponible',
			tvs: 'non-disponible',
			montagne: 'classee'
		});
		expect(a.notes).toEqual([]);
	});

	it('rend « non disponible » avec une note pour une valeur absente ou des communes fusionnées divergentes', () => {
		const [, b] = joindre(base, sources());
		expect(b.zonages['zonage-medecins']).toBe('non-disponible');
		expect(b.zonages['zonage-dentistes']).toBe('non-disponible');
		expect(b.zonages.zrr).toBe('non-disponible');
		expect(b.zonages['zonage-infirmiers']).toBe('non-disponible');
		expect(b.notes).toHaveLength(5);
		expect(b.notes).toContain(
			'Zonage chirurgiens-dentistes : commune nouvelle dont les communes fusionnées avaient des valeurs différentes (Très sous-dotée, Sous-dotée).'
		);
		expect(b.notes).toContain(
			'Zonage infirmiers : commune nouvelle dont les communes fusionnées avaient des valeurs différentes (Très dotée, Sur-dotée).'
		);
	});

	// Every CartoSanté label each profession uses (PROVENANCE §16), and the value it becomes.
	const NIVEAUX: [CoucheId, string, [string, string][]][] = [
		['zonage-infirmiers', 'zonage_infirmiers', [['1_Tres_sous_dotee', 'tres-sous-dotee'], ['2_Sous_dotee', 'sous-dotee'], ['3_intermediaire', 'intermediaire'], ['4_Tres_dotee', 'tres-dotee'], ['5_Sur_dotee', 'sur-dotee']]],
		['zonage-masseurs-kinesitherapeutes', 'zonage_masseurs_kinesitherapeutes', [['1_Tres_sous_dotee', 'tres-sous-dotee'], ['2_Sous_dotee', 'sous-dotee'], ['3_intermediaire', 'intermediaire'], ['5b_Non_prioritaire', 'non-prioritaire']]],
		['zonage-orthophonistes', 'zonage_orthophonistes', [['1b_Sous_dense', 'sous-dense'], ['3_intermediaire', 'intermediaire'], ['4_Tres_dotee', 'tres-dotee'], ['5_Sur_dotee', 'sur-dotee']]],
		['zonage-sages-femmes', 'zonage_sages_femmes', [['1_Tres_sous_dotee', 'tres-sous-dotee'], ['2_Sous_dotee', 'sous-dotee'], ['3_intermediaire', 'intermediaire'], ['4_Tres_dotee', 'tres-dotee'], ['5_Sur_dotee', 'sur-dotee']]]
	];
	it.each(NIVEAUX)('traduit chaque niveau de la couche %s', (couche, colonne, paires) => {
		for (const [etiquette, valeur] of paires) {
			const s = sources();
			s.zonageProfessions[0][colonne] = etiquette;
			expect(joindre(base, s)[0].zonages[couche]).toBe(valeur);
		}
		expect(COUCHE_PAR_ID[couche].valeurs.map((v) => v.id)).toEqual([...paires.map(([, v]) => v), 'non-disponible']);
	});

	it('refuse un niveau que la profession n’a pas, même connu d’une autre', () => {
		const s = sources();
		s.zonageProfessions[0].zonage_infirmiers = '1b_Sous_dense';
		expect(() => joindre(base, s)).toThrow(/valeur inconnue « 1b_Sous_dense » pour la couche zonage-infirmiers/);
		s.zonageProfessions[0].zonage_infirmiers = '4_Tres_dotee|9_Inconnu';
		expect(() => joindre(base, s)).toThrow(/valeur inconnue « 4_Tres_dotee\|9_Inconnu »/);
	});

	it('rattache tous les QPV d’une commune et marque la commune', () => {
		const [, b] = joindre(base, sources());
		expect(b.qpv.map((q) => q.code)).toEqual(['QNTEST1', 'QNTEST2']);
		expect(b.zonages.qpv).toBe('avec-qpv');
	});

	it('garde les nombres de l’APL et classe la commune, ou la rend non disponible avec une note', () => {
		const [a, b] = joindre(base, sources());
		expect(a.apl).toEqual({ apl2022: 2.5, apl2023: 3, moins65_2022: 2.25, moins65_2023: 2.75, popStandardisee2020: 10.5, popStandardisee2021: 11 });
		expect(a.zonages.apl).toBe('q1');
		expect(b.apl).toBeNull();
		expect(b.zonages.apl).toBe('non-disponible');
		expect(b.notes).toContain('Accessibilité aux médecins généralistes (APL 2023, quintiles) : la source ne donne aucune valeur pour cette commune.');
	});

	it('refuse une APL illisible ou incomplète', () => {
		const s = sources();
		s.apl[0].apl_mg_2023 = 'NA';
		expect(() => joindre(base, s)).toThrow(/Commune 99001 : valeur d'APL illisible « NA » dans la colonne apl_mg_2023/);
		s.apl[0].apl_mg_2023 = '';
		expect(() => joindre(base, s)).toThrow(/Commune 99001 : ligne d'APL incomplète, colonne apl_mg_2023 vide/);
	});

	it('distingue commune classée et non classée en zone de montagne', () => {
		expect(joindre(base, sources()).map((c) => c.zonages.montagne)).toEqual(['classee', 'non-classee']);
		const s = sources();
		s.zoneMontagne[1].zone_montagne = 'P';
		expect(() => joindre(base, s)).toThrow(/valeur inconnue « P » pour la couche montagne/);
	});

	it('considère une commune absente du fichier des massifs comme hors massif', () => {
		expect(joindre(base, sources())[1].zonages.massif).toBe('hors-massif');
	});

	it('refuse un libellé inconnu', () => {
		const s = sources();
		s.frr[0].classement_frr_2025_07_10 = 'FRR inventée';
		expect(() => joindre(base, s)).toThrow(/valeur inconnue « FRR inventée » pour la couche frr/);
		expect(() => traduire('zrr', {}, 'X', '99001', [])).toThrow(ErreurDonnees);
	});

	it('refuse un code en double dans une source', () => {
		const s = sources();
		s.frr.push({ code_insee: '99001', classement_frr_2025_07_10: 'FRR+' });
		expect(() => joindre(base, s)).toThrow(/FRR : code INSEE en double 99001/);
	});

	it('signale les codes d’une source absents de la liste des communes', () => {
		const s = sources();
		s.massif.push({ code_insee: '99999', massif: '06 - Massif Central' });
		expect(codesOrphelins(base, s)).toEqual(['massifs:99999']);
	});
});

describe('validation', () => {
	const communes = () => joindre(base, sources());

	it('accepte des communes complètes', () => {
		expect(valider(communes(), ['99001', '99002'], 2)).toEqual([]);
	});

	it('signale une commune sans géométrie, une géométrie orpheline, un doublon et un mauvais total', () => {
		const erreurs = valider(communes(), ['99001', '99003', '99003'], 3);
		expect(erreurs).toContain('Commune sans géométrie : 99002 Bêta');
		expect(erreurs).toContain('Géométrie sans commune : 99003');
		expect(erreurs).toContain('Code INSEE en double dans la géométrie : 99003');
		expect(erreurs).toContain('Nombre de communes : 2, attendu 3');
	});

	it('signale une valeur manquante ou hors domaine, et une couche sans source renseignée', () => {
		const c = communes();
		c[0].zonages['zonage-medecins'] = '';
		c[1].zonages.massif = 'alpes';
		c[1].zonages.pdsa = 'secteur-1';
		const erreurs = valider(c, ['99001', '99002']);
		expect(erreurs).toContain('Commune 99001 : aucune valeur pour la couche zonage-medecins');
		expect(erreurs).toContain('Commune 99002 : valeur inconnue « alpes » pour la couche massif');
		expect(erreurs.some((e) => e.includes('pdsa'))).toBe(true);
	});

	it('compte les communes par valeur de couche', () => {
		const comptes = compter(communes());
		expect(comptes['zonage-medecins']).toEqual({ ZIP: 1, ZAC: 0, ZAR: 0, 'non-disponible': 1 });
		expect(comptes.pdsa).toEqual({ 'non-disponible': 2, 'secteur-avec-zip': 0, 'secteur-sans-zip': 0 });
	});
});

describe('table compacte des communes', () => {
	it('fait l’aller-retour sans perte', () => {
		const communes = [
			communeTest({ code: '99001', epci: { siren: '200000001', nom: 'CC Test' }, qpv: [{ code: 'QN1', nom: 'Q' }] }),
			communeTest({ code: '99002', epci: { siren: '200000001', nom: 'CC Test' }, zonages: { 'zonage-medecins': 'ZIP' } }),
			communeTest({ code: '99003', codesPostaux: ['99300', '99301'], notes: ['note'] }),
			communeTest({
				code: '99004',
				zonages: { apl: 'q1' },
				apl: { apl2022: 1.5, apl2023: 2.884, moins65_2022: 1.25, moins65_2023: 2.383, popStandardisee2020: 64.756, popStandardisee2021: 64.779 }
			})
		];
		const table = encoderTable(communes);
		expect(table.epci).toHaveLength(1);
		expect(decoderTable(JSON.parse(JSON.stringify(table)))).toEqual(communes);
	});

	it('refuse d’encoder une valeur hors domaine et de décoder un fichier inattendu', () => {
		expect(() => encoderTable([communeTest({ zonages: { frr: 'frr-inventee' } })])).toThrow(/valeur inconnue/);
		expect(() => decoderTable({ format: 1, couches: [], epci: [], communes: [] })).toThrow(/format inattendu/);
		expect(() => decoderTable(null)).toThrow(/illisible/);
	});
});

describe('définition des couches', () => {
	it('donne à un même niveau le même libellé et la même couleur dans tous les zonages conventionnels', () => {
		const zonages = COUCHES.filter((c) => c.id.startsWith('zonage-') && c.id !== 'zonage-medecins');
		expect(zonages).toHaveLength(5);
		const vus = new Map<string, string>();
		for (const v of zonages.flatMap((c) => c.valeurs)) {
			const style = `${v.label} ${v.couleur}`;
			expect(vus.get(v.id) ?? style, v.id).toBe(style);
			vus.set(v.id, style);
		}
		expect(new Set([...vus.values()].map((s) => s.split(' ').pop())).size).toBe(vus.size);
	});

	it('ne donne jamais deux fois la même couleur dans une couche', () => {
		for (const c of COUCHES) expect(new Set(c.valeurs.map((v) => v.couleur)).size, c.id).toBe(c.valeurs.length);
	});
});
