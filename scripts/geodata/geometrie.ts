/**
 * Geometry for the map: simplified, quantized TopoJSON with shared borders.
 * Département and massif outlines are merged from the commune arcs, so every border lines up exactly.
 */
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize, feature, mergeArcs, neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import { area, centroid, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Topology, GeometryCollection, Objects, Polygon, MultiPolygon } from 'topojson-specification';
import type { Proximite } from '../../src/lib/voisinage/proximite';
import type { Feature, FeatureCollection, Geometry, MultiPolygon as MultiPolygonGeo, Point, Polygon as PolygonGeo } from 'geojson';

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

/**
 * Zoom from which a commune's name is drawn: préfectures from the region view, then by population
 * rank (the 12 largest at zoom 6, 40 at 7, 150 at 8, 600 at 9, all from 10). MapLibre's collision
 * detection then keeps names from overlapping, the most populated first.
 */
export function zoomNom(rang: number, chefLieu: boolean): number {
	if (chefLieu) return 5;
	return rang < 12 ? 6 : rang < 40 ? 7 : rang < 150 ? 8 : rang < 600 ? 9 : 10;
}

/** One point per commune for its name, inside its shape, with the zoom from which it shows. */
export function lieuxNommes(
	communes: FeatureCollection,
	table: readonly { code: string; nom: string; population: number }[],
	chefsLieux: ReadonlySet<string>
): FeatureCollection {
	const rang = new Map([...table].sort((a, b) => b.population - a.population).map((c, i) => [c.code, i]));
	const parCode = new Map(table.map((c) => [c.code, c]));
	return {
		type: 'FeatureCollection',
		features: communes.features.map((f) => {
			const c = parCode.get(String(f.id))!;
			return {
				type: 'Feature',
				geometry: { type: 'Point', coordinates: pointEtiquette(f) },
				properties: { code: c.code, nom: c.nom, population: c.population, zmin: zoomNom(rang.get(c.code)!, chefsLieux.has(c.code)) }
			};
		})
	};
}

/** For "neighbours" and "nearest": each commune's name point and the communes sharing a border with it. */
export function proximite(topo: Topology, lieux: FeatureCollection): Proximite {
	const geometries = (topo.objects.communes as GeometryCollection).geometries;
	const centre = new Map(lieux.features.map((f) => [f.properties!.code as string, (f.geometry as Point).coordinates as [number, number]]));
	const codes = geometries.map((g) => String(g.id));
	return { codes, centres: codes.map((c) => centre.get(c)!), voisins: neighbors(geometries as Surface[]).map((v) => [...v].sort((a, b) => a - b)) };
}
