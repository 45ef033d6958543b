/**
 * Pure chart geometry (no DOM): the component only draws what these functions return,
 * so positions, scales and colours are unit-tested.
 */
import { color, max, scaleLinear } from 'd3';
import type { Serie, Valeur } from './donnees';
import { formatNombre } from '../texte/format';

export interface Barre {
	cle: string;
	libelle: string;
	valeur: number;
	/** Sub-value of the group's first bar: its label is indented. */
	secondaire?: boolean;
}

/** Bars sharing one heading, e.g. all the numbers of one date. */
export interface GroupeDeBarres {
	cle: string;
	libelle: string;
	barres: Barre[];
}

export interface RectangleBarre extends Barre {
	groupe: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Bar label, written above the bar (start anchor, alphabetic baseline). */
	libelleX: number;
	libelleY: number;
	/** Value label, written just after the bar end (start anchor, central baseline). */
	valeurX: number;
	valeurY: number;
}

export interface TitreDeGroupe {
	cle: string;
	libelle: string;
	x: number;
	y: number;
}

export interface DispositionBarres {
	/** viewBox size in user units. */
	largeur: number;
	hauteur: number;
	titres: TitreDeGroupe[];
	barres: RectangleBarre[];
}

export interface OptionsBarres {
	/** viewBox width in user units. */
	largeur?: number;
	/** Font size in user units; every vertical measure derives from it. */
	police?: number;
}

/** Tenths of a user unit are finer than any screen pixel and keep the markup short. */
const arrondi = (v: number) => Math.round(v * 10) / 10;

/**
 * Horizontal bars stacked by group, labels above each bar and values after its end.
 * One linear scale for all groups, starting at 0, so lengths compare across dates;
 * horizontal bars leave room for long French labels that vertical bars would crowd.
 */

export function barresGroupees(
	groupes: GroupeDeBarres[],
	{ largeur = 480, police = 16 }: OptionsBarres = {}
): DispositionBarres {
	const valeurs = groupes.flatMap((g) => g.barres.map((b) => b.valeur));
	const valeurMax = max(valeurs) ?? 0;
	// Room after the longest bar for its value label (~0.6 em per digit).
	const margeDroite = police * (0.6 * formatNombre(valeurMax).length + 0.8);
	const x = scaleLinear()
		.domain([0, valeurMax || 1])
		.range([0, largeur - margeDroite]);

	const ligne = police * 1.4;
	const epaisseur = police * 1.5;
	const titres: TitreDeGroupe[] = [];
	const barres: RectangleBarre[] = [];
	let y = 0;
	for (const groupe of groupes) {
		titres.push({ cle: groupe.cle, libelle: groupe.libelle, x: 0, y: arrondi(y + police) });
		y += ligne;
		for (const barre of groupe.barres) {
			const libelleY = y + police;
			y += ligne;
			const width = arrondi(x(barre.valeur));
			barres.push({
				...barre,
				groupe: groupe.cle,
				x: 0,
				y: arrondi(y),
				width,
				height: arrondi(epaisseur),
				libelleX: barre.secondaire ? police : 0,
				libelleY: arrondi(libelleY),
				valeurX: arrondi(width + police * 0.4),
				valeurY: arrondi(y + epaisseur / 2)
			});
			y += epaisseur + police * 0.5;
		}
		y += police * 0.75;
	}
	return { largeur, hauteur: arrondi(y), titres, barres };
}

/** "Chirurgiens-dentistes" → "chirurgiens-dentistes", but acronyms such as "CDE" stay. */
function enMinuscule(libelle: string): string {
	return /^\p{Lu}{2}/u.test(libelle) ? libelle : libelle.charAt(0).toLocaleLowerCase('fr') + libelle.slice(1);
}

/** A sub-value's label as the chart and its table print it: "dont médecins", "+ centres…". */
function libelleDePart(part: Valeur): string {
	return `${part.enSus ? '+' : 'dont'} ${enMinuscule(part.libelle)}`;
}

/** One group of bars per date: the headline number, then its printed sub-values. */
export function barresDeLaSerie(serie: Serie): GroupeDeBarres[] {
	return serie.mesures.map((mesure) => ({
		cle: mesure.date,
		libelle: `Au ${mesure.date}`,
		barres: [
			{ cle: mesure.total.cle, libelle: mesure.total.libelle, valeur: mesure.total.valeur },
			...mesure.parts.map((part) => ({
				cle: part.cle,
				libelle: libelleDePart(part),
				valeur: part.valeur,
				secondaire: true
			}))
		]
	}));
}

/** Sentence read by screen readers in place of the drawing (the SVG's aria-label). */
export function resumeDeLaSerie(serie: Serie): string {
	const dates = barresDeLaSerie(serie).map(
		(groupe) =>
			`${groupe.libelle} : ${groupe.barres.map((b) => `${b.libelle} ${formatNombre(b.valeur)}`).join(', ')}.`
	);
	return `${serie.titre}. ${dates.join(' ')}`;
}

/** Neutral colour of headline totals, distinct from every part colour. */
export const COULEUR_TOTAL = '#3d3d3d';

/**
 * Okabe–Ito colour-blind-safe hues, darkened where needed so each reaches at least
 * 4.5:1 against white (3:1 is the WCAG minimum for graphics); the sixth, olive, stays
 * apart from the others. Colour is never the only cue: every bar is labelled in text.
 */
export const PALETTE = ['#0072b2', '#b35900', '#007a5c', '#a8578b', '#8f6400', '#5c6b00'];

/** Colour per key: totals neutral, other keys in order of first appearance. */
export function couleursParCle(cles: string[]): Map<string, string> {
	const couleurs = new Map<string, string>();
	let rang = 0;
	for (const cle of cles) {
		if (couleurs.has(cle)) continue;
		couleurs.set(cle, cle === 'total' ? COULEUR_TOTAL : PALETTE[rang++ % PALETTE.length]);
	}
	return couleurs;
}

function luminance(couleur: string): number {
	const rgb = color(couleur)?.rgb();
	if (!rgb) throw new Error(`Couleur invalide : ${couleur}`);
	const [r, g, b] = [rgb.r, rgb.g, rgb.b].map((c) => {
		const v = c / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two CSS colours (1 to 21). */
export function rapportDeContraste(a: string, b: string): number {
	const [claire, sombre] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (claire + 0.05) / (sombre + 0.05);
}
