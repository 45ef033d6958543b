/**
 * The only entry point the UI and the CLI use: evaluates the publicodes rules for one commune and
 * one profile, and turns each aid into a ResultatAide (status, reasons, questions, brochure facts).
 *
 * Communes share few distinct zoning signatures, and each aid reads only a few of those fields:
 * verdicts are memoised per (aid rule, profile, the commune values and answers the rule reads) — an
 * answer only re-evaluates the aids that ask it —, whole result lists per (profile, answers,
 * signature), and one Engine is reused.
 *
 * The rules' date enters the keys as its place among the dates the rules compare it with (classeDate):
 * two days no rule tells apart share their verdicts. An aid's adhesion window (`R à la date`) is
 * decided from its dates, and R's verdict is reused from one date to another. The engine is given
 * only what changed in the situation, and rules are evaluated from their parsed nodes.
 */
import Engine, { reduceAST, type Logger } from 'publicodes';
import type { Commune } from '../commune/types';
import { COUCHE_PAR_ID, NON_DISPONIBLE, libelleCourt, valeurCouche, type CoucheId } from '../zonages/couches';
import { fenetreOuverte, type FicheAide } from './modele';
import { COUCHE_PAR_VARIABLE, FENETRES, PROFIL_PAR_ID, QUESTIONS, QUESTION_PAR_REGLE, RAISONS, REGLES, VALIDITES, ficheAide, verifierReponse } from './catalogue';
import type { AideId, Document, ProfilId, Question, Reponse, Reponses, ResultatAide, Statut } from './types';
import { DATES_BROCHURES, aujourdhui, enDatePublicodes, lireDateRegles } from './date';

/** Builds an engine on the rules; the logger option lets tests assert that parsing warns nothing. */
export function creerMoteur(logger?: Logger): Engine {
	return new Engine(REGLES as ConstructorParameters<typeof Engine>[0], logger ? { logger } : undefined);
}

const DEPARTEMENTS_PRIORITAIRES: Record<string, string> = { '09': 'Ariège (09)', '32': 'Gers (32)', '65': 'Hautes-Pyrénées (65)' };
const MASSIFS: Record<string, string> = { 'massif-central': 'Massif central', pyrenees: 'massif des Pyrénées' };

/** What of a commune a profile's rules and texts read; null = "non disponible" (left out of the situation). */
interface Signature {
	zonages: Partial<Record<CoucheId, string | null>>;
	/** Only the 3 priority départements matter to the rules. */
	departement: string;
	qpv: boolean;
}

/** The layers a profile's aids read (conditions, remarks, placeholders of their notes): the memo key. */
const couchesParProfil = new Map<ProfilId, CoucheId[]>();
function couchesLues(profil: ProfilId): CoucheId[] {
	let couches = couchesParProfil.get(profil);
	if (!couches) {
		moteur ??= creerMoteur();
		const ids = new Set<CoucheId>();
		for (const id of PROFIL_PAR_ID.get(profil)!.aides) {
			const f = ficheAide(id, profil);
			for (const v of [f.regle, ...f.remarques].flatMap(variablesLues)) {
				const couche = COUCHE_PAR_VARIABLE.get(v);
				if (couche) ids.add(couche);
			}
			for (const [, k] of f.notes.join(' ').matchAll(/\{([a-z-]+)\}/g)) if (k in COUCHE_PAR_ID) ids.add(k as CoucheId);
		}
		couches = [...ids].sort();
		couchesParProfil.set(profil, couches);
	}
	return couches;
}

function signature(c: Commune, profil: ProfilId): Signature {
	const zonages: Signature['zonages'] = {};
	for (const couche of couchesLues(profil)) {
		const v = c.zonages[couche];
		zonages[couche] = v && v !== NON_DISPONIBLE ? v : null;
	}
	return { zonages, departement: c.departement in DEPARTEMENTS_PRIORITAIRES ? c.departement : 'autre', qpv: c.zonages.qpv === 'avec-qpv' };
}

type Situation = Record<string, string | number>;

