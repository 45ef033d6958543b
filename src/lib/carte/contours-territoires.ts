/**
 * The outlines of a local table's territories (TVS or PDSA sectors), dissolved in the browser from the communes'
 * topology (data/communes.topo.json, the geometry the tiles are cut from): a commune border is kept where the
 * territory changes from one side to the other, or on a territory's outer edge. Pure function.
 *
 * Borders rather than a polygon per territory (topojson's `merge`): merged polygons would draw every border
 * between two territories twice, in opposite directions, and the two dash patterns out of step would read as a
 * solid line — the dashes are what sets these outlines apart from the départements'. Each border is drawn once
 * here. It is what topojson's `mesh` with a filter gives, without its stitching of the arcs into the longest
 * lines (three to four times slower over the region's 13,000 arcs, ≈ 100 ms, on the page's thread): the arcs are
 * chained along each commune's rings instead, in one pass, which keeps a border's dashes in step from one
 * neighbour to the next.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiLineString as MultiLigneTopo, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString } from 'geojson';

/** Commune → its territory's name (a local table, src/lib/couches-locales/faits.ts). */
export type Territoires = Readonly<Record<string, string>>;

/** The communes' object of the topology, whose geometries' ids are INSEE codes. */
export const OBJET_COMMUNES = 'communes';

/** A geometry's rings, each a list of arc indices (negative: the arc reversed, ~i). */
function anneaux(g: GeometryObject): number[][] {
	if (g.type === 'Polygon') return g.arcs;
	if (g.type === 'MultiPolygon') return g.arcs.flat();
	return [];
}

/**
 * The borders between the table's territories and around them, as one MultiLineString feature (none without any
 * commune of the table). A commune absent from the table belongs to no territory: its border with a territory is
 * kept, its border with another absent commune is not.
 */
export function contoursTerritoires(topo: Topology, territoires: Territoires, objet = OBJET_COMMUNES): FeatureCollection<MultiLineString> {
	const communes = topo.objects[objet] as GeometryCollection | undefined;
	if (!communes) throw new Error(`La géométrie des communes (objet « ${objet} ») manque à la topologie.`);
	const geometries = communes.geometries;
	const n = topo.arcs.length;
	// The communes on each side of an arc: an inner border has two, the region's edge one (first = last).
	const premiere = new Int32Array(n).fill(-1);
	const derniere = new Int32Array(n).fill(-1);
	geometries.forEach((g, k) => {
		for (const anneau of anneaux(g))
			for (const i of anneau) {
				const j = i < 0 ? ~i : i;
				if (premiere[j] < 0) premiere[j] = k;
				derniere[j] = k;
			}
	});
	const territoire = (k: number) => territoires[String(geometries[k].id)];
	const garde = new Uint8Array(n);
	for (let j = 0; j < n; j++) {
		if (premiere[j] < 0) continue;
		const [a, b] = [territoire(premiere[j]), territoire(derniere[j])];
		garde[j] = (premiere[j] === derniere[j] ? a !== undefined : a !== b) ? 1 : 0;
	}
	// Kept arcs that follow each other along a ring make one line; each arc is drawn once, from its first ring.
	const lignes: number[][] = [];
	for (const g of geometries)
		for (const anneau of anneaux(g)) {
			const libre = (i: number) => garde[i < 0 ? ~i : i] === 1;
			// Start after an arc that breaks the line, so that a line running across the ring's start stays whole.
			const coupure = anneau.findIndex((i) => !libre(i));
			let ligne: number[] | null = null;
			for (let p = 0; p < anneau.length; p++) {
				const i = anneau[(coupure + 1 + p) % anneau.length];
				if (!libre(i)) {
					ligne = null;
					continue;
				}
				garde[i < 0 ? ~i : i] = 2;
				if (ligne) ligne.push(i);
				else lignes.push((ligne = [i]));
			}
		}
	if (!lignes.length) return { type: 'FeatureCollection', features: [] };
	const limites: MultiLigneTopo = { type: 'MultiLineString', arcs: lignes };
	return { type: 'FeatureCollection', features: [{ ...feature(topo, limites), properties: {} }] as FeatureCollection<MultiLineString>['features'] };
}
