import { describe, expect, it } from 'vitest';
import { communesDecalees, decaleesVersCsv, distributionsApl, quantilePondere } from '../../src/lib/couverture/apl';
import { croiser, croisementVersCsv } from '../../src/lib/couverture/croisements';
import { communesDu, part, repartition, repartitionVersCsv, territoires } from '../../src/lib/couverture/repartition';
import { barresRepartition, boitesApl } from '../../src/lib/couverture/graphiques';
import type { Apl } from '../../src/lib/commune/types';
import { communeTest } from './fixtures';

// DONNÉES DE TEST fabriquées à la main.
const apl = (apl2023: number, popStandardisee2021: number): Apl => ({
	apl2022: apl2023,
	apl2023,
	moins65_2022: apl2023,
	moins65_2023: apl2023,
	popStandardisee2020: popStandardisee2021,
	popStandardisee2021
});
const communes = [
	communeTest({ code: '09001', departement: '09', population: 100, zonages: { 'zonage-medecins': 'ZIP', montagne: 'classee' }, apl: apl(1, 100) }),
	communeTest({ code: '09002', departement: '09', population: 300, zonages: { 'zonage-medecins': 'ZIP', montagne: 'classee' }, apl: apl(2, 300) }),
	communeTest({ code: '09003', departement: '09', population: 600, zonages: { 'zonage-medecins': 'ZIP' }, apl: apl(6, 50) }),
	communeTest({ code: '31001', departement: '31', population: 1000, zonages: { 'zonage-medecins': 'ZAC', qpv: 'avec-qpv' }, apl: apl(3, 1000) }),
	communeTest({ code: '31002', departement: '31', population: 4000, zonages: { 'zonage-medecins': 'ZAR' }, apl: apl(5, 4000) }),
	communeTest({ code: '31003', departement: '31', population: 10, zonages: { 'zonage-medecins': 'ZAR' }, apl: apl(1.5, 10) }),
	communeTest({ code: '31004', departement: '31', population: 20, zonages: { 'zonage-medecins': 'non-disponible' }, apl: null })
];

describe('répartition par classe', () => {
	it('compte communes et population par classe, pour la région et chaque département', () => {
		expect(territoires(communes).map((t) => t.code)).toEqual(['76', '09', '31']);
		const r = repartition(communes, 'zonage-medecins');
		expect(r.classes.map((c) => [c.valeur.id, c.communes, c.population])).toEqual([
			['ZIP', 3, 1000],
			['ZAC', 1, 1000],
			['ZAR', 2, 4010],
			['non-disponible', 1, 20]
		]);
		const ariege = repartition(communesDu(communes, territoires(communes)[1]), 'zonage-medecins');
		// Empty classes stay (a planner sees "0"), an empty "non disponible" does not.
		expect(ariege.classes.map((c) => [c.valeur.id, c.communes])).toEqual([
			['ZIP', 3],
			['ZAC', 0],
			['ZAR', 0]
		]);
		expect(part(1, 3)).toBe(33.3);
		expect(part(1, 0)).toBe(0);
	});

	it('donne une barre par classe, la population en valeur, les communes dans le libellé court', () => {
		expect(barresRepartition(repartition(communes, 'zonage-medecins'))[0].barres[0].libelle).toBe('ZIP (3 communes)');
		const [groupe] = barresRepartition(repartition(communes, 'qpv'));
		expect(groupe.barres.map((b) => [b.cle, b.libelle, b.valeur])).toEqual([
			['avec-qpv', 'Commune avec au moins un QPV (1 commune)', 1000],
			['sans-qpv', 'Sans QPV (6 communes)', 5030]
		]);
	});

	it('exporte toutes les couches par territoire en CSV, en nommant le brouillon actif', () => {
		const lignes = repartitionVersCsv(communes, 'Essai').slice(1).trim().split('\r\n');
		expect(lignes[0]).toBe('code_territoire;territoire;couche;classe;communes;population;part_population_pct');
		expect(lignes).toContain("76;Occitanie;Zonage médecins généralistes — brouillon « Essai »;ZIP — zone d'intervention prioritaire;3;1000;16,6");
		expect(lignes).toContain('09;Ariège;Communes classées en zone de montagne;Commune classée en zone de montagne;2;400;40');
	});
});