/** Commune variables whose rule lists « non-disponible » as a value (the local layers): given it, not left missing. */
const NON_DISPONIBLE_EXPLICITE = new Set([...COUCHE_PAR_VARIABLE.keys()].filter((v) => REGLES[v]['une possibilité']?.includes(`'${NON_DISPONIBLE}'`)));

const enPublicodes = (v: Reponse) => (typeof v === 'boolean' ? (v ? 'oui' : 'non') : typeof v === 'string' ? `'${v}'` : v);

function situation(sig: Signature, profil: ProfilId, reponses: Reponses, date: string): Situation {
	const s: Situation = {
		date: enDatePublicodes(date),
		profil: `'${profil}'`,
		'commune . département': `'${sig.departement}'`,
		'commune . avec QPV': sig.qpv ? 'oui' : 'non'
	};
	for (const [variable, couche] of COUCHE_PAR_VARIABLE) {
		const v = sig.zonages[couche] ?? (NON_DISPONIBLE_EXPLICITE.has(variable) ? NON_DISPONIBLE : null);
		if (v) s[variable] = `'${v}'`;
	}
	for (const [cle, v] of Object.entries(reponses)) s[QUESTIONS[cle].regle] = enPublicodes(v);
	return s;
}

/** The situation the engine is given for a commune (what the tests evaluate afresh to check the memo). */
export function situationPublicodes(commune: Commune, profil: ProfilId, reponses: Reponses = {}, date = aujourdhui()): Situation {
	moteur ??= creerMoteur();
	return situation(signature(commune, profil), profil, reponses, date);
}

