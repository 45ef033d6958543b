/**
 * Vector tiles (MVT) of the communes, written once at build time: the browser then decodes only
 * the few tiles in view, in MapLibre's worker, instead of converting 4,446 polygons on its main
 * thread. Tiles cover the region's bounds at every zoom from `zmin` to `zmax` (beyond, MapLibre
 * overzooms); empty tiles are written as empty files so that no request in the bounds fails.
 * A feature with a `zmin` property (the place names) is only written into tiles of that zoom and
 * above: the region view carries a dozen names, not 4,446.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { colonne, ligne } from '../../src/lib/carte/tuiles';

export const ZOOM_MIN = 4;
export const ZOOM_MAX = 10;
const EXTENT = 4096;
/**
 * Up to the region view's zoom, a tile spans at most ~1,000 screen pixels: a 1,024-unit grid (and
 * simplification at that grid) is as fine as the screen, and the first view downloads a quarter less.
 */
const ZOOM_LARGE = 6;
const EXTENT_LARGE = 1024;

const x = (lon: number, z: number) => Math.floor(colonne(lon, z));
const y = (lat: number, z: number) => Math.floor(ligne(lat, z));

export interface BilanTuiles {
	tuiles: number;
	brut: number;
	gzip: number;
	/** Bytes of the tiles of the widest zoom, which is what the first view of the region loads. */
	premiereVue: { zoom: number; tuiles: number; gzip: number };
}

export function ecrireTuiles(
	couches: Record<string, FeatureCollection>,
	bornes: [number, number, number, number],
	dossier: string
): BilanTuiles {
	const indexer = (extent: number) =>
		Object.entries(couches).map(
			([nom, fc]) =>
				[nom, new GeoJSONVT(fc, { maxZoom: ZOOM_MAX, indexMaxZoom: ZOOM_MAX, indexMaxPoints: 0, tolerance: 1.5, buffer: 64, extent })] as const
		);
	const index = new Map([EXTENT, EXTENT_LARGE].map((e) => [e, indexer(e)]));
	const bilan: BilanTuiles = { tuiles: 0, brut: 0, gzip: 0, premiereVue: { zoom: 6, tuiles: 0, gzip: 0 } };
	const [ouest, sud, est, nord] = bornes;
	for (let z = ZOOM_MIN; z <= ZOOM_MAX; z++) {
		for (let tx = x(ouest, z); tx <= x(est, z); tx++) {
			mkdirSync(join(dossier, String(z), String(tx)), { recursive: true });
			for (let ty = y(nord, z); ty <= y(sud, z); ty++) {
				const extent = z <= ZOOM_LARGE ? EXTENT_LARGE : EXTENT;
				const calques = Object.fromEntries(
					index.get(extent)!.flatMap(([nom, i]) => {
						const t = i.getTile(z, tx, ty);
						if (!t) return [];
						const features = t.features.filter((f) => !(Number(f.tags?.zmin) > z));
						return features.length ? [[nom, { ...t, features } as typeof t]] : [];
					})
				);
				const octets = Object.keys(calques).length ? fromGeojsonVt(calques, { version: 2, extent }) : new Uint8Array();
				writeFileSync(join(dossier, String(z), String(tx), `${ty}.pbf`), octets);
				const gz = gzipSync(octets, { level: 9 }).length;
				bilan.tuiles++;
				bilan.brut += octets.length;
				bilan.gzip += gz;
				if (z === bilan.premiereVue.zoom) {
					bilan.premiereVue.tuiles++;
					bilan.premiereVue.gzip += gz;
				}
			}
		}
	}
	return bilan;
}
