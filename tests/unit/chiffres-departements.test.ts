import { describe, expect, it } from 'vitest';
import { chiffresDepartements } from '../../scripts/geodata/chiffres';
import { ErreurDonnees, type Ligne } from '../../scripts/geodata/jointures';
import { decoderChiffres, pour100000, type ChiffresDepartements } from '../../src/lib/chiffres/departements';

/*
 * DONNÉES DE TEST fabriquées à la main : 13 départements fictifs (« Département 01 »…), des lignes
 * de baromètre et d'export Insee aux nombres inventés, pour vérifier l'assemblage et les contrôles.
 */
const CODES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13'];
const departements = new Map(CODES.map((c) => [c, `Département ${c}`]));
const region = { code: '99', nom: 'Région de test' };
const NOMS: Record<string, string> = {
	'IND-311': 'Nombre de maisons de santé pluriprofessionnelles',
	'IND-318': 'Nombre de centres de santé pluriprofessionnels sur le territoire francais',
	'IND-589': 'Couverture de la population par une CPTS',
	'IND-312': 'Part de patients en affection de longue durée (ALD) avec un médecin traitant'
};
const ligne = (indic: string, zone: string, date: string, va: string, vc = ''): Ligne => ({
	indic_id: indic,
	indic_nom_baro: NOMS[indic],
	enforce_zone_id: zone,
	metric_enforce_date: date,
	maille: zone.startsWith('D') ? 'DEPT' : zone.startsWith('R') ? 'REG' : 'NAT',
	indic_vi: '',
	indic_va: va,
	indic_vc: vc,
	indic_ta: ''
});

/** Département n has n MSP in 2023-12 (n − 1 in 2017-06), so the region has 1 + … + 13 = 91. */
function barometre(): Ligne[] {
	const zones = [...CODES.map((c) => `D${c}`), 'R99', 'FRANCE'];
	return zones.flatMap((z, i) => {
		const msp = z === 'R99' ? 91 : z === 'FRANCE' ? 2000 : i + 1;
		return [
			// Listed out of order, and with a target-only row that must not count as a value.
			ligne('IND-311', z, '2023-12-01', String(msp)),
			ligne('IND-311', z, '2017-06-01', String(msp - 1)),
			ligne('IND-311', z, '2026-12-01', '', '500.0'),
			ligne('IND-318', z, '2023-12-01', '2.0'),
			ligne('IND-589', z, '2024-05-01', '75.5'),
			ligne('IND-312', z, '2023-06-01', '94.25')
		];
	});
}
const insee = (): Ligne[] =>
	CODES.map((c) => ({
		Code: c,
		Libellé: `Département ${c}`,
		'Médecin généraliste (en nombre) 2024': '100',
		'Chirurgien dentiste (en nombre) 2024': '50',
		'Infirmier (en nombre) 2024': '300',
		'Estimations de population 2025': '200000'
	}));

