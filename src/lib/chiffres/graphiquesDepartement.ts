/**
 * Layout of the département charts (ChiffresDepartement.svelte): a strip of the 13 départements and
 * the region per indicator, and the MSP series. Pure: the component only draws what these return.
 */
import { scaleLinear } from 'd3';
import type { IndicateurCompare } from './comparaisonDepartements';

export interface Bande {
	largeur: number;
	hauteur: number;
	/** One dot per département, the chosen one apart. */
	points: { code: string; nom: string; x: number; choisi: boolean }[];
	/** The region's value as a vertical tick. */
	region: number;
	/** Ends of the axis with their values. */
	axe: { x: number; valeur: number }[];
}

/** A strip chart: the 13 départements as dots on one axis from the lowest to the highest value, and the region as a tick. */
export function disposerBande(ind: IndicateurCompare, largeur = 320, hauteur = 44): Bande {
	const valeurs = [...ind.departements.map((p) => p.valeur), ind.region.valeur];
	const min = Math.min(...valeurs);
	const max = Math.max(...valeurs);
	const marge = 10;
	const x = scaleLinear()
		.domain(min === max ? [min - 1, max + 1] : [min, max])
		.range([marge, largeur - marge]);
	const arrondi = (v: number) => Math.round(v * 10) / 10;
	return {
		largeur,
		hauteur,
		points: ind.departements.map((p) => ({ code: p.code, nom: p.nom, x: arrondi(x(p.valeur)), choisi: p.code === ind.choisi.code })),
		region: arrondi(x(ind.region.valeur)),
		axe: [
			{ x: marge, valeur: min },
			{ x: largeur - marge, valeur: max }
		]
	};
}

export interface Serie {
	largeur: number;
	hauteur: number;
	points: { x: number; y: number; valeur: number; date: string }[];
	/** y of the axis's top and bottom values. */
	axe: { y: number; valeur: number }[];
}

/** A small line chart of the département's MSP counts since 2017 (dates evenly spaced, as the baromètre reports them). */
export function disposerSerie(valeurs: readonly { valeur: number; date: string }[], largeur = 320, hauteur = 110): Serie {
	const marge = { haut: 12, bas: 22, gauche: 28, droite: 12 };
	const max = Math.max(...valeurs.map((v) => v.valeur), 1);
	const y = scaleLinear().domain([0, max]).range([hauteur - marge.bas, marge.haut]);
	const x = scaleLinear()
		.domain([0, Math.max(valeurs.length - 1, 1)])
		.range([marge.gauche, largeur - marge.droite]);
	const arrondi = (v: number) => Math.round(v * 10) / 10;
	return {
		largeur,
		hauteur,
		points: valeurs.map((v, i) => ({ x: arrondi(x(i)), y: arrondi(y(v.valeur)), valeur: v.valeur, date: v.date })),
		axe: [
			{ y: arrondi(y(0)), valeur: 0 },
			{ y: arrondi(y(max)), valeur: max }
		]
	};
}
