/**
 * The page state that lives in the URL: selected commune, the map's mode and layer, profile and
 * answers, the aid coloured on the map, the communes pinned for comparison (the active draft has its own
 * owner, BrouillonActif).
 * Parsing never throws: bad input becomes a French message and a safe default.
 */
import { COUCHE_PAR_DEFAUT, estCoucheAffichable, type CoucheId } from '../zonages/couches';
import { EPINGLES_MAX } from '../comparaison/comparaison';
import type { AideId, ProfilId, Reponse } from '../aides/types';

/**
 * What the map draws once a profile is chosen (?carte=): where the aids are open ("Mes aides", the
 * default, no parameter), what they add up to over five years ("montants"), or the zonings.
 */
export const MODES_CARTE = ['aides', 'montants', 'zonages'] as const;
export type ModeCarte = (typeof MODES_CARTE)[number];

export interface EtatUrl {
	commune: string | null;
	couche: CoucheId;
	profil: ProfilId | null;
	reponses: Record<string, Reponse>;
	/** The map's mode with a profile ("Mes aides" by default); without one the map shows the zonings. */
	carte: ModeCarte;
	/** The aid coloured in "Mes aides" mode, or 'meilleure'. */
	aide: AideId | 'meilleure';
	/** Communes pinned for comparison, in pinning order. */
	comparer: string[];
}


const PREFIXE_REPONSE = 'r.';
const CODE_INSEE = /^(\d{5}|2[AB]\d{3})$/;

export interface ContexteUrl {
	profils: readonly ProfilId[];
	aides: readonly AideId[];
	/** The French message when an answer is not acceptable (unknown question, wrong kind of value), else null. */
	verifierReponse: (cle: string, valeur: Reponse) => string | null;
}

/** The state of a page opened without any parameter. */
export function etatInitial(): EtatUrl {
	return { commune: null, couche: COUCHE_PAR_DEFAUT, profil: null, reponses: {}, carte: 'aides', aide: 'meilleure', comparer: [] };
}

export function lireEtat(params: URLSearchParams, ctx: ContexteUrl): { etat: EtatUrl; erreurs: string[] } {
	const erreurs: string[] = [];
	const etat = etatInitial();
	const code = (brut: string) => {
		const c = brut.trim().toUpperCase();
		if (CODE_INSEE.test(c)) return c;
		erreurs.push(`« ${brut.slice(0, 40)} » n’est pas un code INSEE de commune (5 caractères, par exemple 31555).`);
		return null;
	};

	const commune = params.get('commune');
	if (commune !== null) etat.commune = code(commune);

	const comparer = params.get('comparer');
	if (comparer !== null) {
		const codes = [...new Set(comparer.split(',').filter(Boolean).slice(0, 20).map(code))].filter((c) => c !== null);
		if (codes.length > EPINGLES_MAX) erreurs.push(`On compare ${EPINGLES_MAX} communes au plus : les premières sont gardées.`);
		etat.comparer = codes.slice(0, EPINGLES_MAX);
	}

	const carte = MODES_CARTE.find((m) => m === params.get('carte'));
	if (carte) etat.carte = carte;
	else if (params.has('carte')) erreurs.push(`La carte « ${params.get('carte')!.slice(0, 40)} » n’existe pas : carte de vos aides.`);

	const aide = params.get('aide');
	if (aide !== null) {
		const connue = ctx.aides.find((a) => a === aide);
		if (connue) etat.aide = connue;
		else erreurs.push(`L’aide « ${aide.slice(0, 40)} » n’existe pas : la carte montre la meilleure de vos aides.`);
	}

	const couche = params.get('couche');
	if (couche !== null) {
		if (estCoucheAffichable(couche)) etat.couche = couche;
		else erreurs.push(`La couche « ${couche.slice(0, 40)} » n’existe pas : affichage du zonage médecins.`);
	}

	const profil = params.get('profil');
	if (profil !== null) {
		const connu = ctx.profils.find((p) => p === profil);
		if (connu) etat.profil = connu;
		else erreurs.push(`Le profil « ${profil.slice(0, 40)} » n’existe pas.`);
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

/** Writes the state's parameters (those that differ from the defaults) into `p`. */
export function ecrireParametres(etat: EtatUrl, p: URLSearchParams): void {
	if (etat.commune) p.set('commune', etat.commune);
	if (etat.couche !== COUCHE_PAR_DEFAUT) p.set('couche', etat.couche);
	if (etat.profil) p.set('profil', etat.profil);
	if (etat.profil && etat.carte !== 'aides') p.set('carte', etat.carte);
	if (etat.profil && etat.aide !== 'meilleure') p.set('aide', etat.aide);
	if (etat.comparer.length) p.set('comparer', etat.comparer.join(','));
	for (const cle of Object.keys(etat.reponses).sort()) {
		const v = etat.reponses[cle];
		p.set(PREFIXE_REPONSE + cle, typeof v === 'boolean' ? (v ? 'oui' : 'non') : String(v));
	}
}

/** The query string of a state alone ('' for the defaults). */
export function ecrireEtat(etat: EtatUrl): string {
	const p = new URLSearchParams();
	ecrireParametres(etat, p);
	const s = p.toString();
	return s ? `?${s}` : '';
}
