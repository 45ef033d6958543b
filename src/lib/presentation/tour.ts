/**
 * The forum auto-tour as pure functions of an explicit clock (milliseconds): the sequence of
 * steps built from the playlist, and a state that plays, pauses on any interaction, resumes after
 * an idle delay and moves by keyboard. No DOM, no timers: the page feeds it `performance.now()`,
 * tests feed it numbers.
 */
import type { ProfilId } from '../aides/types';
import type { EntreeParcours } from './parcours';

export type Etape =
	| { type: 'commune'; entree: number; departement: string; commune: string; profil: ProfilId }
	/** One brochure key figure (a series of src/lib/chiffres/donnees.ts), one chart per slide. */
	| { type: 'chiffres'; entree: number; departement: string; serie: string };

/** Each entry: its commune, then its key figures. */
export function etapesDuParcours(parcours: readonly EntreeParcours[]): Etape[] {
	return parcours.flatMap((e, entree): Etape[] => [
		{ type: 'commune', entree, departement: e.departement, commune: e.commune, profil: e.profil },
		...e.chiffres.map((serie) => ({ type: 'chiffres' as const, entree, departement: e.departement, serie }))
	]);
}

/** How long each kind of step stays on screen, and the idle time after which a pause ends (ms). */
export interface Durees {
	commune: number;
	chiffres: number;
	reprise: number;
}

export const DUREES_PAR_DEFAUT: Durees = { commune: 20_000, chiffres: 12_000, reprise: 30_000 };

export interface EtatTour {
	/** Current step. */
	index: number;
	/** Full cycles played automatically (manual moves do not count). */
	cycles: number;
	lecture: boolean;
	/** Time already shown on the current step, up to `depuis`. */
	ecoule: number;
	/** Clock time from which `ecoule` grows while playing (the moment of pause while paused). */
	depuis: number;
	/** Last interaction: a pause ends `reprise` ms after it. */
	activite: number;
}

export function demarrer(maintenant: number, index = 0): EtatTour {
	return { index, cycles: 0, lecture: true, ecoule: 0, depuis: maintenant, activite: maintenant };
}

export function dureeEtape(etape: Etape, durees: Durees): number {
	return durees[etape.type];
}

function ecouleA(etat: EtatTour, maintenant: number): number {
	return etat.lecture ? etat.ecoule + Math.max(0, maintenant - etat.depuis) : etat.ecoule;
}

/**
 * The state at `maintenant`: the next step once the current one has been shown long enough
 * (wrapping to the first and counting a cycle), or playing again after the idle delay.
 * Returns the same object when nothing changes. One step at most per call: a page woken up
 * after a long sleep shows the next step in full rather than racing through the missed ones.
 */
export function avancer(etat: EtatTour, etapes: readonly Etape[], durees: Durees, maintenant: number): EtatTour {
	if (etapes.length === 0) return etat;
	if (!etat.lecture) {
		return maintenant - etat.activite >= durees.reprise ? { ...etat, lecture: true, depuis: maintenant } : etat;
	}
	if (ecouleA(etat, maintenant) < dureeEtape(etapes[etat.index], durees)) return etat;
	const index = (etat.index + 1) % etapes.length;
	return { ...etat, index, cycles: etat.cycles + (index === 0 ? 1 : 0), ecoule: 0, depuis: maintenant };
}

/** Any touch or key: pause here, keeping the time already shown; the idle delay restarts. */
export function interagir(etat: EtatTour, maintenant: number): EtatTour {
	return { ...etat, lecture: false, ecoule: ecouleA(etat, maintenant), depuis: maintenant, activite: maintenant };
}

/** Space: pause, or play again at once. */
export function basculer(etat: EtatTour, maintenant: number): EtatTour {
	if (etat.lecture) return interagir(etat, maintenant);
	return { ...etat, lecture: true, depuis: maintenant, activite: maintenant };
}

/** Show step `index` (wrapping both ways) from its start, paused until the idle delay ends. */
export function aller(etat: EtatTour, etapes: readonly Etape[], index: number, maintenant: number): EtatTour {
	const n = etapes.length || 1;
	return { ...etat, index: ((index % n) + n) % n, lecture: false, ecoule: 0, depuis: maintenant, activite: maintenant };
}

export const suivant = (etat: EtatTour, etapes: readonly Etape[], maintenant: number) => aller(etat, etapes, etat.index + 1, maintenant);
export const precedent = (etat: EtatTour, etapes: readonly Etape[], maintenant: number) => aller(etat, etapes, etat.index - 1, maintenant);

export interface Progression {
	/** Share of the current step already shown, 0 to 1. */
	fraction: number;
	/** Milliseconds before the next step while playing; before playing again while paused. */
	reste: number;
}

export function progression(etat: EtatTour, etapes: readonly Etape[], durees: Durees, maintenant: number): Progression {
	const duree = etapes.length ? dureeEtape(etapes[etat.index], durees) : 1;
	const ecoule = ecouleA(etat, maintenant);
	const reste = etat.lecture ? duree - ecoule : durees.reprise - (maintenant - etat.activite);
	return { fraction: Math.min(1, Math.max(0, ecoule / duree)), reste: Math.max(0, reste) };
}

/** Milliseconds until `avancer` would change the state: when the page should wake up next. */
export function prochaineEcheance(etat: EtatTour, etapes: readonly Etape[], durees: Durees, maintenant: number): number {
	return progression(etat, etapes, durees, maintenant).reste;
}

export type Action = 'basculer' | 'suivant' | 'precedent' | 'debut' | 'arreter' | 'plein-ecran' | 'interagir';

/** Keyboard and presenter remotes (which send PageUp/PageDown). Modifier keys alone do nothing. */
export function actionDeTouche(cle: string): Action | null {
	switch (cle) {
		case ' ':
		case 'Spacebar':
			return 'basculer';
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'suivant';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'precedent';
		case 'Home':
			return 'debut';
		case 'Escape':
			return 'arreter';
		case 'f':
		case 'F':
			return 'plein-ecran';
		case 'Shift':
		case 'Control':
		case 'Alt':
		case 'Meta':
		case 'AltGraph':
			return null;
		default:
			return 'interagir';
	}
}

/**
 * `?duree=` (seconds per step, for every kind of step) and `?reprise=` (idle seconds before the
 * tour plays again) from the address; bad values keep the defaults, with a French message.
 */
export function lireDurees(params: URLSearchParams, defaut: Durees = DUREES_PAR_DEFAUT): { durees: Durees; erreurs: string[] } {
	const durees = { ...defaut };
	const erreurs: string[] = [];
	const lire = (nom: string, min: number, max: number): number | null => {
		const brut = params.get(nom);
		if (brut === null) return null;
		const v = Number(brut.replace(',', '.'));
		if (brut.trim() === '' || !Number.isFinite(v) || v < min || v > max) {
			erreurs.push(`« ${nom}=${brut.slice(0, 20)} » est ignoré : indiquez un nombre de secondes entre ${min} et ${max}.`);
			return null;
		}
		return v * 1000;
	};
	const duree = lire('duree', 0.1, 600);
	if (duree !== null) durees.commune = durees.chiffres = duree;
	const reprise = lire('reprise', 0.5, 3600);
	if (reprise !== null) durees.reprise = reprise;
	return { durees, erreurs };
}
