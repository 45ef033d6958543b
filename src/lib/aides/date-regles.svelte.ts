/**
 * The date the rules are evaluated at, the same on every page (`?date=AAAA-MM-JJ`): today by default,
 * or a date chosen to see what applied then (the brochures' dates, a date to come). An unreadable date,
 * or one before the first brochure, gives a French message and today is used.
 */
import { aujourdhui, lireDateRegles } from './date';
import { formatJour } from '../texte/format';

export const PARAMETRE_DATE = 'date';

export class DateRegles {
	/** AAAA-MM-JJ. */
	date = $state(aujourdhui());
	/** Why the requested date was not used, in French. */
	erreur = $state<string | null>(null);

	constructor(params: URLSearchParams) {
		const brute = params.get(PARAMETRE_DATE);
		if (brute !== null) this.choisir(brute);
	}

	readonly estAujourdhui = $derived(this.date === aujourdhui());

	/** Takes a date typed or picked; a bad one keeps today's and says why. */
	choisir(texte: string): void {
		const lu = lireDateRegles(texte);
		if ('erreur' in lu) {
			this.erreur = `${lu.erreur} Règles au ${formatJour(aujourdhui())} (aujourd’hui).`;
			this.date = aujourdhui();
		} else {
			this.erreur = null;
			this.date = lu.date;
		}
	}

	/** Today is implied by an address without a date: only another date is written. */
	ecrire = (p: URLSearchParams): void => {
		if (!this.estAujourdhui) p.set(PARAMETRE_DATE, this.date);
	};

	/** For what leaves the page (shared links, QR codes, printed sheets): the date is always written. */
	ecrireToujours = (p: URLSearchParams): void => {
		p.set(PARAMETRE_DATE, this.date);
	};
}
