/**
 * The MapLibre style, built from the layer definitions. No remote basemap, tiles, sprites or glyph
 * server: communes, départements and massifs come from the vector tiles the geodata build writes
 * into data/tuiles; context and QPV contours are small GeoJSON sources, added with their data. Département names are HTML
 * markers (Carte.svelte): crisp at any size, and no glyph pipeline to wait for.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { COUCHE_PAR_ID, NON_DISPONIBLE, type CoucheId, type ValeurCouche } from '../zonages/couches';
import type { Territoires } from './contours-territoires';

/** The local tables the map outlines (TypeContour of src/lib/couches-locales, which the map does not import). */
export type TypeContour = 'tvs' | 'pdsa';

const COULEUR_MER = '#c9dde9';
export const BORNES_OCCITANIE: [[number, number], [number, number]] = [
	[-0.33, 42.33],
	[4.85, 45.05]
];
/** Zooms the build tiles (scripts/geodata/tuiles.ts); MapLibre overzooms past the last one. */
export const ZOOM_TUILES = { minzoom: 4, maxzoom: 10 };

/**
 * Colours computed by the page rather than read from the tiles (aid statuses, a draft zoning, the
 * amounts): each commune's class, drawn with the classes' colours; the tooltip says the class, after
 * `etiquette`, or what `decrire` says of the commune.
 */
export interface Coloration {
	valeurs: readonly ValeurCouche[];
	classes: ReadonlyMap<string, string>;
	titre: string;
	etiquette?: string;
	/** The tooltip's text for one commune, when its class alone does not say enough (its amounts). */
	decrire?: (code: string) => string;
	/** Communes hatched over their colour (src/lib/carte/hachures.ts); what it means, the legend says. */
	hachures?: ReadonlySet<string>;
}

/** Fill colour of the active layer, read from each commune feature's property of the same name. */
export function expressionRemplissage(couche: CoucheId): ExpressionSpecification {
	const valeurs = COUCHE_PAR_ID[couche].valeurs;
	const paires = valeurs.flatMap((v) => [v.id, v.couleur]);
	const nd = valeurs.find((v) => v.id === NON_DISPONIBLE)?.couleur ?? '#d9d9d9';
	return ['match', ['get', couche], ...paires, nd] as unknown as ExpressionSpecification;
}

/** Fill colour from each commune's feature state `classe`, set by the page (aid statuses, a draft). */
export function expressionEtat(valeurs: readonly ValeurCouche[]): ExpressionSpecification {
	const nd = valeurs.find((v) => v.id === NON_DISPONIBLE)?.couleur ?? '#d9d9d9';
	return ['match', ['feature-state', 'classe'], ...valeurs.flatMap((v) => [v.id, v.couleur]), nd] as unknown as ExpressionSpecification;
}

/**
 * Commune names, from the tiles' `lieux` points (préfectures and the largest towns at region zoom,
 * more as one zooms in, see scripts/geodata/geometrie.ts). No glyph server: without a `glyphs`
 * URL MapLibre draws the text locally with the page's own font (Atkinson Hyperlegible, shipped);
 * its collision detection keeps names apart, the most populated first.
 */
export const COUCHE_NOMS: SymbolLayerSpecification = {
	id: 'noms',
	type: 'symbol',
	source: 'occitanie',
	'source-layer': 'lieux',
	filter: ['<=', ['get', 'zmin'], ['zoom']],
	layout: {
		'text-field': ['get', 'nom'],
		'text-font': ['Atkinson Hyperlegible Bold'],
		'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 10, 15],
		'text-max-width': 9,
		'text-padding': 4,
		'symbol-sort-key': ['-', ['get', 'population']]
	},
	paint: { 'text-color': '#141414', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6, 'text-halo-blur': 0.3 }
};

/** Filter of the highlight layers: the commune with this code, or none. */
export function filtreCommune(code: string | null): FilterSpecification {
	return ['==', ['get', 'code'], code ?? ''];
}

/**
 * GeoJSON sources and their layers, added to the map with their data (after the first view, or when the
 * QPV are first shown): declared empty in the style, each cost the first view a load in MapLibre's worker,
 * four empty tiles and a frame (`npm run bench`). `avant`: the layer they are drawn under.
 */
export const COUCHES_GEOJSON: Record<'pays' | 'departements-voisins' | 'qpv2015', { avant: string; couches: LayerSpecification[] }> = {
	pays: {
		avant: 'communes-remplissage',
		couches: [
			{ id: 'pays', type: 'fill', source: 'pays', paint: { 'fill-color': '#f2efe9' } },
			{ id: 'pays-limites', type: 'line', source: 'pays', paint: { 'line-color': '#9a958c', 'line-width': 1 } }
		]
	},
	'departements-voisins': {
		avant: 'communes-remplissage',
		couches: [{ id: 'departements-voisins', type: 'line', source: 'departements-voisins', paint: { 'line-color': '#bdb7ad', 'line-width': 0.8 } }]
	},
	qpv2015: {
		avant: 'massifs',
		couches: [{ id: 'qpv2015', type: 'line', source: 'qpv2015', paint: { 'line-color': '#1a1a1a', 'line-width': 2 } }]
	}
};