describe('chiffres des départements (construction)', () => {
	it('garde la dernière valeur de chaque indicateur avec sa date, et la série des MSP', () => {
		const c = chiffresDepartements(barometre(), insee(), departements, region);
		expect(c.departements.map((d) => d.code)).toEqual(CODES);
		const d13 = c.departements[12];
		expect(d13).toMatchObject({ code: '13', nom: 'Département 13' });
		expect(d13.barometre).toEqual({
			msp: { valeur: 13, date: '2023-12-01' },
			'centres-sante': { valeur: 2, date: '2023-12-01' },
			cpts: { valeur: 75.5, date: '2024-05-01' },
			ald: { valeur: 94.25, date: '2023-06-01' }
		});
		expect(d13.serieMsp).toEqual([
			{ valeur: 12, date: '2017-06-01' },
			{ valeur: 13, date: '2023-12-01' }
		]);
		expect(d13.effectifs).toEqual({ 'medecins-generalistes': 100, 'chirurgiens-dentistes': 50, infirmiers: 300, population: 200000 });
		expect(c.region).toMatchObject({ code: '99', nom: 'Région de test', barometre: { msp: { valeur: 91 } } });
		expect(c.france).toMatchObject({ code: 'FR', nom: 'France' });
		expect(c.indicateurs.msp).toMatchObject({ code: 'IND-311', nom: NOMS['IND-311'], source: 'Baromètre des résultats de l’action publique (DITP)' });
		expect(c.indicateurs.msp.definition).toMatch(/autour d’un projet de santé/);
		expect(c.indicateurs['medecins-generalistes']).toMatchObject({ source: 'Insee Statistiques locales 2024', unite: 'nombre' });
		expect(c.indicateurs['medecins-generalistes'].avertissement).toMatch(/ni un effectif RPPS/);
		expect(decoderChiffres(JSON.parse(JSON.stringify(c)))).toEqual(c);
	});

	const erreur = (f: () => unknown): string => {
		try {
			f();
		} catch (e) {
			expect(e).toBeInstanceOf(ErreurDonnees);
			return (e as Error).message;
		}
		throw new Error('aucune erreur');
	};

	it('refuse une somme des MSP des départements différente du total régional', () => {
		const b = barometre();
		b.find((l) => l.enforce_zone_id === 'R99' && l.metric_enforce_date === '2023-12-01')!.indic_va = '90';
		expect(erreur(() => chiffresDepartements(b, insee(), departements, region))).toMatch(
			/la somme des MSP des départements au 2023-12-01 \(91\) diffère du total régional \(90\)/
		);
	});

	it('refuse un département absent, un nombre illisible, un indicateur ou une zone inconnus', () => {
		const b = barometre().filter((l) => l.enforce_zone_id !== 'D05');
		b[0].indic_va = 'beaucoup';
		b.push(ligne('IND-999', 'D01', '2023-12-01', '1'), ligne('IND-311', 'D98', '2023-12-01', '1'));
		const i = insee().filter((l) => l.Code !== '07');
		i[0]['Infirmier (en nombre) 2024'] = '12,5';
		const message = erreur(() => chiffresDepartements(b, i, departements, region));
		expect(message).toContain('aucune valeur de msp pour Département 05 (D05)');
		expect(message).toContain('baromètre, IND-311 D01 2023-12-01 : valeur illisible « beaucoup »');
		expect(message).toContain('baromètre, IND-999 D01 2023-12-01 : indicateur inconnu');
		expect(message).toContain('baromètre, IND-311 D98 2023-12-01 : zone inconnue');
		expect(message).toContain('Insee : département absent 07 Département 07');
		expect(message).toContain('Insee : valeur illisible « 12,5 » pour « Infirmier (en nombre) 2024 », département 01');
		expect(message).toContain('aucune valeur de ald pour Département 05 (D05)');
		// No cascade: the missing count is not reported again as a wrong sum.
		expect(message).not.toContain('somme');
		expect(message).toMatch(/^Chiffres des départements \(9\) :/);
	});

	it('refuse un département dont le dernier compte de MSP n’est pas à la date régionale', () => {
		const b = barometre().filter((l) => !(l.enforce_zone_id === 'D03' && l.metric_enforce_date === '2023-12-01' && l.indic_id === 'IND-311'));
		expect(erreur(() => chiffresDepartements(b, insee(), departements, region))).toContain(
			'baromètre : MSP de Département 03 au 2017-06-01, de la région au 2023-12-01'
		);
	});

	it('refuse une ligne en double et une liste de départements incomplète', () => {
		const b = barometre();
		b.push({ ...b[0] });
		expect(erreur(() => chiffresDepartements(b, insee(), departements, region))).toContain('IND-311 D01 2023-12-01 : ligne en double');
		const douze = new Map([...departements].slice(1));
		expect(erreur(() => chiffresDepartements(barometre(), insee(), douze, region))).toContain('12 départements dans le COG, 13 attendus');
	});
});

describe('chiffres des départements (lecture et taux)', () => {
	it('calcule les taux pour 100 000 habitants', () => {
		const t = pour100000({ 'medecins-generalistes': 65, 'chirurgiens-dentistes': 35, infirmiers: 157, population: 76452 });
		expect(t['medecins-generalistes']).toBeCloseTo(85.02, 2);
		expect(t['chirurgiens-dentistes']).toBeCloseTo(45.78, 2);
		expect(t.infirmiers).toBeCloseTo(205.36, 2);
	});

	it('refuse un fichier illisible ou incomplet avec un message français', () => {
		expect(() => decoderChiffres(null)).toThrow('Le fichier des chiffres des départements est illisible ou d’un format inattendu.');
		expect(() => decoderChiffres({ format: 2 })).toThrow(/format inattendu/);
		const incomplet = { format: 1, indicateurs: {}, departements: [], region: {}, france: {} } as unknown as ChiffresDepartements;
		expect(() => decoderChiffres(incomplet)).toThrow('Le fichier des chiffres des départements compte 0 départements au lieu de 13.');
	});
});
