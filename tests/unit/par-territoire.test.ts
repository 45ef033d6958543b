/**
 * A local table read territory by territory (TVS or PDSA sector), for /couverture's table and CSV.
 * DONNÉES DE TEST INVENTÉES : communes, TVS, secteurs et brouillon ci-dessous sont fabriqués à la main.
 */
import { describe, expect, it } from 'vitest';
import { compteUneZip, estModifie, estPartage, resumerTerritoires, territoiresVersCsv, texteClasses, texteTransitions, totaux } from '../../src/lib/couches-locales/par-territoire';
import { communeTest } from './fixtures';

const communes = [
	communeTest({ code: '99001', nom: 'Inventée-Haute', population: 1000, zonages: { 'zonage-medecins': 'ZAC' } }),
	communeTest({ code: '99002', nom: 'Inventée-Basse', population: 200, zonages: { 'zonage-medecins': 'ZAC' } }),
	communeTest({ code: '99003', nom: 'Fictive', population: 50, zonages: { 'zonage-medecins': 'ZAR' } }),
	communeTest({ code: '99004', nom: 'Imaginaire', population: 30, zonages: { 'zonage-medecins': 'non-disponible' } }),
	communeTest({ code: '99005', nom: 'Hors table', population: 10, zonages: { 'zonage-medecins': 'ZIP' } })
];
const tvs = { '99001': 'TVS inventé B', '99002': 'TVS inventé B', '99003': 'TVS inventé A', '99004': 'TVS inventé A' };
/** A made-up draft: Inventée-Basse goes ZAC → ZIP (splitting TVS B), Fictive ZAR → ZAC, Imaginaire gets a class. */
const brouillon = { classes: { '99002': 'ZIP', '99003': 'ZAC', '99004': 'ZAC', '99005': 'ZIP' } } as const;

const resume = (l: ReturnType<typeof resumerTerritoires>[number]) => ({
	nom: l.nom,
	communes: l.communes.map((c) => c.code),
	population: l.population,
	enVigueur: l.enVigueur.map((c) => [c.classe, c.communes.length, c.population]),
	brouillon: l.brouillon?.map((c) => [c.classe, c.communes.length, c.population]) ?? null,
	transitions: l.transitions.map((t) => [t.libelle, t.communes.map((c) => c.code), t.population])
});

