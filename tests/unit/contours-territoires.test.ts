/**
 * A local table's outlines, dissolved from the communes' topology for the map.
 * DONNÉES DE TEST INVENTÉES : les carrés et leurs territoires ci-dessous sont fabriqués à la main.
 */
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, Polygon, Position } from 'geojson';
import { contoursTerritoires } from '../../src/lib/carte/contours-territoires';

/** Four made-up unit squares: A (0,0), B (1,0) below C (0,1), D (1,1). */
function carres() {
	const carre = (id: string, x: number, y: number): Feature<Polygon> => ({
		type: 'Feature',
		id,
		properties: {},
		geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] }
	});
	const fc: FeatureCollection = { type: 'FeatureCollection', features: [carre('A', 0, 0), carre('B', 1, 0), carre('C', 0, 1), carre('D', 1, 1)] };
	return topology({ communes: fc });
}

/** Every unit segment of the outlines, as a sorted « x,y-x,y » key: a border drawn twice would appear twice. */
function segments(fc: FeatureCollection<MultiLineString>): string[] {
	const cles: string[] = [];
	for (const f of fc.features)
		for (const ligne of f.geometry.coordinates)
			for (let i = 1; i < ligne.length; i++) {
				const [p, q] = [ligne[i - 1], ligne[i]].map((x: Position) => `${x[0]},${x[1]}`).sort();
				cles.push(`${p}-${q}`);
			}
	return cles.sort();
}

describe('contours dissous des territoires', () => {
	it('garde une seule fois chaque limite entre territoires différents et le bord extérieur des territoires, jamais l’intérieur d’un territoire', () => {
		// A and B make T1, C is T2, D is in no territory.
		const fc = contoursTerritoires(carres(), { A: 'T1', B: 'T1', C: 'T2' });
		expect(fc.features).toHaveLength(1);
		expect(segments(fc)).toEqual(
			[
				// A | C (T1 | T2), B | D and C | D (a territory | no territory)
				'0,1-1,1',
				'1,1-2,1',
				'1,1-1,2',
				// outer edges of A, B and C; not D's, nor A | B inside T1
				'0,0-1,0',
				'0,0-0,1',
				'1,0-2,0',
				'2,0-2,1',
				'0,1-0,2',
				'0,2-1,2'
			].sort()
		);
	});

	it('une table qui met tout dans un même territoire n’en trace que le bord ; une table vide ne trace rien', () => {
		expect(segments(contoursTerritoires(carres(), { A: 'T', B: 'T', C: 'T', D: 'T' }))).toEqual(
			['0,0-1,0', '1,0-2,0', '2,0-2,1', '2,1-2,2', '1,2-2,2', '0,2-1,2', '0,1-0,2', '0,0-0,1'].sort()
		);
		expect(contoursTerritoires(carres(), {}).features).toEqual([]);
	});

	it('trace les mêmes limites que le `mesh` filtré de topojson, chacune une fois (grille inventée de 4 × 4 carrés)', () => {
		const fc: FeatureCollection = { type: 'FeatureCollection', features: [] };
		for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) fc.features.push({ type: 'Feature', id: `${x}${y}`, properties: {}, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] } });
		const topo = topology({ communes: fc });
		// Made-up territories, in blocks and with holes (squares in none).
		const territoires: Record<string, string> = { '00': 'T1', '01': 'T1', '10': 'T1', '11': 'T2', '20': 'T2', '21': 'T2', '22': 'T3', '23': 'T3', '33': 'T3', '03': 'T1', '30': 'T4' };
		const de = (g: GeometryObject) => territoires[String(g.id)];
		const attendu = mesh(topo, topo.objects.communes as GeometryCollection, (a, b) => (a === b ? de(a) !== undefined : de(a) !== de(b)));
		const obtenu = contoursTerritoires(topo, territoires);
		expect(segments(obtenu)).toEqual(segments({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: attendu }] }));
		expect(new Set(segments(obtenu)).size).toBe(segments(obtenu).length);
	});

	it('refuse une topologie sans l’objet des communes', () => {
		expect(() => contoursTerritoires(carres(), { A: 'T' }, 'autre')).toThrow(/objet « autre »/);
	});
});
