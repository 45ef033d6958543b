/**
 * The « Montants » map: each commune's class and hatching, its tooltip, the legend, the thresholds of
 * « au plus près » and the nearest commune reaching one, the generated hatch pattern. AIDES, COMMUNES
 * ET POINTS FABRIQUÉS À LA MAIN (ids borrowed, amounts, calendars and places made up for the test).
 */
import { describe, expect, it } from 'vitest';
import { bilanMontants, type AideChiffrable, type Bilan } from '../../src/lib/montants/bilan';
import { colorationMontants, legendeMontants, SEUILS_MONTANTS, texteMontants, titreMontants, VALEURS_MONTANTS } from '../../src/lib/montants/carte';
import { CLASSES_MONTANTS } from '../../src/lib/montants/communes';
import { Voisinage } from '../../src/lib/voisinage/proximite';
import { motifHachures } from '../../src/lib/carte/hachures';
import type { Statut, Versements } from '../../src/lib/aides/types';
import { communeTest } from './fixtures';

const enUneFois: Versements = { type: 'calendrier', annees: [1], parts: [1], enClair: 'à la signature', source: 'test' };
const forfait = (id: AideChiffrable['id'], statut: Statut, max: number): AideChiffrable => ({
	id,
	titre: id,
	statut,
	montant: { min: max, max, unite: '€', periode: 'unique' },
	montantTexte: null,
	versements: enUneFois,
	collective: false,
	incompatibleAvec: []
});
const e = '\u00a0€';
const milliers = (n: number) => `${n}\u202f000${e}`;

// 99001: 50 000 € sûrs; 99002: nothing sure, 50 000 € à préciser (hatched: 0 € → 30–60 000 €);
// 99003: 5 000 € sûrs + 3 000 € à préciser (same class: not hatched); 99004: nothing open.
const BILANS = new Map<string, Bilan>([
	['99001', bilanMontants([forfait('caim', 'eligible', 50000)])],
	['99002', bilanMontants([forfait('caim', 'a-preciser', 50000)])],
	['99003', bilanMontants([forfait('caim', 'eligible', 5000), forfait('coscom', 'a-preciser', 3000)])],
	['99004', bilanMontants([forfait('caim', 'non-eligible', 50000)])]
]);

describe('carte des montants (bilans inventés)', () => {
	it('range chaque commune dans la classe de sa somme sûre et hachure celles que le possible relèverait', () => {
		const c = colorationMontants(BILANS, titreMontants('2023-12-27'));
		expect(Object.fromEntries(c.classes)).toEqual({ '99001': '30000-60000', '99002': 'aucun', '99003': 'moins-10000', '99004': 'aucun' });
		expect([...c.hachures]).toEqual(['99002']);
		expect(c.valeurs.map((v) => v.id)).toEqual(CLASSES_MONTANTS.map((k) => k.id));
		expect(c.titre).toBe('Montants sûrs sur 5 ans par commune, règles au 27 décembre 2023');
	});

	it('une échelle séquentielle : chaque classe plus sombre que la précédente, une couleur par classe, nommée', () => {
		const luminance = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const l = VALEURS_MONTANTS.map((v) => luminance(v.couleur));
		expect(l.every((x, i) => i === 0 || x < l[i - 1])).toBe(true);
		expect(new Set(VALEURS_MONTANTS.map((v) => v.couleur)).size).toBe(5);
		expect(VALEURS_MONTANTS.map((v) => v.label)).toEqual(CLASSES_MONTANTS.map((k) => k.libelle));
	});

	it('la bulle dit jusqu’où va la somme et ce qui en est sûr', () => {
		const c = colorationMontants(BILANS, '');
		expect(c.decrire!('99001')).toBe(`jusqu’à ${milliers(50)} sur 5 ans, dont ${milliers(50)} sûrs`);
		expect(c.decrire!('99002')).toBe(`jusqu’à ${milliers(50)} sur 5 ans, à préciser`);
		expect(c.decrire!('99003')).toBe(`jusqu’à ${milliers(8)} sur 5 ans, dont ${milliers(5)} sûrs`);
		expect(c.decrire!('99004')).toBe('aucune aide chiffrée ouverte');
		const horsTotal = bilanMontants([{ ...forfait('majoration-fmt', 'eligible', 0), montant: null, montantTexte: '10 % par an' }]);
		expect(texteMontants(horsTotal)).toBe('aucun montant chiffrable sur 5 ans');
	});

	it('la légende compte communes et habitants par classe, et les communes hachurées', () => {
		const communes = ['99001', '99002', '99003', '99004'].map((code, i) => communeTest({ code, population: 10 ** i }));
		const l = legendeMontants(communes, BILANS, '2023-12-27');
		expect(l.classes.map((k) => [k.valeur.id, k.communes, k.population])).toEqual([
			['aucun', 2, 1010],
			['moins-10000', 1, 100],
			['10000-30000', 0, 0],
			['30000-60000', 1, 1],
			['60000-plus', 0, 0]
		]);
		expect(l.hachures).toMatch(/« à préciser » feraient monter la somme d’une classe au moins \(1 commune\)\.$/);
		expect(l.note).toContain('règles au 27 décembre 2023, calculée pour chacune des 4 communes');
	});

	it('au plus près propose les seuils des classes à partir de 10 000 €', () => {
		expect(SEUILS_MONTANTS).toEqual([10000, 30000, 60000]);
	});
});

