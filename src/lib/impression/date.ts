/** The "printed on" line of a sheet, in French, to the minute. */
import { formatHorodatage } from '../texte/format';

export function dateImpression(date: Date): string {
	return `Imprimé le ${formatHorodatage(date)}`;
}
