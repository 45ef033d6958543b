/**
 * The MapLibre style, built from the layer definitions: no remote basemap, tiles, sprites or glyph
 * server. Département names are HTML markers (Carte.svelte): crisp at any screen size, and no glyph
 * pipeline to wait for before the first idle.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { COUCHE_PAR_ID, NON_DISPONIBLE, type CoucheId } from '../zonages/couches';

export const COULEUR_MER = '#c9dde9';
export const BORNES_OCCITANIE: [[number, number], [number, number]] = [
	[-0.33, 42.33],
	[4.85, 45.05]
];

/** Fill colour of the active layer, read from each commune feature's property of the same name. */
export function expressionRemplissage(couche: CoucheId): ExpressionSpecification {
	const valeurs = COUCHE_PAR_ID[couche].valeurs;
	const paires = valeurs.flatMap((v) => [v.id, v.couleur]);
	const nd = valeurs.find((v) => v.id === NON_DISPONIBLE)?.couleur ?? '#d9d9d9';
	return ['match', ['get', couche], ...paires, nd] as unknown as ExpressionSpecification;
}

export function creerStyle(couche: CoucheId): StyleSpecification {
	const vide = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
	return {
		version: 8,
		sources: {
			pays: vide,
			'departements-voisins': vide,
			// A coarser tiling tolerance than the default: borders stay exact to the eye, tiles get lighter.
			communes: { ...vide, promoteId: 'code', tolerance: 0.6 },
			surbrillance: vide,
			departements: vide,
			massifs: vide,
			qpv2015: vide
		},
		layers: [
			{ id: 'mer', type: 'background', paint: { 'background-color': COULEUR_MER } },
			{ id: 'pays', type: 'fill', source: 'pays', paint: { 'fill-color': '#f2efe9' } },
			{ id: 'pays-limites', type: 'line', source: 'pays', paint: { 'line-color': '#9a958c', 'line-width': 1 } },
			{
				id: 'departements-voisins',
				type: 'line',
				source: 'departements-voisins',
				paint: { 'line-color': '#bdb7ad', 'line-width': 0.8 }
			},
			{
				id: 'communes-remplissage',
				type: 'fill',
				source: 'communes',
				// The 1 px outline of the fill draws commune borders without a second bucket of lines.
				paint: {
					'fill-color': expressionRemplissage(couche),
					'fill-opacity': 0.9,
					'fill-outline-color': 'rgba(255, 255, 255, 0.4)'
				}
			},
			{
				id: 'qpv2015',
				type: 'line',
				source: 'qpv2015',
				layout: { visibility: 'none' },
				paint: { 'line-color': '#1a1a1a', 'line-width': 2 }
			},
			{
				id: 'massifs',
				type: 'line',
				source: 'massifs',
				layout: { visibility: 'none' },
				paint: { 'line-color': '#1b4d2a', 'line-width': 2.5, 'line-dasharray': [3, 2] }
			},
			{
				id: 'departements',
				type: 'line',
				source: 'departements',
				paint: { 'line-color': '#333333', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 10, 2.5] }
			},
			// Hovered and selected communes live in their own tiny source, not as states of 4,446 lines.
			{
				id: 'surbrillance',
				type: 'line',
				source: 'surbrillance',
				paint: { 'line-color': '#000000', 'line-width': ['match', ['get', 'role'], 'selection', 4, 2] }
			}
		]
	};
}