describe('au plus près : la commune la plus proche avec au moins N € (points inventés)', () => {
	// On a meridian, from south to north: 0.1°, 0.15° and 0.05° of latitude apart (about 11, 17 and 6 km).
	const v = new Voisinage({ codes: ['99001', '99002', '99003', '99004'], centres: [[2, 44], [2, 44.1], [2, 44.25], [2, 44.3]], voisins: [[1], [0, 2], [1, 3], [2]] });
	const surs = new Map(
		[...BILANS].map(([code, b]) => [code, b.surs]).concat([['99003', { min: 60000, max: 80000 }]]) as [string, { min: number; max: number }][]
	);

	it('cherche parmi les communes dont la somme sûre (haut de la fourchette) atteint le seuil, sans la commune elle-même', () => {
		expect(v.plusProcheAuMoins('99002', surs, 30000)).toMatchObject({ code: '99001', direction: 'au sud' });
		expect(v.plusProcheAuMoins('99002', surs, 60000)).toMatchObject({ code: '99003', direction: 'au nord' });
		expect(v.plusProcheAuMoins('99001', surs, 30000)!.code).toBe('99003');
		expect(v.plusProcheAuMoins('99004', surs, 80000)).toMatchObject({ code: '99003', direction: 'au sud' });
		expect(v.plusProcheAuMoins('99004', surs, 80000)!.km).toBeCloseTo(5.56, 1);
	});
	it('dit qu’aucune ne l’atteint', () => {
		expect(v.plusProcheAuMoins('99001', surs, 100000)).toBeNull();
		expect(v.plusProcheAuMoins('99003', new Map([['99003', { min: 1, max: 1e6 }]]), 10000)).toBeNull();
	});
});

describe('motif des hachures', () => {
	it('se raccorde d’un carreau à l’autre, en traits foncés bordés de clair, transparent ailleurs', () => {
		const { width, height, data } = motifHachures();
		expect(data).toHaveLength(width * height * 4);
		const px = (x: number, y: number) => [...data.slice(((y % height) * width + (x % width)) * 4, ((y % height) * width + (x % width)) * 4 + 4)];
		// Along a stripe, the pixel one step down-left is the same, across the tile's edges too.
		for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) expect(px(x + 1 + width, y + height - 1 + height)).toEqual(px(x + width, y + height));
		const alphas = new Set(Array.from({ length: width * height }, (_, i) => data[i * 4 + 3]));
		expect(alphas).toEqual(new Set([0, 220]));
		expect(px(0, 0).slice(0, 3)).toEqual([20, 20, 20]);
		expect(px(4, 0).slice(0, 3)).toEqual([255, 255, 255]);
	});
});
