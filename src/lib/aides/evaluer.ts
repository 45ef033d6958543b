/**
 * The only entry point the UI and the CLI use: evaluates the publicodes rules for one commune and
 * one profile, and turns each aid into a ResultatAide (status, reasons, questions, brochure facts).
 *
 * Communes share few distinct zoning signatures, and each aid reads only a few of those fields:
 * verdicts are memoised per (aid rule, profile, answers, values the rule reads), whole result
 * lists per (profile, answers, signature), and one Engine is reused.
 */
import Engine, { type Logger } from 'publicodes';
import type { Commune } from '../commune/types';
import { COUCHE_PAR_ID, NON_DISPONIBLE, type CoucheId } from '../zonages/couches';
import { ficheAide } from './fiches';
import { PROFIL_PAR_ID, QUESTIONS, QUESTION_PAR_REGLE, estCleQuestion } from './profils';
import { REGLES, type NomRegle, type Regle } from './regles';
import type { ProfilId, Question, Reponses, ResultatAide, Statut } from './types';

/** Builds an engine on the rules; the logger option lets tests assert that parsing warns nothing. */
export function creerMoteur(logger?: Logger): Engine {
	return new Engine(REGLES as unknown as ConstructorParameters<typeof Engine>[0], logger ? { logger } : undefined);
}

/** The commune fields the rules read; null = "non disponible" (left out of the situation). */
interface Signature {
	'zonage-medecins': string | null;
	'zonage-dentistes': string | null;
	massif: string | null;
	/** Only the 3 priority départements matter to the rules. */
	departement: '09' | '32' | '65' | 'autre';
	qpv: boolean;
	zrr: string | null;
	frr: string | null;
}

const VARIABLE_COMMUNE = {
	'zonage-medecins': 'commune . zonage médecins',
	'zonage-dentistes': 'commune . zonage dentistes',
	massif: 'commune . massif',
	zrr: 'commune . zrr',
	frr: 'commune . frr'
} as const satisfies Partial<Record<CoucheId, NomRegle>>;

const COUCHE_PAR_VARIABLE = new Map<string, CoucheId>(
	Object.entries(VARIABLE_COMMUNE).map(([couche, variable]) => [variable, couche as CoucheId])
);

const DEPARTEMENTS_PRIORITAIRES = { '09': 'Ariège (09)', '32': 'Gers (32)', '65': 'Hautes-Pyrénées (65)' } as const;
const MASSIFS: Record<string, string> = { 'massif-central': 'Massif central', pyrenees: 'massif des Pyrénées' };

function signature(c: Commune): Signature {
	const valeur = (couche: CoucheId) => {
		const v = c.zonages[couche];
		return v && v !== NON_DISPONIBLE ? v : null;
	};
	return {
		'zonage-medecins': valeur('zonage-medecins'),
		'zonage-dentistes': valeur('zonage-dentistes'),
		massif: valeur('massif'),
		departement: c.departement in DEPARTEMENTS_PRIORITAIRES ? (c.departement as '09' | '32' | '65') : 'autre',
		qpv: c.zonages.qpv === 'avec-qpv',
		zrr: valeur('zrr'),
		frr: valeur('frr')
	};
}

type Situation = Record<string, string | number>;

function situation(sig: Signature, profil: ProfilId, reponses: Reponses): Situation {
	const s: Situation = {
		profil: `'${profil}'`,
		'commune . département': `'${sig.departement}'`,
		'commune . avec QPV': sig.qpv ? 'oui' : 'non'
	};
	for (const [couche, variable] of Object.entries(VARIABLE_COMMUNE)) {
		const v = sig[couche as keyof typeof VARIABLE_COMMUNE];
		if (v !== null) s[variable] = `'${v}'`;
	}
	for (const [cle, v] of Object.entries(reponses)) {
		if (estCleQuestion(cle)) s[QUESTIONS[cle].regle] = typeof v === 'boolean' ? (v ? 'oui' : 'non') : v;
	}
	return s;
}

