import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse, dsvFormat } from 'd3';
import { describe, expect, it } from 'vitest';
import { decoderTable } from '../../src/lib/commune/table';
import type { Commune } from '../../src/lib/commune/types';
import { compter } from '../../scripts/geodata/validation';
import type { CoucheId } from '../../src/lib/zonages/couches';
import type { ManifesteSources } from '../../src/lib/zonages/sources';
import { decoderChiffres, pour100000 } from '../../src/lib/chiffres/departements';

/**
 * The built data (static/data, `npm run geodata`) against the public source files it comes from
 * (../shared/geodata/sources, or GEODATA_SOURCES): counts per class and sampled communes.
 */
const RACINE = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = resolve(RACINE, process.env.GEODATA_SOURCES ?? '../shared/geodata/sources');
const DONNEES = join(RACINE, 'static/data');
const source = (chemin: string) => readFileSync(join(SOURCES, chemin), 'utf8');

describe.runIf(existsSync(join(DONNEES, 'communes.json')) && existsSync(SOURCES))('données construites depuis les sources', () => {
	const communes: Commune[] = decoderTable(JSON.parse(readFileSync(join(DONNEES, 'communes.json'), 'utf8')));
	const parCode = new Map(communes.map((c) => [c.code, c]));
	const comptes = compter(communes);

	describe('zone de montagne (betagouv/nitrates, PROVENANCE §12)', () => {
		const lignes = csvParse(source('montagne/zone_montagne_occitanie_on_cog2025_DERIVED.csv'));

		it('compte 1 578 communes classées et 2 868 non classées, aucune non disponible', () => {
			expect(comptes.montagne).toEqual({ classee: 1578, 'non-classee': 2868, 'non-disponible': 0 });
		});

		it('donne à chaque commune la valeur C / NC du fichier source', () => {
			expect(lignes).toHaveLength(4446);
			for (const l of lignes) expect(parCode.get(l.code_insee!)?.zonages.montagne).toBe(l.zone_montagne === 'C' ? 'classee' : 'non-classee');
		});

		it('classe des communes hors de la liste des massifs (Anduze, Minerve, Montesquieu-Volvestre)', () => {
			for (const code of ['30010', '34158', '31375']) {
				expect(parCode.get(code)!.zonages).toMatchObject({ montagne: 'classee', massif: 'hors-massif' });
			}
			const horsMassif = communes.filter((c) => c.zonages.montagne === 'classee' && c.zonages.massif === 'hors-massif');
			expect(horsMassif).toHaveLength(19);
		});

		it('classe toute la Lozère et aucune commune du Gers', () => {
			const du = (dep: string) => communes.filter((c) => c.departement === dep);
			expect(du('48')).toHaveLength(152);
			expect(du('48').every((c) => c.zonages.montagne === 'classee')).toBe(true);
			expect(du('32').some((c) => c.zonages.montagne === 'classee')).toBe(false);
		});
	});

	describe('zonages infirmiers, kinés, orthophonistes, sages-femmes (CartoSanté, PROVENANCE §16)', () => {
		const lignes = dsvFormat(';').parse(source('zonage-autres-professions/zonage_4_professions_occitanie_on_cog2025_DERIVED.csv'));
		const COLONNES: [CoucheId, string][] = [
			['zonage-infirmiers', 'zonage_infirmiers'],
			['zonage-masseurs-kinesitherapeutes', 'zonage_masseurs_kinesitherapeutes'],
			['zonage-orthophonistes', 'zonage_orthophonistes'],
			['zonage-sages-femmes', 'zonage_sages_femmes']
		];

		it('compte les communes par niveau après recodage en COG 2025', () => {
			expect(comptes['zonage-infirmiers']).toEqual({
				'tres-sous-dotee': 4,
				'sous-dotee': 8,
				intermediaire: 975,
				'tres-dotee': 2040,
				'sur-dotee': 1417,
				'non-disponible': 2
			});
			expect(comptes['zonage-masseurs-kinesitherapeutes']).toEqual({
				'tres-sous-dotee': 631,
				'sous-dotee': 179,
				intermediaire: 2897,
				'non-prioritaire': 739,
				'non-disponible': 0
			});
			expect(comptes['zonage-orthophonistes']).toEqual({
				'sous-dense': 559,
				intermediaire: 3282,
				'tres-dotee': 335,
				'sur-dotee': 270,
				'non-disponible': 0
			});
			expect(comptes['zonage-sages-femmes']).toEqual({
				'tres-sous-dotee': 693,
				'sous-dotee': 351,
				intermediaire: 2605,
				'tres-dotee': 407,
				'sur-dotee': 390,
				'non-disponible': 0
			});
		});

		it('suit le fichier source commune par commune, « a|b » devenant non disponible', () => {
			expect(lignes).toHaveLength(4446);
			// The numeric prefix of a CartoSanté label is dropped; the rest, lower-cased and hyphenated, is the value id.
			const attendu = (etiquette: string) =>
				etiquette.includes('|') ? 'non-disponible' : etiquette.replace(/^\w+?_/, '').toLowerCase().replace(/_/g, '-');
			for (const l of lignes) {
				for (const [couche, colonne] of COLONNES) expect(parCode.get(l.code_insee!)!.zonages[couche], `${l.code_insee} ${couche}`).toBe(attendu(l[colonne]!));
			}
		});

		it('rend non disponible, avec une note, le zonage infirmiers de Lunas-les-Châteaux et de Cap d’Astarac', () => {
			const lunas = parCode.get('34144')!;
			expect(lunas.nom).toBe('Lunas-les-Châteaux');
			expect(lunas.zonages['zonage-infirmiers']).toBe('non-disponible');
			expect(lunas.notes).toContain(
				'Zonage infirmiers : commune nouvelle dont les communes fusionnées avaient des valeurs différentes (Très dotée, Sur-dotée).'
			);
			expect(parCode.get('32365')!.notes).toContain(
				'Zonage infirmiers : commune nouvelle dont les communes fusionnées avaient des valeurs différentes (Intermédiaire, Très dotée).'
			);
		});
	});

	describe('APL aux médecins généralistes (DREES, PROVENANCE §13)', () => {
		const lignes = csvParse(source('apl/apl_medecins_generalistes_occitanie_on_cog2025_DERIVED.csv'));
		const sources = JSON.parse(readFileSync(join(DONNEES, 'sources.json'), 'utf8')) as ManifesteSources;

		it('garde les nombres du fichier DREES pour chaque commune', () => {
			expect(lignes).toHaveLength(4446);
			for (const l of lignes) {
				expect(parCode.get(l.code_insee!)!.apl, l.code_insee).toEqual({
					apl2022: Number(l.apl_mg_2022),
					apl2023: Number(l.apl_mg_2023),
					moins65_2022: Number(l.apl_mg_moins65_2022),
					moins65_2023: Number(l.apl_mg_moins65_2023),
					popStandardisee2020: Number(l.pop_standardisee_2020),
					popStandardisee2021: Number(l.pop_standardisee_2021)
				});
			}
			expect(parCode.get('09001')!.apl).toMatchObject({ apl2023: 2.884, apl2022: 2.777, popStandardisee2021: 64.779 });
			// A merged commune: the mean of its predecessors weighted by standardised population (re-keying).
			expect(parCode.get('34144')!.apl).toMatchObject({ apl2023: 2.575, popStandardisee2021: 890.026 });
		});

		it('coupe l’APL 2023 en cinq quintiles d’environ 889 communes, bornes publiées dans sources.json', () => {
			expect(comptes.apl).toEqual({ q1: 890, q2: 889, q3: 889, q4: 889, q5: 889, 'non-disponible': 0 });
			const intervalles = sources.couches.find((c) => c.id === 'apl')!.intervalles!;
			expect(intervalles.map((i) => i.max)).toEqual([1.841, 2.634, 3.28, 4.017, 10.799]);
			expect(intervalles[0].min).toBe(0);
			for (const c of communes) {
				const i = intervalles.find((x) => x.id === c.zonages.apl)!;
				expect(c.apl!.apl2023 <= i.max && (i.id === 'q1' ? c.apl!.apl2023 >= i.min : c.apl!.apl2023 > i.min), c.code).toBe(true);
			}
		});
	});

	describe('chiffres des départements (baromètre DITP et Insee, PROVENANCE §14-15)', () => {
		const chiffres = decoderChiffres(JSON.parse(readFileSync(join(DONNEES, 'departements-chiffres.json'), 'utf8')));
		const dep = (code: string) => chiffres.departements.find((d) => d.code === code)!;

		it('compte 306 MSP en Occitanie en décembre 2023, la somme des 13 départements', () => {
			expect(chiffres.departements.map((d) => d.code)).toEqual(['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82']);
			expect(chiffres.region).toMatchObject({ code: '76', nom: 'Occitanie', barometre: { msp: { valeur: 306, date: '2023-12-01' } } });
			expect(chiffres.departements.reduce((s, d) => s + d.barometre.msp.valeur, 0)).toBe(306);
			expect(dep('31').barometre.msp.valeur).toBe(50);
			expect(dep('32').barometre.msp.valeur).toBe(6);
			// The series starts in June 2017 and ends at the latest count.
			expect(chiffres.region.serieMsp[0]).toEqual({ valeur: 99, date: '2017-06-01' });
			expect(chiffres.region.serieMsp.at(-1)).toEqual({ valeur: 306, date: '2023-12-01' });
			expect(chiffres.france.barometre.msp).toEqual({ valeur: 2501, date: '2023-12-01' });
		});

		it('donne les mêmes dernières valeurs que le fichier « latest » dérivé du baromètre', () => {
			const derniers = csvParse(source('structures-departements/barometre_ditp_sante_occitanie_latest_DERIVED.csv'));
			const colonnes = {
				msp: 'nb_msp',
				'centres-sante': 'nb_centres_sante_pluripro',
				cpts: 'pct_pop_couverte_cpts',
				ald: 'pct_patients_ald_avec_medecin_traitant'
			} as const;
			const zones = [...chiffres.departements.map((d) => [`D${d.code}`, d] as const), ['R76', chiffres.region] as const, ['FRANCE', chiffres.france] as const];
			expect(derniers).toHaveLength(zones.length);
			for (const [id, z] of zones) {
				const l = derniers.find((x) => x.zone === id)!;
				for (const [cle, col] of Object.entries(colonnes)) {
					expect(z.barometre[cle as keyof typeof colonnes], `${id} ${cle}`).toEqual({ valeur: Number(l[col]), date: l[`${col}_date`] });
				}
			}
			// The region's CPTS coverage stops in December 2023, the départements' in May 2024.
			expect(chiffres.region.barometre.cpts).toEqual({ valeur: 83, date: '2023-12-01' });
			expect(dep('66').barometre.cpts).toEqual({ valeur: 31, date: '2024-05-01' });
		});

		it('reprend les effectifs Insee 2024 et la population 2025, sans les présenter comme RPPS', () => {
			expect(dep('31').effectifs).toMatchObject({ 'medecins-generalistes': 1505, 'chirurgiens-dentistes': 1266 });
			expect(dep('48').effectifs).toEqual({ 'medecins-generalistes': 65, 'chirurgiens-dentistes': 35, infirmiers: 157, population: 76452 });
			expect(pour100000(dep('31').effectifs)['medecins-generalistes']).toBeCloseTo(99.91, 2);
			expect(chiffres.indicateurs['medecins-generalistes'].source).toBe('Insee Statistiques locales 2024');
			expect(chiffres.indicateurs.msp.nom).toBe('Nombre de maisons de santé pluriprofessionnelles');
		});
	});
});
