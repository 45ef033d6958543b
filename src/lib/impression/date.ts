/** The "printed on" line of a sheet, in French, to the minute. */
const FORMAT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

export function dateImpression(date: Date): string {
	return `Imprimé le ${FORMAT.format(date)}`;
}