/**
 * Outlines of this browser's TVS and PDSA-sector tables (src/lib/carte/contours-territoires.ts), over a white casing
 * that keeps them readable on any fill. Told apart from the départements' solid dark line, the massifs' short
 * green dashes and each other by their pattern (long dashes, dots) and width as well as their colour; the legend
 * draws and names each. Dash lengths are in line widths.
 */
export const CONTOURS_LOCAUX: Record<TypeContour, { titre: string; trait: string; couleur: string; largeur: number; tirets: [number, number]; bouts: 'butt' | 'round' }> = {
	tvs: { titre: 'Contours des TVS', trait: 'tirets longs violets', couleur: '#3f007d', largeur: 2.5, tirets: [6, 2], bouts: 'butt' },
	pdsa: { titre: 'Contours des secteurs de garde PDSA', trait: 'pointillés bruns', couleur: '#7f2704', largeur: 3.5, tirets: [0, 2], bouts: 'round' }
};

/** A local table's outlines on the map: its territories, and whether the planner shows them. */
export interface ContourLocal {
	type: TypeContour;
	territoires: Territoires;
	visible: boolean;
}

/** The GeoJSON source of a kind of local outlines (its layers bear its name). */
export const sourceContours = (type: TypeContour) => `contours-${type}`;

/** A kind of local outlines' layers: its casing, drawn under the départements, and its line, over them. */
export function couchesContours(type: TypeContour): { fond: LayerSpecification; trait: LayerSpecification } {
	const s = CONTOURS_LOCAUX[type];
	const source = sourceContours(type);
	return {
		fond: {
			id: `${source}-fond`,
			type: 'line',
			source,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': '#ffffff', 'line-opacity': 0.85, 'line-width': s.largeur + 2 }
		},
		trait: {
			id: source,
			type: 'line',
			source,
			layout: { 'line-join': 'round', 'line-cap': s.bouts },
			paint: { 'line-color': s.couleur, 'line-width': s.largeur, 'line-dasharray': s.tirets }
		}
	};
}

/** The vector tiles' URL template under `urlTuiles`. */
export const modeleTuiles = (urlTuiles: string) => `${urlTuiles}{z}/{x}/{y}.pbf`;

/** `urlTuiles` is absolute: MapLibre's worker fetches the tiles, relative to its own URL otherwise. */
export function creerStyle(couche: CoucheId, urlTuiles: string): StyleSpecification {
	const tuiles = { source: 'occitanie' };
	return {
		version: 8,
		sources: {
			occitanie: {
				type: 'vector',
				tiles: [modeleTuiles(urlTuiles)],
				bounds: [BORNES_OCCITANIE[0][0], BORNES_OCCITANIE[0][1], BORNES_OCCITANIE[1][0], BORNES_OCCITANIE[1][1]],
				promoteId: { communes: 'code' },
				...ZOOM_TUILES
			}
		},
		layers: [
			{ id: 'mer', type: 'background', paint: { 'background-color': COULEUR_MER } },
			{
				id: 'communes-remplissage',
				type: 'fill',
				...tuiles,
				'source-layer': 'communes',
				// The 1 px outline of the fill draws commune borders without a second bucket of lines.
				paint: {
					'fill-color': expressionRemplissage(couche),
					'fill-opacity': 0.9,
					'fill-outline-color': 'rgba(255, 255, 255, 0.4)'
				}
			},
			{
				id: 'massifs',
				type: 'line',
				...tuiles,
				'source-layer': 'massifs',
				layout: { visibility: 'none' },
				paint: { 'line-color': '#1b4d2a', 'line-width': 2.5, 'line-dasharray': [3, 2] }
			},
			{
				id: 'departements',
				type: 'line',
				...tuiles,
				'source-layer': 'departements',
				paint: { 'line-color': '#333333', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 10, 2.5] }
			},
			{
				id: 'survol',
				type: 'line',
				...tuiles,
				'source-layer': 'communes',
				filter: filtreCommune(null),
				paint: { 'line-color': '#000000', 'line-width': 2 }
			},
			{
				id: 'selection',
				type: 'line',
				...tuiles,
				'source-layer': 'communes',
				filter: filtreCommune(null),
				paint: { 'line-color': '#000000', 'line-width': 4 }
			}
		]
	};
}