/** Labels substituted into the rules' reason texts. */
function libelles(sig: Signature): Record<string, string> {
	const label = (couche: CoucheId, v: string | null) =>
		v === null ? 'non disponible' : (COUCHE_PAR_ID[couche].valeurs.find((x) => x.id === v)?.label ?? v);
	// Lower-case the label's first letter unless it starts an acronym (« FRR socle »).
	const minuscule = (s: string) => (/^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
	return {
		'zonage-medecins': sig['zonage-medecins'] ?? 'zone non disponible',
		'zonage-dentistes': minuscule(label('zonage-dentistes', sig['zonage-dentistes'])),
		massif: MASSIFS[sig.massif ?? ''] ?? 'hors massif',
		departement: sig.departement === 'autre' ? 'autre' : DEPARTEMENTS_PRIORITAIRES[sig.departement],
		frr: minuscule(label('frr', sig.frr))
	};
}

type Valeur = 'oui' | 'non' | 'inconnu';

const estNomRegle = (nom: string): nom is NomRegle => Object.hasOwn(REGLES, nom);

/** Evaluates the rules for one situation and explains them in French. */
class Evaluation {
	private valeurs = new Map<string, { valeur: Valeur; manquantes: string[] }>();

	constructor(
		private moteur: Engine,
		private textes: Record<string, string>
	) {}

	evaluer(nom: NomRegle) {
		let v = this.valeurs.get(nom);
		if (!v) {
			const n = this.moteur.evaluate(nom);
			const manquantes = Object.keys(n.missingVariables ?? {});
			const valeur: Valeur =
				n.nodeValue === true ? 'oui' : n.nodeValue === false || manquantes.length === 0 ? 'non' : 'inconnu';
			v = { valeur, manquantes };
			this.valeurs.set(nom, v);
		}
		return v;
	}

	private texte(modele: string): string {
		return modele.replace(/\{([a-z-]+)\}/g, (_, cle: string) => this.textes[cle] ?? cle);
	}

	/**
	 * Walks a condition tree: a condition's own sentence when it has one for its value, otherwise
	 * the sentences of the children that decide it (all failing ones of a `toutes ces conditions`,
	 * every child of a failed `une de ces conditions`…), and for unsettled leaves what is missing.
	 */
	expliquer(nom: NomRegle): string[] {
		const { valeur, manquantes } = this.evaluer(nom);
		const regle: Regle = REGLES[nom];
		const propre = regle.raisons?.[valeur];
		if (propre && valeur !== 'inconnu') return [this.texte(propre)];
		const toutes = regle['toutes ces conditions'];
		const enfants = (toutes ?? regle['une de ces conditions'] ?? []).filter(estNomRegle);
		const retenus = enfants.filter((e) => {
			const v = this.evaluer(e).valeur;
			// A condition with its own "inconnu" sentence already says why the failing children do not settle it.
			if (valeur === 'inconnu') return !(propre && v === 'non');
			return v === valeur || (valeur === 'non' && !toutes);
		});
		const raisons = propre ? [this.texte(propre)] : [];
		raisons.push(...retenus.flatMap((e) => this.expliquer(e)));
		if (valeur === 'inconnu' && enfants.length === 0) raisons.push(...manquantes.map(texteManquant));
		return raisons;
	}
}

function texteManquant(variable: string): string {
	const question = QUESTION_PAR_REGLE.get(variable);
	if (question) return `À préciser : ${question.libelle}`;
	const couche = COUCHE_PAR_VARIABLE.get(variable);
	const donnee = couche ? COUCHE_PAR_ID[couche].court : variable;
	const contact = couche === 'zrr' || couche === 'frr' ? 'la DDFIP' : 'l’ARS';
	return `Donnée « ${donnee} » non disponible pour cette commune : l’éligibilité ne peut pas être établie ici, renseignez-vous auprès de ${contact}.`;
}

function questionsManquantes(manquantes: string[]): Question[] {
	return manquantes.flatMap((v) => {
		const q = QUESTION_PAR_REGLE.get(v);
		return q ? [q] : [];
	});
}

const STATUT: Record<Valeur, Statut> = { oui: 'eligible', non: 'non-eligible', inconnu: 'a-preciser' };

const VARIABLES_COMMUNE = Object.keys(REGLES).filter((nom) => nom.startsWith('commune . '));
const variables = new Map<NomRegle, string[]>();

/** Commune variables a rule reads, directly or through the rules it references (static walk). */
function variablesLues(nom: NomRegle): string[] {
	let v = variables.get(nom);
	if (!v) {
		const regle: Regle = REGLES[nom];
		const textes = [regle.valeur ?? '', ...(regle['toutes ces conditions'] ?? []), ...(regle['une de ces conditions'] ?? [])];
		const lues = new Set(VARIABLES_COMMUNE.filter((c) => c === nom || textes.some((t) => t.includes(c))));
		for (const t of textes) if (estNomRegle(t) && t !== nom) variablesLues(t).forEach((c) => lues.add(c));
		v = [...lues].sort();
		variables.set(nom, v);
	}
	return v;
}

interface Verdict {
	statut: Statut;
	raisons: string[];
	questions: Question[];
}

let moteur: Engine | null = null;
/** Per-aid verdicts, keyed by rule, profile, answers and only the commune values the rule reads. */
const verdicts = new Map<string, Verdict>();
/** Whole result lists, keyed by profile, answers and the commune's full signature. */
const memo = new Map<string, readonly ResultatAide[]>();
/** Bounds memory when a user tries many answer combinations. */
const MEMO_MAX = 20_000;

function resultats(sig: Signature, profil: ProfilId, reponses: Reponses, cleReponses: string): ResultatAide[] {
	const s = situation(sig, profil, reponses);
	// The engine's situation is only (re)set when some aid's verdict is not memoised yet.
	let evaluation: Evaluation | null = null;
	const aides = PROFIL_PAR_ID.get(profil)!.aides;
	return aides.map((id): ResultatAide => {
		const f = ficheAide(id, profil);
		const cle = [f.regle, profil, cleReponses, ...variablesLues(f.regle).map((v) => s[v] ?? '∅')].join('|');
		let verdict = verdicts.get(cle);
		if (!verdict) {
			if (!evaluation) {
				moteur ??= creerMoteur();
				moteur.setSituation(s as Parameters<Engine['setSituation']>[0]);
				evaluation = new Evaluation(moteur, libelles(sig));
			}
			const { valeur, manquantes } = evaluation.evaluer(f.regle);
			verdict = {
				statut: STATUT[valeur],
				raisons: evaluation.expliquer(f.regle),
				questions: valeur === 'inconnu' ? questionsManquantes(manquantes) : []
			};
			verdicts.set(cle, verdict);
		}
		return {
			id,
			titre: f.titre,
			statut: verdict.statut,
			raisons: [...new Set([...verdict.raisons, ...f.notes])],
			questions: verdict.questions,
			montant: f.montant,
			montantTexte: f.montantTexte,
			duree: f.duree,
			financeur: f.financeur,
			obligations: f.obligations,
			incompatibleAvec: f.incompatibleAvec.filter((autre) => aides.includes(autre)),
			source: f.source,
			validite: f.validite
		};
	});
}

/** Checks answer keys and value types; throws a French message on the first problem. */
export function validerReponses(reponses: Reponses): void {
	for (const [cle, v] of Object.entries(reponses)) {
		if (!estCleQuestion(cle)) throw new Error(`Question inconnue : « ${cle} ».`);
		const attendu = QUESTIONS[cle].type === 'nombre' ? 'number' : 'boolean';
		if (typeof v !== attendu || (typeof v === 'number' && !Number.isFinite(v))) {
			throw new Error(`Réponse invalide pour « ${cle} » : ${attendu === 'number' ? 'un nombre' : 'oui ou non'} attendu.`);
		}
	}
}

function geler<T>(o: T): T {
	if (o && typeof o === 'object' && !Object.isFrozen(o)) {
		Object.values(o).forEach(geler);
		Object.freeze(o);
	}
	return o;
}

/**
 * Every aid relevant to `profil`, evaluated for `commune` (results are shared and frozen).
 * `reponses` maps QUESTIONS keys to booleans ('oui-non') or numbers ('nombre').
 */
export function evaluerAides(commune: Commune, profil: ProfilId, reponses: Reponses = {}): readonly ResultatAide[] {
	if (!PROFIL_PAR_ID.has(profil)) throw new Error(`Profil inconnu : « ${profil} ».`);
	validerReponses(reponses);
	const sig = signature(commune);
	const cleReponses = JSON.stringify(Object.entries(reponses).sort(([a], [b]) => a.localeCompare(b)));
	const cle = `${profil}|${cleReponses}|${JSON.stringify(sig)}`;
	let r = memo.get(cle);
	if (!r) {
		if (memo.size >= MEMO_MAX) viderMemo();
		r = geler(resultats(sig, profil, reponses, cleReponses));
		memo.set(cle, r);
	}
	return r;
}

/** Evaluates every commune for one profile (the map colouring and the benchmark use it). */
export function evaluerCommunes(
	communes: readonly Commune[],
	profil: ProfilId,
	reponses: Reponses = {}
): Map<string, readonly ResultatAide[]> {
	return new Map(communes.map((c) => [c.code, evaluerAides(c, profil, reponses)]));
}

/** Empties the memo (benchmarks measure cold runs with it). */
export function viderMemo(): void {
	memo.clear();
	verdicts.clear();
}
