/**
 * An aid's rule in plain French, for its page (/aides/<id>): the conditions as a tree whose leaves
 * are commune data, questions asked, or fixed facts — read from the same rules the engine runs, so
 * the page cannot drift from the results.
 */
import { COUCHE_PAR_ID, valeurCouche } from '../zonages/couches';
import { COUCHE_PAR_VARIABLE, QUESTION_PAR_REGLE, RAISONS, REGLES } from './catalogue';

export type Noeud =
	| { type: 'toutes' | 'une'; texte: string; enfants: Noeud[] }
	| { type: 'question' | 'donnee' | 'fait'; texte: string };

const OPERATEURS: Record<string, string> = { '=': ':', '!=': ': autre que', '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

/** "commune . zonage médecins = 'ZIP'", "CAIM . en cours = non", "COTRAM . âge du médecin >= 60"… */
function comparaison(expression: string): Noeud | null {
	const m = expression.match(/^(.+?) (=|!=|>=|<=|>|<) (.+)$/);
	if (!m || !Object.hasOwn(REGLES, m[1])) return null;
	const [, nom, op, brut] = m;
	const valeur = brut.replace(/^'|'$/g, '');
	const question = QUESTION_PAR_REGLE.get(nom);
	if (question) {
		const libelle = question.options?.find((o) => o.id === valeur)?.libelle ?? valeur;
		return { type: 'question', texte: `Réponse à « ${question.libelle} » ${OPERATEURS[op]} ${libelle}` };
	}
	const couche = COUCHE_PAR_VARIABLE.get(nom);
	if (couche) {
		const libelle = valeurCouche(couche, valeur)?.label ?? valeur;
		return { type: 'donnee', texte: `${COUCHE_PAR_ID[couche].label} de la commune ${OPERATEURS[op]} ${libelle}` };
	}
	return { type: 'fait', texte: `${REGLES[nom].titre ?? nom} ${OPERATEURS[op]} ${valeur}` };
}

export function arbre(expression: string): Noeud {
	if (!Object.hasOwn(REGLES, expression)) return comparaison(expression) ?? { type: 'fait', texte: expression };
	const regle = REGLES[expression];
	const titre = regle.titre ?? '';
	const toutes = regle['toutes ces conditions'];
	const une = regle['une de ces conditions'];
	if (toutes || une) {
		// Conditions on the chosen profile are told by the rule's title ("Médecin libéral…").
		if (regle.titre && (toutes ?? une)!.every((c) => c.startsWith('profil ='))) return { type: 'fait', texte: titre };
		const enfants = (toutes ?? une)!.map(arbre);
		// A single condition reads better without its "all of" wrapper.
		if (enfants.length === 1 && !regle.titre) return enfants[0];
		return { type: toutes ? 'toutes' : 'une', texte: titre, enfants };
	}
	const question = QUESTION_PAR_REGLE.get(expression);
	if (question) return { type: 'question', texte: `Question posée : ${question.libelle}` };
	if (regle.valeur !== undefined) {
		const v = String(regle.valeur);
		if (v === 'non' || v === 'oui') return { type: 'fait', texte: RAISONS.get(expression)?.[v] ?? (titre || expression) };
		const c = comparaison(v);
		if (!c || !regle.titre) return c ?? arbre(v);
		// The rule's title says the condition; a question keeps its wording next to it.
		const question = QUESTION_PAR_REGLE.get(v.split(/ (?:=|!=|>=|<=|>|<) /)[0]);
		return { ...c, texte: question ? `${regle.titre} (question posée : « ${question.libelle} »)` : regle.titre };
	}
	return { type: 'fait', texte: `${titre || expression} : ${regle.description ?? 'à vérifier auprès des financeurs'}` };
}
