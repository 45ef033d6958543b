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

/** Reads a rules date: AAAA-MM-JJ, a real calendar day, not before DATE_MIN; else a French message. */
export function lireDateRegles(texte: string): { date: string } | { erreur: string } {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(texte);
	if (!m) return { erreur: `Date « ${texte} » illisible : la forme attendue est AAAA-MM-JJ (par exemple 2026-12-02).` };
	const [annee, mois, jour] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const d = new Date(Date.UTC(annee, mois - 1, jour));
	if (d.getUTCFullYear() !== annee || d.getUTCMonth() !== mois - 1 || d.getUTCDate() !== jour) {
		return { erreur: `La date « ${texte} » n’existe pas dans le calendrier.` };
	}
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

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** '2026-01-01' → '1er janvier 2026', as the reasons say it. */
export function dateEnToutesLettres(iso: string): string {
	const [a, m, j] = iso.split('-').map(Number);
	return `${j === 1 ? '1er' : j} ${MOIS[m - 1]} ${a}`;
}
