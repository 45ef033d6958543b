import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { decoderTable } from '../../src/lib/commune/table';
import type { Commune } from '../../src/lib/commune/types';
import { compter } from '../../scripts/geodata/validation';

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
});
