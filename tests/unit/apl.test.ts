import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classeApl, moyennePonderee, quintilesApl2023, rangApl } from '../../src/lib/zonages/apl';
import { decoderTable } from '../../src/lib/commune/table';
import type { Apl } from '../../src/lib/commune/types';

// DONNÉES DE TEST fabriquées à la main : des APL et populations choisies pour un calcul à la main.
const apl = (apl2023: number, popStandardisee2021: number, apl2022 = 0, popStandardisee2020 = 0): Apl => ({
	apl2022,
	apl2023,
	moins65_2022: apl2022 / 2,
	moins65_2023: apl2023 / 2,
	popStandardisee2020,
	popStandardisee2021
});
const communes = [
	{ code: '99001', apl: apl(1, 100, 2, 50) },
	{ code: '99002', apl: apl(4, 300, 2, 150) },
	{ code: '99003', apl: null },
	{ code: '99004', apl: apl(4, 0) }
];

describe('moyenne pondérée de l’APL', () => {
	it('pondère par la population standardisée de l’année de calcul et ignore les communes sans APL', () => {
		// (1 × 100 + 4 × 300 + 4 × 0) / (100 + 300 + 0) = 1 300 / 400
		expect(moyennePonderee(communes, 2023)).toBe(3.25);
		expect(moyennePonderee(communes, 2023, true)).toBe(1.625);
		// 2022 is weighted by the 2020 population: (2 × 50 + 2 × 150) / 200
		expect(moyennePonderee(communes, 2022)).toBe(2);
	});

	it('rend null quand aucune commune n’a de poids', () => {
		expect(moyennePonderee([{ apl: null }], 2023)).toBeNull();
		expect(moyennePonderee([], 2022)).toBeNull();
	});
});

describe('rang d’une commune', () => {
	it('classe de l’accès le plus faible (1) au plus élevé, ex aequo au même rang', () => {
		expect(rangApl(communes, '99001', 2023)).toEqual({ rang: 1, sur: 3 });
		expect(rangApl(communes, '99002', 2023)).toEqual({ rang: 2, sur: 3 });
		expect(rangApl(communes, '99004', 2023)).toEqual({ rang: 2, sur: 3 });
		expect(rangApl(communes, '99003', 2023)).toBeNull();
		expect(rangApl(communes, '99999', 2023)).toBeNull();
	});
});

describe('quintiles de l’APL 2023', () => {
	it('coupe dix valeurs en cinq classes de deux, la première incluant son minimum', () => {
		const dix = [0.5, 3, 1, 2, 4, 5, 2.5, 0, 1.5, 3.5].map((v) => apl(v, 1));
		const q = quintilesApl2023([...dix, null]);
		expect(q).toEqual([
			{ id: 'q1', min: 0, max: 0.5 },
			{ id: 'q2', min: 0.5, max: 1.5 },
			{ id: 'q3', min: 1.5, max: 2.5 },
			{ id: 'q4', min: 2.5, max: 3.5 },
			{ id: 'q5', min: 3.5, max: 5 }
		]);
		expect(dix.map((a) => classeApl(a.apl2023, q))).toEqual(['q1', 'q4', 'q2', 'q3', 'q5', 'q5', 'q3', 'q1', 'q2', 'q4']);
		expect([0, 0.5, 0.51, 5].map((v) => classeApl(v, q))).toEqual(['q1', 'q1', 'q2', 'q5']);
	});

	it('ne crée aucune classe sans valeur', () => {
		expect(quintilesApl2023([null])).toEqual([]);
	});
});

const TABLE = new URL('../../static/data/communes.json', import.meta.url);

describe.runIf(existsSync(TABLE))('APL des communes d’Occitanie (table construite)', () => {
	const occitanie = decoderTable(JSON.parse(readFileSync(TABLE, 'utf8')));

	it('donne une moyenne régionale pondérée différente de la moyenne simple des communes', () => {
		const ponderee = moyennePonderee(occitanie, 2023)!;
		const valeurs = occitanie.flatMap((c) => (c.apl ? [c.apl.apl2023] : []));
		const simple = valeurs.reduce((s, v) => s + v, 0) / valeurs.length;
		// Populous communes have better access: the weighted mean is well above the mean of communes.
		expect(ponderee).toBeCloseTo(3.92, 2);
		expect(simple).toBeCloseTo(2.961, 3);
		expect(ponderee - simple).toBeGreaterThan(0.9);
	});

	it('classe Toulouse parmi les communes d’accès élevé', () => {
		const { rang, sur } = rangApl(occitanie, '31555', 2023)!;
		expect(sur).toBe(4446);
		expect(rang / sur).toBeGreaterThan(0.8);
		expect(occitanie.find((c) => c.code === '31555')!.zonages.apl).toBe('q5');
	});
});
