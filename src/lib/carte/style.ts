/**
 * The MapLibre style, built from the layer definitions: no remote basemap, tiles, sprites or glyph
 * server — labels use a font file served by the app itself (style "font-faces").
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { COUCHE_PAR_ID, NON_DISPONIBLE, type CoucheId } from '../zonages/couches';

export const POLICE = 'Atkinson Hyperlegible';
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

const etat = (cle: string): ExpressionSpecification => ['boolean', ['feature-state', cle], false];

export function creerStyle(couche: CoucheId, urlPolice: string): StyleSpecification {
	const vide = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
	return {
		version: 8,
		'font-faces': { [POLICE]: urlPolice },
		sources: {
			pays: vide,
			'departements-voisins': vide,
			communes: { ...vide, promoteId: 'code' },
			departements: vide,
			'departements-etiquettes': vide,
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
				paint: { 'fill-color': expressionRemplissage(couche), 'fill-opacity': 0.9 }
			},
			{
				id: 'communes-limites',
				type: 'line',
				source: 'communes',
				paint: {
					'line-color': '#ffffff',
					'line-opacity': ['interpolate', ['linear'], ['zoom'], 6, 0.25, 9, 0.8],
					'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.2, 10, 1]
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
			{
				id: 'communes-survol',
				type: 'line',
				source: 'communes',
				paint: {
					'line-color': '#000000',
					'line-width': ['case', etat('selection'), 4, etat('survol'), 2, 0],
					'line-opacity': ['case', ['any', etat('selection'), etat('survol')], 1, 0]
				}
			},
			{
				id: 'departements-etiquettes',
				type: 'symbol',
				source: 'departements-etiquettes',
				layout: {
					'text-field': ['get', 'nom'],
					'text-font': [POLICE],
					'text-size': ['interpolate', ['linear'], ['zoom'], 6, 13, 9, 18],
					'text-max-width': 8
				},
				paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 2 }
			}
		]
	};
}
