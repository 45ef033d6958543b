/**
 * The date at which the rules are read (issue 17): every evaluation answers « which aids here, on
 * that day? ». Dates are ISO strings (AAAA-MM-JJ), compared as strings.
 */
import type { ProfilId } from './types';

/** The rules start with the brochures of 2023: nothing earlier is described. */
export const DATE_MIN = '2023-01-01';

/** The two brochures the rules transcribe, by their own dates. */
export const DATES_BROCHURES = { medecins: '2023-12-27', dentistes: '2023-06-30' } as const;

const PROFILS_DENTISTES: readonly ProfilId[] = ['chirurgien-dentiste-liberal', 'etudiant-odontologie'];

const deuxChiffres = (n: number) => String(n).padStart(2, '0');

/** Today in the local time zone (the browser's or the CLI's day, not UTC's). */
export function aujourdhui(): string {
	const d = new Date();
	return `${d.getFullYear()}-${deuxChiffres(d.getMonth() + 1)}-${deuxChiffres(d.getDate())}`;
}

const JOUR_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether AAAA-MM-JJ names a day of the calendar (2023-02-30 does not). */
export function estJourCalendaire(texte: string): boolean {
	const m = JOUR_ISO.exec(texte);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().startsWith(texte);
}

/** Reads a rules date: AAAA-MM-JJ, a real calendar day, not before DATE_MIN; else a French message. */
export function lireDateRegles(texte: string): { date: string } | { erreur: string } {
	if (!JOUR_ISO.test(texte)) return { erreur: `Date « ${texte} » illisible : la forme attendue est AAAA-MM-JJ (par exemple 2026-12-02).` };
	if (!estJourCalendaire(texte)) return { erreur: `La date « ${texte} » n’existe pas dans le calendrier.` };
	if (texte < DATE_MIN) {
		return { erreur: `La date « ${texte} » est antérieure au 1er janvier 2023 : les règles commencent avec les brochures de 2023.` };
	}
	return { date: texte };
}

/** The date of the brochure a profile reads: the dentists' for dental profiles, else the médecins'. */
export function dateDesBrochures(profil: ProfilId): string {
	return PROFILS_DENTISTES.includes(profil) ? DATES_BROCHURES.dentistes : DATES_BROCHURES.medecins;
}

/** '2026-01-01' → '01/01/2026', the date literal publicodes compares. */
export function enDatePublicodes(iso: string): string {
	const [a, m, j] = iso.split('-');
	return `${j}/${m}/${a}`;
}