/** Labels substituted into the texts: {<layer id>}, {massif}, {departement}, {situation}. */
function libelles(sig: Signature, reponses: Reponses): Record<string, string> {
	// Lower-case the label's first letter unless it starts an acronym (« FRR socle », « ZIP »).
	const minuscule = (s: string) => (/^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
	const textes: Record<string, string> = {};
	for (const [couche, v] of Object.entries(sig.zonages) as [CoucheId, string | null][]) {
		const valeur = v ? valeurCouche(couche, v) : undefined;
		textes[couche] = valeur ? minuscule(libelleCourt(valeur)) : 'non disponible';
	}
	textes.massif = MASSIFS[sig.zonages.massif ?? ''] ?? 'hors massif';
	textes.departement = DEPARTEMENTS_PRIORITAIRES[sig.departement] ?? 'autre';
	const situation = QUESTIONS.situation?.options?.find((o) => o.id === reponses.situation);
	if (situation) textes.situation = situation.libelle;
	return textes;
}

type Valeur = 'oui' | 'non' | 'inconnu';

const estNomRegle = (nom: string) => Object.hasOwn(REGLES, nom);

/** Evaluates the rules for one situation and explains them in French. */
class Evaluation {
	private valeurs = new Map<string, { valeur: Valeur; manquantes: string[]; applicable: boolean; parcourues: string[] | null }>();

	constructor(
		private moteur: Engine,
		private textes: Record<string, string>
	) {}

	evaluer(nom: string) {
		let v = this.valeurs.get(nom);
		if (!v) {
			// The parsed rule itself: evaluate('nom') would parse the name as an expression, and publicodes
			// copies every parsed rule to do so.
			const n = this.moteur.evaluateNode(this.moteur.getRule(nom)) as ReturnType<Engine['evaluateNode']> & { traversedVariables?: string[] };
			const manquantes = Object.keys(n.missingVariables ?? {});
			const valeur: Valeur = n.nodeValue === true ? 'oui' : n.nodeValue === false || manquantes.length === 0 ? 'non' : 'inconnu';
			// A condition made non applicable (a local layer not imported) explains nothing.
			v = { valeur, manquantes, applicable: n.nodeValue !== null, parcourues: n.traversedVariables ?? null };
			this.valeurs.set(nom, v);
		}
		return v;
	}

	texte(modele: string): string {
		return modele.replace(/\{([a-z-]+)\}/g, (_, cle: string) => this.textes[cle] ?? cle);
	}

	/**
	 * Walks a condition tree: a condition's own sentence when it has one for its value, otherwise
	 * the sentences of the children that decide it (all failing ones of a `toutes ces conditions`,
	 * every child of a failed `une de ces conditions`…); for what stays unsettled, its own context
	 * sentence, then the unsettled children, then whatever data or answer no child accounts for.
	 */
	expliquer(nom: string): string[] {
		const { valeur, manquantes } = this.evaluer(nom);
		const regle = REGLES[nom];
		const propre = RAISONS.get(nom)?.[valeur];
		if (propre && valeur !== 'inconnu') return [this.texte(propre)];
		const toutes = regle['toutes ces conditions'];
		const enfants = (toutes ?? regle['une de ces conditions'] ?? []).filter((e) => estNomRegle(e) && this.evaluer(e).applicable);
		const retenus = enfants.filter((e) => {
			const v = this.evaluer(e).valeur;
			// A condition with its own "inconnu" sentence already says why the failing children do not settle it.
			if (valeur === 'inconnu') return !(propre && v === 'non');
			return v === valeur || (valeur === 'non' && !toutes);
		});
		const raisons = propre ? [this.texte(propre)] : [];
		raisons.push(...retenus.flatMap((e) => this.expliquer(e)));
		const expliquees = retenus.some((e) => this.evaluer(e).valeur === 'inconnu');
		if (valeur === 'inconnu' && !expliquees) {
			// Missing answers are the result's `questions`, not sentences.
			raisons.push(...manquantes.filter((v) => !(propre && v === nom) && !QUESTION_PAR_REGLE.has(v)).map(texteManquant));
		}
		return raisons;
	}
}

function texteManquant(variable: string): string {
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

/** The inputs of the rules: the date, the profile, the commune's data and the questions. */
const estEntree = (r: string) => r === 'date' || r === 'profil' || r.startsWith('commune . ') || QUESTION_PAR_REGLE.has(r);

const variables = new Map<string, string[]>();

/**
 * The inputs a rule reads — commune variables and questions —, directly or through the rules it
 * references (from the parsed rules): the part of a situation its verdict depends on.
 */
function variablesLues(nom: string): string[] {
	let v = variables.get(nom);
	if (!v) {
		variables.set(nom, []); // guards against reference cycles while walking
		const references = reduceAST<string[]>(
			(acc, n) => {
				if (n.nodeKind === 'reference' && n.dottedName) acc.push(n.dottedName);
				return undefined;
			},
			[],
			moteur!.getRule(nom)
		);
		const lues = new Set<string>();
		for (const r of references) {
			if (r === 'date' || r.startsWith('commune . ') || QUESTION_PAR_REGLE.has(r)) lues.add(r);
			if (r !== nom && estNomRegle(r)) variablesLues(r).forEach((c) => lues.add(c));
		}
		v = [...lues].sort();
		variables.set(nom, v);
	}
	return v;
}

/** What the map needs of an aid in a commune: cheap, one evaluation of the aid's rule. */
interface Verdict {
	statut: Statut;
	questions: Question[];
	validites: string[];
}

let moteur: Engine | null = null;
/** The situation the engine holds (the last one given), to give it only what changes from one commune to the next. */
let situationMoteur: Situation | null = null;

/**
 * Sets `s` on the engine. When no variable of the situation it holds is missing from `s`, only the
 * changed values are given (keepPreviousSituation): publicodes then parses and checks those alone.
 */
function poserSituation(s: Situation): void {
	const avant = situationMoteur;
	if (avant === s) return;
	if (avant && Object.keys(avant).every((k) => k in s)) {
		const changees = Object.entries(s).filter(([k, v]) => avant[k] !== v);
		if (!changees.length) return void (situationMoteur = s);
		moteur!.setSituation(Object.fromEntries(changees) as Parameters<Engine['setSituation']>[0], { keepPreviousSituation: true });
	} else moteur!.setSituation(s as Parameters<Engine['setSituation']>[0]);
	situationMoteur = s;
	// publicodes then notes on each evaluated node the rules its evaluation went through (its
	// `traversedVariables`, switched on by this stack in the cache a new situation starts): what a
	// verdict was read from (statutRegle).
	(moteur as unknown as { cache: { traversedVariablesStack?: Set<string>[] } }).cache.traversedVariablesStack = [];
}

/** Per-aid verdicts, keyed by rule, profile and only the commune values and answers the rule reads. */
const verdicts = new Map<string, Verdict>();
/**
 * Each rule's evaluations so far, with the inputs each one read and their values (the date by its class):
 * a situation with the same values there has the same status (statutRegle). What a window reuses from one
 * date to another.
 */
const statutsRegles = new Map<string, { lues: [string, string | number][]; statut: { statut: Statut; questions: Question[] } }[]>();
/** Their explanations, same keys, written only for the communes someone opens (a walk of the whole tree). */
const explications = new Map<string, string[]>();
/** Whole result lists, keyed by profile, answers and the commune's full signature. */
const memo = new Map<string, readonly ResultatAide[]>();
/** Statuses only, same keys: what the map, its legend and the neighbours read for every commune. */
const memoStatuts = new Map<string, ReadonlyMap<AideId, Statut>>();
/** Bounds memory when a user tries many answer combinations. */
const MEMO_MAX = 20_000;

/**
 * The dates the rules compare the rules' date with (AAAA-MM-JJ, sorted), or null when some rule uses
 * the date otherwise than in a comparison with a fixed date: then every day is its own class.
 */
let bornesDates: string[] | null | undefined;
function lireBornesDates(): string[] | null {
	const comparaisons = new Set(['<', '<=', '>', '>=', '=', '!=']);
	const bornes = new Set<string>();
	const references = new Set<object>();
	const comptees = new Set<object>();
	type Noeud = { nodeKind: string; dottedName?: string; operationKind?: string; type?: string; nodeValue?: unknown; explanation?: unknown };
	const estDate = (n: Noeud) => n.nodeKind === 'reference' && n.dottedName === 'date';
	const constante = (n: Noeud) => (n.nodeKind === 'constant' && n.type === 'date' && typeof n.nodeValue === 'string' ? n.nodeValue : null);
	for (const regle of Object.values(moteur!.getParsedRules())) {
		reduceAST<null>(
			(_, n) => {
				const noeud = n as unknown as Noeud;
				if (estDate(noeud)) references.add(noeud);
				if (noeud.nodeKind === 'operation' && comparaisons.has(noeud.operationKind!)) {
					const [a, b] = noeud.explanation as Noeud[];
					for (const [ref, val] of [
						[a, b],
						[b, a]
					]) {
						const jour = constante(val);
						if (estDate(ref) && jour) {
							const [j, m, an] = jour.split('/');
							bornes.add(`${an}-${m}-${j}`);
							comptees.add(ref);
						}
					}
				}
				return undefined;
			},
			null,
			regle
		);
	}
	return [...references].every((r) => comptees.has(r)) ? [...bornes].sort() : null;
}

/**
 * The class of a rules' date: its place among the dates the rules compare it with (before the first,
 * on it, between it and the next…). Two dates of one class are told apart by no rule.
 */
export function classeDate(date: string): string {
	moteur ??= creerMoteur();
	if (bornesDates === undefined) bornesDates = lireBornesDates();
	if (!bornesDates) return date;
	const avant = bornesDates.filter((b) => b < date).length;
	return bornesDates.includes(date) ? `=${avant}` : `<${avant}`;
}

/** The inputs an aid's rules read (its rule and its remarks), per fiche. */
const luesParFiche = new WeakMap<FicheAide, string[]>();
function luesFiche(f: FicheAide): string[] {
	let lues = luesParFiche.get(f);
	if (!lues) {
		lues = [...new Set([f.regle, ...f.remarques].flatMap(variablesLues))].sort();
		luesParFiche.set(f, lues);
	}
	return lues;
}

/**
 * One commune's situation, set on the engine only when something about it is not memoised yet:
 * setting a situation is the costly step, so all the aids of one commune share it.
 */
class SituationCommune {
	private s: Situation;
	private evaluation: Evaluation | null = null;
	/** The situation as memo keys read it: the date by its class. */
	private cles: Situation;
	readonly textes: Record<string, string>;

	constructor(
		sig: Signature,
		readonly profil: ProfilId,
		reponses: Reponses,
		private date: string
	) {
		this.s = situation(sig, profil, reponses, date);
		this.cles = { ...this.s, date: classeDate(date) };
		this.textes = libelles(sig, reponses);
	}

	private moteur(): Evaluation {
		poserSituation(this.s);
		this.evaluation ??= new Evaluation(moteur!, this.textes);
		return this.evaluation;
	}

	private cleDe(regle: string, lues: readonly string[]): string {
		return [regle, this.profil, ...lues.map((v) => this.cles[v] ?? '∅')].join('|');
	}

	/** The memo key of an aid's verdict and explanation here, and the inputs its rules read. */
	cle(f: FicheAide): { cle: string; lues: string[] } {
		const lues = luesFiche(f);
		return { cle: this.cleDe(f.regle, lues), lues };
	}

	/**
	 * A rule's status here; a window's from its dates and the status of the rule it opens. Each evaluation is
	 * kept with the inputs it actually read — publicodes stops at the first condition that fails, so it
	 * often reads few of those the rule names — and serves every situation that has the same values there.
	 */
	private statutRegle(regle: string): { statut: Statut; questions: Question[] } {
		const fenetre = FENETRES.get(regle);
		if (fenetre) return fenetreOuverte(fenetre, this.date) ? this.statutRegle(fenetre.regle) : FERMEE;
		let lectures = statutsRegles.get(regle);
		if (!lectures) statutsRegles.set(regle, (lectures = []));
		for (const l of lectures) if (l.lues.every(([v, valeur]) => (this.cles[v] ?? '∅') === valeur)) return l.statut;
		const { valeur, manquantes, parcourues } = this.moteur().evaluer(regle);
		const statut = { statut: STATUT[valeur], questions: valeur === 'inconnu' ? questionsManquantes(manquantes) : [] };
		// Without the engine's record, every input the rule names, and the profile.
		const lues = parcourues ? parcourues.filter(estEntree) : [...variablesLues(regle), 'profil'];
		lectures.push({ lues: lues.map((v) => [v, this.cles[v] ?? '∅']), statut });
		return statut;
	}

	verdict(f: FicheAide): Verdict {
		const { cle, lues } = this.cle(f);
		let v = verdicts.get(cle);
		if (!v) {
			const validites = lues.flatMap((x) => VALIDITES.get(x) ?? []);
			v = f.information ? { statut: 'information', questions: [], validites } : { ...this.statutRegle(f.regle), validites };
			verdicts.set(cle, v);
		}
		return v;
	}

	raisons(f: FicheAide): string[] {
		const { cle } = this.cle(f);
		let r = explications.get(cle);
		if (!r) {
			const e = this.moteur();
			const remarques = f.remarques.flatMap((nom) => {
				const oui = RAISONS.get(nom)?.oui;
				return e.evaluer(nom).valeur === 'oui' && oui ? [e.texte(oui)] : [];
			});
			r = [...e.expliquer(f.regle), ...remarques];
			explications.set(cle, r);
		}
		return r;
	}
}

/** A closed window: « non », whatever the rule it opens. */
const FERMEE: { statut: Statut; questions: Question[] } = { statut: 'non-eligible', questions: [] };

const DATE_DU_DOCUMENT: Partial<Record<Document, string>> = { 'médecins 27/12/2023': DATES_BROCHURES.medecins, 'chirurgiens-dentistes 30/06/2023': DATES_BROCHURES.dentistes };

/** An ARS aid of a brochure read after its date: no official text since says whether it changed. */
function nonConfirme(f: FicheAide, date: string): string[] {
	const brochure = DATE_DU_DOCUMENT[f.source.document];
	if (!brochure || date <= brochure || f.fermeture || !f.financeur.startsWith('ARS')) return [];
	return [`Selon la brochure du ${enDatePublicodes(brochure)}, non confirmé depuis par un texte officiel : à vérifier auprès de l’ARS Occitanie.`];
}

function resultats(sig: Signature, profil: ProfilId, reponses: Reponses, date: string): ResultatAide[] {
	const ici = new SituationCommune(sig, profil, reponses, date);
	const aides = PROFIL_PAR_ID.get(profil)!.aides;
	const remplacer = (t: string) => t.replace(/\{([a-z-]+)\}/g, (_, k: string) => ici.textes[k] ?? k);
	return aides.map((id): ResultatAide => {
		const f = ficheAide(id, profil);
		const verdict = ici.verdict(f);
		const validites = [...new Set([...(f.validite ? [f.validite] : []), ...verdict.validites])];
		return {
			id,
			titre: f.titre,
			statut: verdict.statut,
			raisons: [...new Set([...ici.raisons(f), ...f.notes.map(remplacer), ...nonConfirme(f, date)])],
			questions: verdict.questions,
			montant: f.montant,
			montantTexte: f.montantTexte,
			versements: f.versements,
			collective: f.collective,
			duree: f.duree,
			financeur: f.financeur,
			obligations: f.obligations,
			incompatibleAvec: f.incompatibleAvec.filter((autre) => aides.includes(autre)),
			source: f.source,
			validite: validites.length ? validites.join(' ') : null,
			lieu: f.lieu,
			date,
			ouverture: f.ouverture,
			fermeture: f.fermeture,
			sourceValidite: f.sourceValidite,
			horsBrochure: f.source.document === 'hors brochure'
		};
	});
}

/** Checks answer keys and value types; throws a French message on the first problem. */
export function validerReponses(reponses: Reponses): void {
	for (const [cle, v] of Object.entries(reponses)) {
		const probleme = verifierReponse(cle, v);
		if (probleme) throw new Error(probleme);
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
 * Every aid relevant to `profil`, evaluated for `commune` at `date` (AAAA-MM-JJ, default today;
 * results are shared and frozen). `reponses` maps QUESTIONS keys to booleans ('oui-non'), numbers
 * ('nombre') or option ids ('choix').
 */
export function evaluerAides(commune: Commune, profil: ProfilId, reponses: Reponses = {}, date = aujourdhui()): readonly ResultatAide[] {
	const { prefixe } = preparer(profil, reponses, date);
	const { sig, cle } = signatureCommune(commune, profil);
	let r = memo.get(`${prefixe}|${cle}`);
	if (!r) {
		r = geler(resultats(sig, profil, reponses, date));
		memo.set(`${prefixe}|${cle}`, r);
	}
	return r;
}

/** Each aid's status in one commune, without the explanations: what a map of all communes needs. */
export function statutsAides(commune: Commune, profil: ProfilId, reponses: Reponses = {}, date = aujourdhui()): ReadonlyMap<AideId, Statut> {
	const { sig, cle } = signatureCommune(commune, profil);
	return statutsSignature(preparer(profil, reponses, date), sig, cle, profil, reponses, date);
}

/**
 * Every commune's statuses for one profile (the map, its legend, the neighbours, the CLI's --repartition):
 * worked out once per distinct signature, the communes sharing the result of theirs.
 */
export function statutsCommunes(
	communes: readonly Commune[],
	profil: ProfilId,
	reponses: Reponses = {},
	date = aujourdhui()
): Map<string, ReadonlyMap<AideId, Statut>> {
	const p = preparer(profil, reponses, date);
	const { groupes, groupeDe } = grouper(communes, profil);
	const parGroupe = groupes.map((g) => statutsSignature(p, g.sig, g.cle, profil, reponses, date));
	const r = new Map<string, ReadonlyMap<AideId, Statut>>();
	for (let i = 0; i < communes.length; i++) r.set(communes[i].code, parGroupe[groupeDe[i]]);
	return r;
}

function statutsSignature(p: Prefixes, sig: Signature, cleSig: string, profil: ProfilId, reponses: Reponses, date: string): ReadonlyMap<AideId, Statut> {
	const cle = `${p.prefixeStatuts}|${cleSig}`;
	let r = memoStatuts.get(cle);
	if (!r) {
		const ici = new SituationCommune(sig, profil, reponses, date);
		r = new Map(PROFIL_PAR_ID.get(profil)!.aides.map((id) => [id, ici.verdict(ficheAide(id, profil)).statut]));
		memoStatuts.set(cle, r);
	}
	return r;
}

/** Memo key prefixes of one evaluation: results read the date itself, statuses only its class. */
interface Prefixes {
	prefixe: string;
	prefixeStatuts: string;
}

/** Checks the profile, answers and date once, and gives the memo keys' prefixes. */
function preparer(profil: ProfilId, reponses: Reponses, date: string): Prefixes {
	if (!PROFIL_PAR_ID.has(profil)) throw new Error(`Profil inconnu : « ${profil} ».`);
	validerReponses(reponses);
	const lue = lireDateRegles(date);
	if ('erreur' in lue) throw new Error(lue.erreur);
	moteur ??= creerMoteur();
	if (memo.size + memoStatuts.size >= MEMO_MAX) viderMemo();
	const suite = `${profil}|${JSON.stringify(Object.entries(reponses).sort(([a], [b]) => a.localeCompare(b)))}`;
	return { prefixe: `${date}|${suite}`, prefixeStatuts: `${classeDate(date)}|${suite}` };
}

/** A commune's signature for a profile's rules, and its memo key (communes are read-only records: kept per object). */
const signatures = new WeakMap<Commune, Map<ProfilId, { sig: Signature; cle: string }>>();
function signatureCommune(commune: Commune, profil: ProfilId): { sig: Signature; cle: string } {
	let parProfil = signatures.get(commune);
	if (!parProfil) signatures.set(commune, (parProfil = new Map()));
	let r = parProfil.get(profil);
	if (!r) {
		const sig = signature(commune, profil);
		r = { sig, cle: `${sig.departement}|${sig.qpv}|${Object.values(sig.zonages).join('|')}` };
		parProfil.set(profil, r);
	}
	return r;
}

/**
 * A table's distinct signatures for a profile, and the index of each commune's. Those with the fewest
 * known values come first: going through them in that order, the engine's situation mostly gains or
 * changes values, and is given only those (poserSituation).
 */
interface Groupes {
	groupes: { sig: Signature; cle: string }[];
	groupeDe: Uint32Array;
}
const groupesParTable = new WeakMap<readonly Commune[], Map<ProfilId, Groupes>>();
function grouper(communes: readonly Commune[], profil: ProfilId): Groupes {
	let parProfil = groupesParTable.get(communes);
	if (!parProfil) groupesParTable.set(communes, (parProfil = new Map()));
	let g = parProfil.get(profil);
	if (!g) {
		const index = new Map<string, { sig: Signature; cle: string; n: number }>();
		const cles = communes.map((c) => {
			const sc = signatureCommune(c, profil);
			if (!index.has(sc.cle)) index.set(sc.cle, { ...sc, n: Object.values(sc.sig.zonages).filter((v) => v !== null).length });
			return sc.cle;
		});
		const groupes = [...index.values()].sort((a, b) => a.n - b.n || (a.cle < b.cle ? -1 : 1));
		const rang = new Map(groupes.map((x, i) => [x.cle, i]));
		g = { groupes: groupes.map(({ sig, cle }) => ({ sig, cle })), groupeDe: Uint32Array.from(cles, (c) => rang.get(c)!) };
		parProfil.set(profil, g);
	}
	return g;
}

/** The profile's aids that depend on the place, i.e. whose rule reads the commune's data (the map colours them). */
export function aidesDuLieu(profil: ProfilId): AideId[] {
	moteur ??= creerMoteur();
	return PROFIL_PAR_ID.get(profil)!.aides.filter((id) => {
		const f = ficheAide(id, profil);
		return [f.regle, ...f.remarques].flatMap(variablesLues).some((v) => v.startsWith('commune . '));
	});
}

/** Empties the memo (benchmarks measure cold runs with it). */
export function viderMemo(): void {
	memo.clear();
	memoStatuts.clear();
	verdicts.clear();
	statutsRegles.clear();
	explications.clear();
}
