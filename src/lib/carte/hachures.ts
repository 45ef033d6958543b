/**
 * Hatching drawn over some communes' colour (the « Montants » map: where the aids « à préciser » would
 * raise the class), so that the difference never rests on a hue: a fill layer with a pattern generated
 * here (no image file), shown where the commune's feature state `hachee` is true. Pure: no DOM.
 */
import type { FillLayerSpecification } from 'maplibre-gl';

export const MOTIF_HACHURES = 'hachures';
/** Device pixels per CSS pixel of the pattern: crisp on high-density screens, 8 CSS px apart. */
export const DENSITE_HACHURES = 2;
const PERIODE = 16;
/** A dark stroke edged with a light one: visible on the palest and the darkest class alike. */
const TRAIT_FONCE: readonly number[] = [20, 20, 20, 220];
const TRAIT_CLAIR: readonly number[] = [255, 255, 255, 220];

/**
 * One tile of diagonal hatching, RGBA like ImageData: stripes along x + y, their period dividing the tile
 * on both axes, so that tiles join without a seam.
 */
export function motifHachures(taille = PERIODE): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(taille * taille * 4);
	for (let y = 0; y < taille; y++) {
		for (let x = 0; x < taille; x++) {
			const d = (x + y) % PERIODE;
			const couleur = d < 4 ? TRAIT_FONCE : d < 6 ? TRAIT_CLAIR : null;
			if (couleur) data.set(couleur, (y * taille + x) * 4);
		}
	}
	return { width: taille, height: taille, data };
}

/** The same hatching in CSS, for a legend swatch (over the swatch's own background colour). */
export const FOND_HACHURES_CSS = `repeating-linear-gradient(-45deg, rgb(${TRAIT_FONCE.slice(0, 3)}) 0 1.4px, rgb(${TRAIT_CLAIR.slice(0, 3)}) 1.4px 2.1px, transparent 2.1px 5.7px)`;

/** Drawn over the communes' fill, under the massifs and départements; invisible until a colouring asks for it. */
export const COUCHE_HACHURES: FillLayerSpecification = {
	id: 'communes-hachures',
	type: 'fill',
	source: 'occitanie',
	'source-layer': 'communes',
	paint: { 'fill-pattern': MOTIF_HACHURES, 'fill-opacity': 0 }
};

/** The hatch layer's opacity while a colouring hatches some communes: 1 where the feature state says so. */
export const OPACITE_HACHURES: NonNullable<NonNullable<FillLayerSpecification['paint']>['fill-opacity']> = [
	'case',
	['boolean', ['feature-state', 'hachee'], false],
	1,
	0
];
