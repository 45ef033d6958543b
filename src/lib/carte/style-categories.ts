/**
 * Style of the coverage page's maps: the commune tiles of the main map (same source, same promoted
 * `code` id), each commune filled by a category index kept in its feature-state, so that one set of
 * tiles serves any classification computed in the page (transitions, out-of-line APL…).
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { creerStyle } from './style';

export const SOURCE = 'occitanie';
export const CALQUE_COMMUNES = 'couverture-communes';
/** Communes outside every category. */
const COULEUR_AUTRES = '#ececec';

export function remplissageCategories(couleurs: readonly string[]): ExpressionSpecification {
	if (!couleurs.length) return ['literal', COULEUR_AUTRES] as unknown as ExpressionSpecification;
	return ['match', ['coalesce', ['feature-state', 'categorie'], -1], ...couleurs.flatMap((c, i) => [i, c]), COULEUR_AUTRES] as unknown as ExpressionSpecification;
}

export function styleCategories(urlTuiles: string, couleurs: readonly string[]): StyleSpecification {
	// The tile source as the main map declares it: one definition of tiles, bounds and ids.
	const source = creerStyle('zonage-medecins', urlTuiles).sources[SOURCE];
	return {
		version: 8,
		sources: { [SOURCE]: source },
		layers: [
			{ id: 'fond', type: 'background', paint: { 'background-color': '#c9dde9' } },
			{
				id: CALQUE_COMMUNES,
				type: 'fill',
				source: SOURCE,
				'source-layer': 'communes',
				paint: { 'fill-color': remplissageCategories(couleurs), 'fill-outline-color': 'rgba(80, 80, 80, 0.35)' }
			},
			{
				id: 'couverture-departements',
				type: 'line',
				source: SOURCE,
				'source-layer': 'departements',
				paint: { 'line-color': '#333333', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 10, 2.5] }
			}
		]
	};
}
