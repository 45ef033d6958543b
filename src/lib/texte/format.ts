/**
 * French number and amount formatting, shared by the key figures and the aid cards.
 * Output is Intl's fr-FR output kept as is: thousands are grouped with a narrow no-break
 * space (U+202F) and "€" is preceded by a no-break space (U+00A0), so a figure is never
 * split across two lines on screen. Compare against these characters in tests.
 */

/**
 * One fr-FR formatter per set of options, created on first use: building one is costly (the page's first
 * loads the locale's data, ~20 ms, which the map's first view does not need), and a commune's panel
 * formats dozens of figures.
 */
const formateurs = new Map<string, Intl.NumberFormat>();
function formateur(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const cle = JSON.stringify(options);
	let f = formateurs.get(cle);
	if (!f) formateurs.set(cle, (f = new Intl.NumberFormat('fr-FR', options)));
	return f;
}

/** formatDecimal(3.456, 1) → "3,5"; formatDecimal(3, 2, 2) → "3,00". */
export function formatDecimal(valeur: number, max: number, min = 0): string {
	return formateur({ minimumFractionDigits: min, maximumFractionDigits: max }).format(valeur);
}

/** 1234 → "1 234", 1085.5 → "1 085,5". */
export function formatNombre(valeur: number): string {
	return formateur().format(valeur);
}

/** 31250 → "31 250 €"; cents are shown, both digits, only when present: 12.5 → "12,50 €". */
export function formatEuros(valeur: number): string {
	const centimes = Number.isInteger(valeur) ? 0 : 2;
	return formateur({ style: 'currency', currency: 'EUR', minimumFractionDigits: centimes, maximumFractionDigits: centimes }).format(valeur);
}

export type Periode = 'jour' | 'semaine' | 'mois' | 'trimestre' | 'an';

/** An amount or range to print (the aids' own amounts are `Montant` in src/lib/aides/types.ts). */
export interface Fourchette {
	min: number;
	/** Upper bound of a range; omitted (or equal to min) for a single amount. */
	max?: number;
	/** '€' by default; any other unit is written after the number ("%", "jours"). */
	unite?: string;
	periode?: Periode;
}

function formatUnite(valeur: number, unite: string): string {
	return unite === '€' ? formatEuros(valeur) : `${formatNombre(valeur)}\u00a0${unite}`;
}

/**
 * { min: 31250, max: 50000 } → "31 250 € à 50 000 €";
 * { min: 1200, periode: 'mois' } → "1 200 € / mois";
 * { min: 8325, max: 15000, periode: 'trimestre' } → "8 325 € à 15 000 € / trimestre".
 */
export function formatMontant({ min, max, unite = '€', periode }: Fourchette): string {
	const montant =
		max === undefined || max === min
			? formatUnite(min, unite)
			: `${formatUnite(min, unite)} à ${formatUnite(max, unite)}`;
	return periode ? `${montant} / ${periode}` : montant;
}

const HORODATAGE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A moment to the minute: « 2 décembre 2026 à 14:05 ». */
export function formatHorodatage(date: Date | string): string {
	return HORODATAGE.format(typeof date === 'string' ? new Date(date) : date);
}

/** A calendar day as French writes it: AAAA-MM-JJ → « 1er janvier 2026 », « 2 décembre 2026 » (no time zone involved). */
export function formatJour(iso: string): string {
	const [a, m, j] = iso.split('-').map(Number);
	return `${j === 1 ? '1er' : j} ${MOIS[m - 1]} ${a}`;
}