describe('une table locale lue territoire par territoire', () => {
	it('sans brouillon : communes, habitants et classes du zonage en vigueur de chaque TVS, par nom ; les communes hors table sont laissées de côté', () => {
		const lignes = resumerTerritoires(communes, tvs, null);
		expect(lignes.map(resume)).toEqual([
			{ nom: 'TVS inventé A', communes: ['99003', '99004'], population: 80, enVigueur: [['ZAR', 1, 50], ['non-disponible', 1, 30]], brouillon: null, transitions: [] },
			{ nom: 'TVS inventé B', communes: ['99001', '99002'], population: 1200, enVigueur: [['ZAC', 2, 1200]], brouillon: null, transitions: [] }
		]);
		expect(lignes.map((l) => estPartage(l.enVigueur))).toEqual([true, false]);
		expect(lignes.some(estModifie)).toBe(false);
	});

	it('avec un brouillon : ses classes, les TVS qu’il partage et ses transitions, TVS par TVS', () => {
		const lignes = resumerTerritoires(communes, tvs, brouillon);
		expect(lignes.map(resume)).toEqual([
			{
				nom: 'TVS inventé A',
				communes: ['99003', '99004'],
				population: 80,
				enVigueur: [['ZAR', 1, 50], ['non-disponible', 1, 30]],
				brouillon: [['ZAC', 2, 80]],
				transitions: [['ZAR → ZAC', ['99003'], 50], ['Non disponible → ZAC', ['99004'], 30]]
			},
			{
				nom: 'TVS inventé B',
				communes: ['99001', '99002'],
				population: 1200,
				enVigueur: [['ZAC', 2, 1200]],
				brouillon: [['ZIP', 1, 200], ['ZAC', 1, 1000]],
				transitions: [['ZAC → ZIP', ['99002'], 200]]
			}
		]);
		// The draft mends TVS A and splits TVS B.
		expect(lignes.map((l) => [estPartage(l.enVigueur), estPartage(l.brouillon!)])).toEqual([
			[true, false],
			[false, true]
		]);
		expect(totaux(lignes)).toEqual({ territoires: 2, communes: 4, population: 1280, partagesEnVigueur: 1, partagesBrouillon: 1, modifies: 2 });
		expect(texteClasses(lignes[1].brouillon!)).toBe('ZIP : 1 (200 hab.), ZAC : 1 (1000 hab.)');
		expect(texteTransitions(lignes[0].transitions)).toBe('ZAR → ZAC : 1 (50 hab.), Non disponible → ZAC : 1 (30 hab.)');
	});

	it('dit si un secteur compte une commune en ZIP, comme l’exonération PDSA : oui, non, ou inconnu quand une commune est « non disponible »', () => {
		const secteurs = { '99001': 'Secteur inventé 1', '99002': 'Secteur inventé 1', '99003': 'Secteur inventé 2', '99004': 'Secteur inventé 2' };
		const [s1, s2] = resumerTerritoires(communes, secteurs, brouillon);
		expect([compteUneZip(s1.enVigueur), compteUneZip(s1.brouillon!)]).toEqual([false, true]);
		expect([compteUneZip(s2.enVigueur), compteUneZip(s2.brouillon!)]).toEqual([null, false]);
	});

	it('s’exporte en CSV : une ligne par TVS, classes en vigueur et du brouillon, partage, transitions, communes, table et date', () => {
		const csv = territoiresVersCsv(resumerTerritoires(communes, tvs, brouillon), 'tvs', { table: 'Table inventée', date: '2026-02-03T09:00:00.000Z', brouillon: 'Brouillon inventé' });
		const [entete, a, b, fin] = csv.slice(1).split('\r\n');
		expect(entete.split(';')).toEqual([
			'tvs',
			'communes',
			'population',
			...['en_vigueur', 'brouillon'].flatMap((z) => ['zip', 'zac', 'zar', 'non_disponible'].flatMap((k) => [`${z}_${k}_communes`, `${z}_${k}_population`])),
			'partage_en_vigueur',
			'partage_brouillon',
			'transitions',
			'brouillon',
			'liste_communes',
			'table_locale',
			'importee_le'
		]);
		expect(a).toBe(
			'TVS inventé A;2;80;0;0;0;0;1;50;1;30;0;0;2;80;0;0;0;0;oui;non;ZAR → ZAC : 1 (50 hab.), Non disponible → ZAC : 1 (30 hab.);Brouillon inventé;99003 Fictive, 99004 Imaginaire;Table inventée;2026-02-03'
		);
		expect(b.split(';').slice(0, 23)).toEqual(['TVS inventé B', '2', '1200', '0', '0', '2', '1200', '0', '0', '0', '0', '1', '200', '1', '1000', '0', '0', '0', '0', 'non', 'oui', 'ZAC → ZIP : 1 (200 hab.)', 'Brouillon inventé']);
		expect(fin).toBe('');
	});

	it('s’exporte sans colonnes de brouillon sans brouillon ; un secteur dit s’il compte une ZIP', () => {
		const csv = territoiresVersCsv(resumerTerritoires(communes, { '99005': 'Secteur inventé' }, null), 'pdsa', { table: 'Secteurs inventés', date: '2026-02-03T09:00:00.000Z' });
		const [entete, ligne] = csv.slice(1).split('\r\n');
		expect(entete).toBe(
			'secteur_pdsa;communes;population;en_vigueur_zip_communes;en_vigueur_zip_population;en_vigueur_zac_communes;en_vigueur_zac_population;en_vigueur_zar_communes;en_vigueur_zar_population;en_vigueur_non_disponible_communes;en_vigueur_non_disponible_population;commune_en_zip_en_vigueur;liste_communes;table_locale;importee_le'
		);
		expect(ligne).toBe('Secteur inventé;1;10;1;10;0;0;0;0;0;0;oui;99005 Hors table;Secteurs inventés;2026-02-03');
	});
});