describe('tableaux croisés', () => {
	it('croise le zonage médecins avec la montagne, les QPV, la FRR ou le département, avec les totaux', () => {
		const t = croiser(communes, 'departement');
		expect(t.colonnes.map((c) => c.label)).toEqual(['09 — Ariège', '31 — Haute-Garonne']);
		expect(t.lignes.map((l) => l.id)).toEqual(['ZIP', 'ZAC', 'ZAR', 'non-disponible']);
		expect(t.cellules.map((l) => l.map((c) => c.communes))).toEqual([
			[3, 0],
			[0, 1],
			[0, 2],
			[0, 1]
		]);
		expect(t.totauxColonnes).toEqual([
			{ communes: 3, population: 1000 },
			{ communes: 4, population: 5030 }
		]);
		expect(t.total).toEqual({ communes: 7, population: 6030 });
		const m = croiser(communes, 'montagne');
		expect(m.colonnes.map((c) => c.id)).toEqual(['classee', 'non-classee']);
		expect(m.cellules[0].map((c) => c.population)).toEqual([400, 600]);
	});

	it('exporte le tableau croisé cellule par cellule', () => {
		const csv = croisementVersCsv(croiser(communes, 'qpv'));
		const lignes = csv.slice(1).trim().split('\r\n');
		expect(lignes[0]).toBe('zonage_medecins;Quartiers prioritaires (QPV);communes;population');
		expect(lignes).toContain("ZAC — zone d'action complémentaire;Commune avec au moins un QPV;1;1000");
		expect(lignes.at(-1)).toBe('Total;Total;7;6030');
	});
});

describe('APL et zonage médecins', () => {
	it('calcule un quantile pondéré (plus petite valeur où le poids cumulé atteint p)', () => {
		const pts = [
			{ valeur: 1, poids: 1 },
			{ valeur: 2, poids: 1 },
			{ valeur: 10, poids: 8 }
		];
		expect(quantilePondere(pts, 0.1)).toBe(1);
		expect(quantilePondere(pts, 0.2)).toBe(2);
		expect(quantilePondere(pts, 0.5)).toBe(10);
		expect(quantilePondere([], 0.5)).toBeNaN();
	});

	it('pondère la distribution de chaque classe par la population standardisée', () => {
		const d = distributionsApl(communes);
		expect(d.map((x) => x.classe.id)).toEqual(['ZIP', 'ZAC', 'ZAR']);
		const zip = d[0];
		// Weights 100, 300, 50: the median (225 of 450) is reached at APL 2, not at the unweighted middle value.
		expect(zip).toMatchObject({ communes: 3, avecApl: 3, populationStandardisee: 450, min: 1, mediane: 2, max: 6 });
		expect(zip.moyenne).toBeCloseTo((1 * 100 + 2 * 300 + 6 * 50) / 450, 10);
		expect(d[2].mediane).toBe(5);
	});

	it('relève les ZAR sous la médiane des ZIP et les ZIP au-dessus de la médiane des ZAR', () => {
		const d = distributionsApl(communes);
		const decalees = communesDecalees(communes, d);
		expect(decalees.map((x) => [x.commune.code, x.classe, x.apl, x.reference])).toEqual([
			['31003', 'ZAR', 1.5, { classe: 'ZIP', mediane: 2 }],
			['09003', 'ZIP', 6, { classe: 'ZAR', mediane: 5 }]
		]);
		const csv = decaleesVersCsv(decalees);
		expect(csv.split('\r\n')[1]).toBe('31003;Commune de test;31;Haute-Garonne;10;ZAR;1,5;10;2;ZIP;');
	});

	it('dessine les boîtes sur une même échelle, médiane entre les quartiles', () => {
		const g = boitesApl(distributionsApl(communes), { largeur: 400, police: 10 });
		expect(g.boites.map((b) => b.cle)).toEqual(['ZIP', 'ZAC', 'ZAR']);
		for (const b of g.boites) {
			expect(b.p10).toBeLessThanOrEqual(b.q1);
			expect(b.q1).toBeLessThanOrEqual(b.mediane);
			expect(b.mediane).toBeLessThanOrEqual(b.q3);
			expect(b.q3).toBeLessThanOrEqual(b.p90);
			expect(b.p90).toBeLessThanOrEqual(400);
		}
		expect(g.boites[1].y).toBeGreaterThan(g.boites[0].y + g.boites[0].hauteur);
		expect(g.axe.graduations[0]).toEqual({ x: 5, texte: '0' });
	});
});
