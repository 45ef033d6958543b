/**
 * Geometry for the map: simplified, quantized TopoJSON with shared borders.
 * Département and massif outlines are merged from the commune arcs, so every border lines up exactly.
 */
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize, feature, mergeArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import { area, centroid, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Topology, GeometryCollection, Objects, Polygon, MultiPolygon } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon as MultiPolygonGeo, Polygon as PolygonGeo } from 'geojson';

type SurfaceGeo = Feature<PolygonGeo | MultiPolygonGeo>;

type Surface = Polygon | MultiPolygon;

/** Keeps the `keep` share of the most significant points (Visvalingam), then quantizes. */
export function simplifier(topo: Topology, keep: number, quantification: number): Topology {
	const pre = presimplify(topo as Topology<Objects<{}>>);
	const simple = simplify(pre, quantile(pre, keep));
	return quantize(simple, quantification);
}

export function objetsCommunes(src: Topology): GeometryCollection {
	const communes = src.objects.communes as GeometryCollection<{ code: string }>;
	return {
		type: 'GeometryCollection',
		geometries: communes.geometries.map((g) => {
			const { properties, ...geom } = g;
			return { ...geom, id: (properties as { code: string }).code };
		})
	};
}

/** A label point inside the shape: the centroid when it falls inside, else a point on the surface. */
export function pointEtiquette(f: Feature<Geometry>): [number, number] {
	const c = centroid(f);
	const dedans = booleanPointInPolygon(c, f as SurfaceGeo);
	const p = dedans ? c : pointOnFeature(f);
	const [x, y] = p.geometry.coordinates;
	return [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
}

/** Adds one merged geometry per group (e.g. département) to the topology, sharing the commune arcs. */
export function fusionner(
	topo: Topology,
	objet: string,
	groupe: (code: string) => string | null,
	proprietes: (cle: string, f: Feature<Geometry>) => Record<string, unknown>
): void {
	const communes = (topo.objects.communes as GeometryCollection).geometries as Surface[];
	const groupes = new Map<string, Surface[]>();
	for (const g of communes) {
		const cle = groupe(String(g.id));
		if (cle === null) continue;
		groupes.set(cle, [...(groupes.get(cle) ?? []), g]);
	}
	const geometries = [...groupes.keys()].sort().map((cle) => {
		const fusion = mergeArcs(topo, groupes.get(cle)!);
		const f = feature(topo, fusion) as Feature<Geometry>;
		return { ...fusion, id: cle, properties: proprietes(cle, f) };
	});
	topo.objects[objet] = { type: 'GeometryCollection', geometries } as GeometryCollection;
}

/** Communes whose simplified geometry vanished (zero area): they could not be clicked. */
export function communesSansSurface(topo: Topology): string[] {
	const communes = topo.objects.communes as GeometryCollection;
	return communes.geometries
		.filter((g) => !(g.type === 'Polygon' || g.type === 'MultiPolygon') || area(feature(topo, g)) <= 0)
		.map((g) => String(g.id));
}

export function topologieDe(
	objets: Record<string, FeatureCollection>,
	keep: number,
	quantification: number
): Topology {
	return simplifier(topology(objets), keep, quantification);
}
