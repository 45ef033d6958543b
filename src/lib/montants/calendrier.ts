/**
 * The payments year by year as a chart (CalendrierVersements.svelte draws what this returns): one bar
 * per contract year, stacked by retained aid — the sure ones (« éligible ») at the bottom, drawn solid,
 * the possible ones (« à préciser ») above, hatched —, each segment numbered as in the legend. A bar is
 * as high as the year's maximum; when the texts give a range, a mark shows the year's minimum.
 * Pure geometry: no Svelte, no DOM, unit-tested. d3 for the scale: the chart loads with the panel.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { AideId } from '../aides/types';
import { formatEuros, formatNombre } from '../texte/format';
import { ANNEES, formatIntervalle, type Bilan, type Intervalle, type LigneMontant } from './bilan';
import { libelleAnnee } from './texte';

/** The retained aids in the chart's order: sure first, then possible, each in the rules' order. */
export function aidesNumerotees(b: Bilan): (LigneMontant & { numero: number })[] {
	const rang = (l: LigneMontant) => (l.statut === 'eligible' ? 0 : 1);
	return [...b.retenues].sort((x, y) => rang(x) - rang(y)).map((l, i) => ({ ...l, numero: i + 1 }));
}

export interface SegmentCalendrier {
	id: AideId;
	numero: number;
	statut: LigneMontant['statut'];
	montant: Intervalle;
	y: number;
	hauteur: number;
	/** Centre of the number's badge, or null when the segment is too thin to hold it. */
	numeroY: number | null;
}

export interface BarreCalendrier {
	/** 1 to ANNEES. */
	annee: number;
	libelle: string;
	x: number;
	largeur: number;
	segments: SegmentCalendrier[];
	total: Intervalle;
	/** Above the bar: the year's maximum, in euros without the sign (the axis says €). */
	valeur: string;
	valeurY: number;
	/** The year's minimum, marked across the bar when it is above 0 and below the maximum. */
	minimumY: number | null;
}

export interface GraduationCalendrier {
	y: number;
	libelle: string;
}

export interface DispositionCalendrier {
	/** viewBox size in user units. */
	largeur: number;
	hauteur: number;
	/** Left edge of the bars' area (the axis labels end before it) and right edge. */
	gauche: number;
	droite: number;
	/** The baseline (0 €). */
	baseY: number;
	/** Baseline of the years' labels, and of the axis title under them. */
	anneesY: number;
	titreAxeX: number;
	titreAxeY: number;
	/** Radius of a segment's number badge. */
	rayon: number;
	graduations: GraduationCalendrier[];
	barres: BarreCalendrier[];
}

export interface OptionsCalendrier {
	/** viewBox width in user units (the component makes it its own width in pixels). */
	largeur?: number;
	/** Font size in user units; margins derive from it. */
	police?: number;
	/** Height of the bars' area (the tallest bar). */
	hauteurBarres?: number;
}

const arrondi = (v: number) => Math.round(v * 10) / 10;

/** Short year labels under the bars: « 1re », « 2e »… */
const anneeCourte = (i: number) => libelleAnnee(i).replace(' année', '');

export function dispositionCalendrier(b: Bilan, { largeur = 320, police = 13, hauteurBarres = 150 }: OptionsCalendrier = {}): DispositionCalendrier {
	const aides = aidesNumerotees(b);
	const plusHaut = Math.max(0, ...b.parAn.map((a) => a.surs.max + a.possibles.max));
	const y0 = scaleLinear()
		.domain([0, plusHaut || 1])
		.nice(4);
	const ticks = y0.ticks(4);
	// Room on the left for the longest tick label (~0.6 em per character).
	const gauche = arrondi(police * (0.6 * Math.max(...ticks.map((t) => formatNombre(t).length)) + 0.6));
	const haut = police * 1.6;
	const baseY = arrondi(haut + hauteurBarres);
	const y = y0.range([baseY, haut]);
	const droite = largeur - police * 0.3;
	const x = scaleBand<number>()
		.domain(Array.from({ length: ANNEES }, (_, i) => i))
		.range([gauche + police * 0.4, droite])
		.paddingInner(0.3)
		.paddingOuter(0.15);
	const rayon = arrondi(police * 0.62);

	const barres = b.parAn.map((an, i): BarreCalendrier => {
		let cumul = 0;
		const segments: SegmentCalendrier[] = [];
		for (const a of aides) {
			const montant = a.parAn[i];
			if (montant.max <= 0) continue;
			const haut = y(cumul + montant.max);
			const bas = y(cumul);
			cumul += montant.max;
			const hauteur = arrondi(bas - haut);
			segments.push({
				id: a.id,
				numero: a.numero,
				statut: a.statut,
				montant,
				y: arrondi(haut),
				hauteur,
				numeroY: hauteur >= rayon * 2 + 2 ? arrondi(haut + hauteur / 2) : null
			});
		}
		const total = { min: an.surs.min + an.possibles.min, max: an.surs.max + an.possibles.max };
		return {
			annee: i + 1,
			libelle: anneeCourte(i),
			x: arrondi(x(i)!),
			largeur: arrondi(x.bandwidth()),
			segments,
			total,
			valeur: formatNombre(total.max),
			valeurY: arrondi(y(total.max) - police * 0.35),
			minimumY: total.min > 0 && total.min < total.max ? arrondi(y(total.min)) : null
		};
	});
	return {
		largeur,
		hauteur: arrondi(baseY + police * 2.9),
		gauche,
		droite: arrondi(droite),
		baseY,
		anneesY: arrondi(baseY + police * 1.2),
		titreAxeX: arrondi((gauche + droite) / 2),
		titreAxeY: arrondi(baseY + police * 2.5),
		rayon,
		graduations: ticks.map((t) => ({ y: arrondi(y(t)), libelle: formatNombre(t) })),
		barres
	};
}

/** The chart in one sentence, for its aria-label: each year's amount, sure and possible apart. */
export function resumeCalendrier(b: Bilan): string {
	const annees = b.parAn.map((a, i) => {
		const parts = [a.surs.max ? `${formatIntervalle(a.surs)} sûrs` : '', a.possibles.max ? `${formatIntervalle(a.possibles)} à préciser` : ''].filter(Boolean);
		return `${libelleAnnee(i)} : ${parts.join(' et ') || formatEuros(0)}`;
	});
	return `Versements par année du contrat — ${annees.join(' ; ')}.`;
}
