/**
 * The page state that lives in the URL: selected commune, active layer, profile and answers.
 * Parsing never throws: bad input becomes a French message and a safe default.
 */
import { COUCHES, type CoucheId } from '../zonages/couches';
import type { Reponse } from '../aides/types';
import { estIdBrouillon, PARAMETRE_BROUILLON } from '../brouillons/brouillon';

export interface EtatUrl {
	commune: string | null;
	couche: CoucheId;
	profil: string | null;
	reponses: Record<string, Reponse>;
	/** The active draft zoning (src/lib/brouillons), if any. */
	brouillon?: string | null;
}

export const COUCHE_PAR_DEFAUT: CoucheId = 'zonage-medecins';
/** Layers with no data cannot be drawn as the thematic layer. */
export const COUCHES_AFFICHABLES = COUCHES.filter((c) => c.disponible).map((c) => c.id);

const PREFIXE_REPONSE = 'r.';
const CODE_INSEE = /^(\d{5}|2[AB]\d{3})$/;

export interface ContexteUrl {
	profils: readonly string[];
	/** The French message when an answer is not acceptable (unknown question, wrong kind of value), else null. */
	verifierReponse: (cle: string, valeur: Reponse) => string | null;
}

export function lireEtat(params: URLSearchParams, ctx: ContexteUrl): { etat: EtatUrl; erreurs: string[] } {
	const erreurs: string[] = [];
	const etat: EtatUrl = { commune: null, couche: COUCHE_PAR_DEFAUT, profil: null, reponses: {} };

	const commune = params.get('commune');
	if (commune !== null) {
		const c = commune.trim().toUpperCase();
		if (CODE_INSEE.test(c)) etat.commune = c;
		else erreurs.push(`« ${commune.slice(0, 40)} » n’est pas un code INSEE de commune (5 caractères, par exemple 31555).`);
	}

	const couche = params.get('couche');
	if (couche !== null) {
		if ((COUCHES_AFFICHABLES as string[]).includes(couche)) etat.couche = couche as CoucheId;
		else erreurs.push(`La couche « ${couche.slice(0, 40)} » n’existe pas : affichage du zonage médecins.`);
	}

	const profil = params.get('profil');
	if (profil !== null) {
		if (ctx.profils.includes(profil)) etat.profil = profil;
		else erreurs.push(`Le profil « ${profil.slice(0, 40)} » n’existe pas.`);
	}

	const brouillon = params.get(PARAMETRE_BROUILLON);
	if (brouillon !== null) {
		if (estIdBrouillon(brouillon)) etat.brouillon = brouillon;
		else erreurs.push(`« ${brouillon.slice(0, 40)} » n’est pas un identifiant de brouillon : affichage du zonage en vigueur.`);
	}

	for (const [cle, valeur] of params) {
		if (!cle.startsWith(PREFIXE_REPONSE)) continue;
		const question = cle.slice(PREFIXE_REPONSE.length).slice(0, 40);
		const v = lireReponse(valeur);
		const probleme = v === null ? `Réponse vide pour « ${question} ».` : ctx.verifierReponse(question, v);
		if (probleme) erreurs.push(probleme);
		else etat.reponses[question] = v!;
	}
	return { etat, erreurs };
}

/** "oui"/"non" → boolean, a number → number, anything else → the text (a choice), checked by the rules. */
export function lireReponse(valeur: string): Reponse | null {
	const v = valeur.trim();
	const bas = v.toLowerCase();
	if (bas === 'oui' || bas === 'true') return true;
	if (bas === 'non' || bas === 'false') return false;
	if (v === '') return null;
	return Number.isFinite(Number(v)) ? Number(v) : v.slice(0, 40);
}

export function ecrireEtat(etat: EtatUrl): string {
	const p = new URLSearchParams();
	if (etat.commune) p.set('commune', etat.commune);
	if (etat.couche !== COUCHE_PAR_DEFAUT) p.set('couche', etat.couche);
	if (etat.profil) p.set('profil', etat.profil);
	if (etat.brouillon) p.set(PARAMETRE_BROUILLON, etat.brouillon);
	for (const cle of Object.keys(etat.reponses).sort()) {
		const v = etat.reponses[cle];
		p.set(PREFIXE_REPONSE + cle, typeof v === 'boolean' ? (v ? 'oui' : 'non') : String(v));
	}
	const s = p.toString();
	return s ? `?${s}` : '';
}
