/** The rule files read once: rules for the engine, questions, and each aid's facts per profile. */
import { FICHIERS_REGLES } from './regles';
import { ErreurRegles, construireModele, type FicheAide, type VarianteAide } from './modele';
import { PROFILS } from './profils';
import { IDS_AIDES, type AideId, type Profil, type ProfilId, type Question, type Reponse } from './types';
import { COUCHE_PAR_ID, type CoucheId } from '../zonages/couches';

const MODELE = construireModele(FICHIERS_REGLES, IDS_AIDES);

export const REGLES = MODELE.regles;
export const RAISONS = MODELE.raisons;
/** Commune variable → what changed since the brochures about that data. */
export const VALIDITES = MODELE.validites;
/** Commune variable → the layer (CoucheId) whose value fills it. */
export const COUCHE_PAR_VARIABLE = MODELE.couches as ReadonlyMap<string, CoucheId>;
for (const [variable, couche] of COUCHE_PAR_VARIABLE) {
	if (!(couche in COUCHE_PAR_ID)) throw new ErreurRegles(`commune.publicodes : couche inconnue « ${couche} » pour « ${variable} ».`);
}
/** Pairs the brochures declare non cumulables, with the pages that say so. */
export const NON_CUMULS = MODELE.nonCumuls;
/** Generated `R à la date` rule → its adhesion window around R. */
export const FENETRES = MODELE.fenetres;

/** Every question the rules may ask, by answer key (URL `r.<clé>`, CLI `--reponse <clé>=…`). */
export const QUESTIONS: Readonly<Record<string, Question & { regle: string }>> = Object.fromEntries(MODELE.questions);
export const QUESTION_PAR_REGLE: ReadonlyMap<string, Question> = new Map([...MODELE.questions.values()].map((q) => [q.regle, q]));

export function estCleQuestion(cle: string): boolean {
	return MODELE.questions.has(cle);
}

/** The French message when an answer is not acceptable (unknown question, wrong kind of value), else null. */
export function verifierReponse(cle: string, v: Reponse): string | null {
	if (!estCleQuestion(cle)) return `Question inconnue : « ${cle} ».`;
	const q = QUESTIONS[cle];
	if (q.type === 'choix') {
		return q.options!.some((o) => o.id === v) ? null : `Réponse invalide pour « ${cle} » : ${q.options!.map((o) => o.id).join(', ')} attendu.`;
	}
	const attendu = q.type === 'nombre' ? 'number' : 'boolean';
	if (typeof v === 'number' && q.plage && Number.isFinite(v) && (v < q.plage[0] || v > q.plage[1])) {
		return `Réponse invalide pour « ${cle} » : un nombre de ${q.plage[0]} à ${q.plage[1]} attendu.`;
	}
	if (typeof v === attendu && (typeof v !== 'number' || Number.isFinite(v))) return null;
	return `Réponse invalide pour « ${cle} » : ${q.type === 'nombre' ? 'un nombre' : 'oui ou non'} attendu.`;
}

export function variantesAide(id: AideId): readonly VarianteAide[] {
	return MODELE.aides.get(id)!.variantes;
}

/** The fiche of an aid as one profile sees it, or the aid's first variant. */
export function ficheAide(id: AideId, profil?: ProfilId): FicheAide {
	const variantes = MODELE.aides.get(id)?.variantes;
	if (!variantes) throw new Error(`Aide inconnue : ${id}`);
	return (profil && variantes.find((v) => v.profils.includes(profil))?.fiche) || variantes[0].fiche;
}

/** Every aid by its first variant (the médecins brochure where both brochures describe it). */
export const AIDES: Readonly<Record<AideId, FicheAide>> = Object.fromEntries(IDS_AIDES.map((id) => [id, ficheAide(id)])) as Record<AideId, FicheAide>;

/** Profiles in display order, each with the aids it is shown (eligible or not), in file order. */
export const PROFIL_PAR_ID: ReadonlyMap<ProfilId, Profil & { aides: readonly AideId[] }> = new Map(
	PROFILS.map((p) => [p.id, { ...p, aides: [...MODELE.aides].filter(([, a]) => a.variantes.some((v) => v.profils.includes(p.id))).map(([id]) => id) }])
);
