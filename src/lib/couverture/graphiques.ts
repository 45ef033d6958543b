/**
 * Pure geometry of the coverage page's charts (no DOM): the components draw what these return.
 */
import { scaleLinear } from 'd3';
import type { GroupeDeBarres } from '../chiffres/graphiques';
import { formatNombre } from '../texte/format';
import { libelleCourt } from '../zonages/couches';
import type { DistributionApl } from './apl';
import type { Repartition } from './repartition';
import { pluriel } from '../texte/texte';

const arrondi = (v: number) => Math.round(v * 10) / 10;

/** One group of bars: the population of each class; each bar's label also gives its communes. */
export function barresRepartition(r: Repartition): GroupeDeBarres[] {
	return [
		{
			cle: r.couche,
			libelle: 'Population par classe',
			barres: r.classes.map((c) => ({
				cle: c.valeur.id,
				// The short label ("ZIP") keeps the line within a phone's width; the table gives the long one.
				libelle: `${libelleCourt(c.valeur)} (${pluriel(c.communes, 'commune')})`,
				valeur: c.population
			}))
		}
	];
}

export interface Boite {
	cle: string;
	libelle: string;
	/** Top of the box and its height. */
	y: number;
	hauteur: number;
	p10: number;
	q1: number;
	mediane: number;
	q3: number;
	p90: number;
	moyenne: number;
	/** Label line above the box. */
	libelleY: number;
}

export interface DispositionBoites {
	largeur: number;
	hauteur: number;
	/** Left edge of the plotting area (labels are above the boxes, so it starts at 0). */
	axe: { y: number; graduations: { x: number; texte: string }[] };
	boites: Boite[];
}

/**
 * Horizontal box plots on one APL scale: whiskers P10–P90, box Q1–Q3, a thick line at the median,
 * a diamond at the mean. Labels sit above each box so that long French class names fit on a phone.
 */
export function boitesApl(distributions: readonly DistributionApl[], { largeur = 480, police = 16 } = {}): DispositionBoites {
	const max = Math.max(...distributions.map((d) => d.p90), 1);
	const x = scaleLinear().domain([0, max]).nice().range([police * 0.5, largeur - police * 1.5]);
	const ligne = police * 1.4;
	const epaisseur = police * 1.6;
	let y = 0;
	const boites = distributions.map((d) => {
		const libelleY = y + police;
		y += ligne;
		const b: Boite = {
			cle: d.classe.id,
			libelle: d.classe.label,
			y: arrondi(y),
			hauteur: arrondi(epaisseur),
			p10: arrondi(x(d.p10)),
			q1: arrondi(x(d.q1)),
			mediane: arrondi(x(d.mediane)),
			q3: arrondi(x(d.q3)),
			p90: arrondi(x(d.p90)),
			moyenne: arrondi(x(d.moyenne)),
			libelleY: arrondi(libelleY)
		};
		y += epaisseur + police * 0.8;
		return b;
	});
	const axeY = arrondi(y);
	const graduations = x.ticks(6).map((t) => ({ x: arrondi(x(t)), texte: formatNombre(t) }));
	return { largeur, hauteur: arrondi(y + police * 2.2), axe: { y: axeY, graduations }, boites };
}
