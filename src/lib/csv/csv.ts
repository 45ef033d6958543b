/**
 * The one CSV writer of the app: every export goes through it, so every export is read the same way
 * by French spreadsheets (`;`, UTF-8 BOM, CRLF, decimal comma) and is protected the same way against
 * formula injection. Pure functions.
 */

export type Cellule = string | number | null | undefined;

/**
 * A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab / carriage return
 * that some spreadsheets skip before one) gets a leading apostrophe: it is then shown as text.
 * Imported files end up in exports (draft names, file names), so every text cell is checked.
 */
export function neutraliser(s: string): string {
	return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** Numbers are written by the writer itself: decimal comma, no thousands separator (3,28 ; 12345). */
function texteCellule(v: Cellule): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', ',') : '';
	const s = neutraliser(v);
	return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function ecrireCsv(entete: readonly string[], lignes: readonly (readonly Cellule[])[]): string {
	const ligne = (cellules: readonly Cellule[]) => cellules.map(texteCellule).join(';');
	return '\uFEFF' + [ligne(entete), ...lignes.map(ligne)].join('\r\n') + '\r\n';
}
