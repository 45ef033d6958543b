import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tuileDansBornes, urlTuile } from '../../src/lib/carte/tuiles';
import { BORNES_OCCITANIE, ZOOM_TUILES, modeleTuiles } from '../../src/lib/carte/style';

const TUILES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'static/data/tuiles');

/** The tiles within Occitanie's bounds at zoom z, as "z/x/y". */
function dansLesBornes(z: number): string[] {
	const n = 2 ** z;
	const ids: string[] = [];
	for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) if (tuileDansBornes(BORNES_OCCITANIE, z, x, y)) ids.push(`${z}/${x}/${y}`);
	return ids.sort();
}

describe('tuiles de la première vue', () => {
	it('une tuile touche les bornes si elle recoupe leur rectangle en Mercator', () => {
		// Occitanie (-0.33 → 4.85 °E, 42.33 → 45.05 °N) at zoom 6 spans columns 31–32 and row 23.
		expect(tuileDansBornes(BORNES_OCCITANIE, 6, 31, 23)).toBe(true);
		expect(tuileDansBornes(BORNES_OCCITANIE, 6, 32, 23)).toBe(true);
		expect(tuileDansBornes(BORNES_OCCITANIE, 6, 30, 23)).toBe(false);
		expect(tuileDansBornes(BORNES_OCCITANIE, 6, 33, 23)).toBe(false);
		expect(tuileDansBornes(BORNES_OCCITANIE, 6, 31, 22)).toBe(false);
		expect(tuileDansBornes(BORNES_OCCITANIE, 6, 31, 24)).toBe(false);
	});

	it('l’URL d’une tuile suit le modèle du style', () => {
		expect(urlTuile(modeleTuiles('http://exemple.test/data/tuiles/'), 6, 32, 23)).toBe('http://exemple.test/data/tuiles/6/32/23.pbf');
	});

	// The page fetches ahead only the tiles within the bounds, as MapLibre asks for them: at the zooms of a
	// first view, they must be exactly the tiles the geodata build wrote.
	describe.runIf(existsSync(TUILES))('tuiles construites (static/data/tuiles)', () => {
		for (let z = ZOOM_TUILES.minzoom; z <= 7; z++) {
			it(`zoom ${z} : les tuiles dans les bornes sont celles écrites par le build`, () => {
				const ecrites = readdirSync(join(TUILES, String(z))).flatMap((x) =>
					readdirSync(join(TUILES, String(z), x)).map((f) => `${z}/${x}/${f.replace('.pbf', '')}`)
				);
				expect(dansLesBornes(z)).toEqual(ecrites.sort());
			});
		}
	});
});
