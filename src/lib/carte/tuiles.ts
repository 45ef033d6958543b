/**
 * Which of the build's tiles a view needs, decided as MapLibre's vector source does: the tiles
 * covering the view (MapLibre computes them), minus those outside the source's bounds, which it never
 * requests (its TileBounds). Pure: the page uses it to fetch the first view's tiles ahead (maplibre.ts).
 */

/** Web Mercator, in tiles of zoom z (also what the geodata build writes, scripts/geodata/tuiles.ts). */
export const colonne = (lon: number, z: number) => ((lon + 180) / 360) * 2 ** z;
export const ligne = (lat: number, z: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 2 ** z;

/** Whether tile z/x/y touches the bounds [[west, south], [east, north]]. */
export function tuileDansBornes([[ouest, sud], [est, nord]]: [[number, number], [number, number]], z: number, x: number, y: number): boolean {
	return (
		x >= Math.floor(colonne(ouest, z)) &&
		x < Math.ceil(colonne(est, z)) &&
		y >= Math.floor(ligne(nord, z)) &&
		y < Math.ceil(ligne(sud, z))
	);
}

/** A tile's URL from a `{z}/{x}/{y}` template. */
export function urlTuile(modele: string, z: number, x: number, y: number): string {
	return modele.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}
