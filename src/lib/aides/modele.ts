/**
 * Turns the rule files (src/lib/aides/regles/*.publicodes, parsed YAML) into what the engine and the
 * UI use: the publicodes rules, the French reasons of each condition, the questions, and each aid's
 * facts per profile. Pure and strict: a mistake in a rule file is an error naming the file, never a
 * silent default, so a reviewer's edit cannot quietly break a result.
 */
import { GROUPES_PROFILS, estProfil } from './profils';
import { enDatePublicodes, estJourCalendaire } from './date';
import { formatJour } from '../texte/format';
import type { AideId, Document, Montant, ProfilId, Question, Source, Versements } from './types';

export interface Raisons {
	oui?: string;
	non?: string;
	/** Context given when the condition cannot be settled yet (before the missing data or questions). */
	inconnu?: string;
}

/** An aid's facts as written in its file: in its `aide:` block, or in one of its `variantes`. */
export interface FaitsEcrits {
	profils?: string[];
	/** The rule deciding eligibility for these profiles (default: `<the aid's rule> . éligible`). */
	règle?: string;
	/** "M#12", "D#10", "M#25, #27" or "hors brochure" (then `référence` says what grounds it). */
	source?: string;
	référence?: string;
	lieu?: string;
	montant?: { min?: number; max: number; période: Montant['periode']; objet?: string };
	'montant en clair'?: string;
	versements?: VersementsEcrits;
	/** Paid to a structure, not to the person: shown apart from the person's sums. */
	collective?: boolean;
	durée?: string;
	financeur?: string;
	engagements?: string[];
	/** Other aid id → brochure page stating it. Declared in both aids' files, checked symmetric. */
	'non cumulable avec'?: Record<string, string>;
	/** Always added to the reasons; a variant's notes add to the aid's. */
	notes?: string[];
	validité?: string;
	/** Rules whose "oui" sentence is added to the reasons when they hold (context, not conditions). */
	remarques?: string[];
	/** An information entry: shown with its reasons, status « information », never a gain or a refusal. */
	information?: boolean;
}

/** The payment calendar as written: exactly one of `calendrier`, `années`, `durée inconnue`. */
export interface VersementsEcrits {
	calendrier?: number[];
	parts?: number[];
	années?: number;
	'durée inconnue'?: string;
	'en clair'?: string;
	source?: string;
}

export interface AideEcrite extends FaitsEcrits {
	id: string;
	/** First day (AAAA-MM-JJ) the aid can be newly subscribed; none = open since before the brochures. */
	ouverture?: string;
	/** Last day it can be newly subscribed; none = still open as far as the sources say. */
	fermeture?: string;
	/** What ends it and what replaced it, said after « Fermé aux nouvelles adhésions depuis le … ». */
	remplacement?: string;
	/** Text, article, address and date read that ground `ouverture` / `fermeture`. */
	'source de la validité'?: string;
	variantes?: FaitsEcrits[];
}

/** One rule as written: publicodes keys plus this project's own (stripped before the engine sees them). */
export interface RegleEcrite {
	titre?: string;
	description?: string;
	question?: string;
	valeur?: string | number;
	'une possibilité'?: string[];
	'toutes ces conditions'?: string[];
	'une de ces conditions'?: string[];
	raisons?: Raisons;
	/** Answer key of a question (URL, CLI). */
	clé?: string;
	type?: 'nombre';
	/** The accepted range of a 'nombre' answer, both included. */
	plage?: [number, number];
	/** Labels of the possibilities of a multiple-choice question. */
	réponses?: Record<string, string>;
	/** Said of every aid whose rule reads this (commune data superseded since the brochures). */
	validité?: string;
	/** For a commune variable: the layer (src/lib/zonages/couches.ts) whose value fills it. */
	couche?: string;
	aide?: AideEcrite;
}

export interface FichierRegles {
	fichier: string;
	regles: Record<string, RegleEcrite>;
}

/** What the engine evaluates: publicodes keys only. */
export type ReglePublicodes = Pick<RegleEcrite, 'titre' | 'description' | 'question' | 'valeur' | 'une possibilité' | 'toutes ces conditions' | 'une de ces conditions'>;

export interface FicheAide {
	id: AideId;
	titre: string;
	/** The publicodes rule that decides eligibility. */
	regle: string;
	montant: Montant | null;
	montantTexte: string | null;
	versements: Versements | null;
	collective: boolean;
	duree: string | null;
	financeur: string;
	obligations: string[];
	source: Source;
	validite: string | null;
	lieu: string | null;
	/** Context always added to the reasons (placeholders such as {zonage-infirmiers} allowed). */
	notes: string[];
	remarques: string[];
	information: boolean;
	/** The window (AAAA-MM-JJ, both days included) in which it can be newly subscribed. */
	ouverture: string | null;
	fermeture: string | null;
	sourceValidite: string | null;
	/** Other aids it cannot be combined with, and the page that says so. */
	nonCumuls: { aide: AideId; page: string }[];
	incompatibleAvec: AideId[];
}

export interface VarianteAide {
	profils: ProfilId[];
	fiche: FicheAide;
}

export interface Modele {
	regles: Record<string, ReglePublicodes>;
	raisons: ReadonlyMap<string, Raisons>;
	questions: ReadonlyMap<string, Question & { regle: string }>;
	/** Commune variable → what changed since the brochures about it. */
	validites: ReadonlyMap<string, string>;
	/** Commune variable → the layer that fills it. */
	couches: ReadonlyMap<string, string>;
	/** Every aid, in file order, with its variants. */
	aides: ReadonlyMap<AideId, { fichier: string; variantes: VarianteAide[] }>;
	/** Pairs declared non cumulables, each once, with the pages that say so. */
	nonCumuls: [AideId, AideId, string][];
	/**
	 * Each generated `R à la date` rule: the window it adds to R. The rule is the window's conditions
	 * (`date >= ouverture`, `date <= fermeture`) and R, in that order: closed, it is « non » whatever R;
	 * open, it is R (evaluer.ts reuses R's verdicts from one date to another).
	 */
	fenetres: ReadonlyMap<string, Fenetre>;
}

/** An adhesion window (AAAA-MM-JJ, both days included; null = open on that side) around the rule R. */
export interface Fenetre {
	regle: string;
	ouverture: string | null;
	fermeture: string | null;
}

/** Whether `date` (AAAA-MM-JJ) falls in the window: what its generated conditions say, compared as strings. */
export function fenetreOuverte(f: Fenetre, date: string): boolean {
	return (f.ouverture === null || date >= f.ouverture) && (f.fermeture === null || date <= f.fermeture);
}

const DOCUMENTS: Record<string, Document> = { M: 'médecins 27/12/2023', D: 'chirurgiens-dentistes 30/06/2023' };
const CLES_PROJET = ['raisons', 'clé', 'type', 'plage', 'réponses', 'validité', 'couche', 'aide'] as const;

export class ErreurRegles extends Error {}

function lendemain(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/**
 * The aid's window as publicodes rules beside its own, so that the explanation tree shows it:
 * `<aide> . ouverte` (date ≥ ouverture), `<aide> . pas encore fermée` (date ≤ fermeture), and for
 * each eligibility rule R, `R à la date` = the window and R. Returns the rule deciding eligibility.
 */
function fenetre(
	a: AideEcrite,
	nom: string,
	ou: string,
	ajouter: (nom: string, regle: ReglePublicodes, raisons?: Raisons) => void,
	fenetres: Map<string, Fenetre>
) {
	const { ouverture, fermeture, remplacement } = a;
	for (const d of [ouverture, fermeture]) {
		if (d !== undefined && !estJourCalendaire(d)) {
			throw new ErreurRegles(`${ou} : date « ${d} » invalide (AAAA-MM-JJ attendu).`);
		}
	}
	if (ouverture && fermeture && fermeture < ouverture) throw new ErreurRegles(`${ou} : fermeture (${fermeture}) avant l’ouverture (${ouverture}).`);
	if ((ouverture || fermeture) && !a['source de la validité']) throw new ErreurRegles(`${ou} : ouverture ou fermeture sans « source de la validité ».`);
	if (remplacement && !fermeture) throw new ErreurRegles(`${ou} : « remplacement » sans fermeture.`);
	const conditions: string[] = [];
	if (ouverture) {
		conditions.push(`${nom} . ouverte`);
		ajouter(`${nom} . ouverte`, { titre: `Ouverte aux adhésions depuis le ${formatJour(ouverture)}`, valeur: `date >= ${enDatePublicodes(ouverture)}` }, {
			non: `Pas encore ouverte à la date choisie : ouverte aux adhésions à partir du ${formatJour(ouverture)}.`
		});
	}
	if (fermeture) {
		conditions.push(`${nom} . pas encore fermée`);
		const ferme = `Fermé aux nouvelles adhésions depuis le ${formatJour(lendemain(fermeture))}.`;
		ajouter(`${nom} . pas encore fermée`, { titre: `Ouverte aux nouvelles adhésions jusqu’au ${formatJour(fermeture)}`, valeur: `date <= ${enDatePublicodes(fermeture)}` }, {
			non: remplacement ? `${ferme} ${remplacement}` : ferme
		});
	}
	return (regle: string) => {
		if (!conditions.length) return regle;
		ajouter(`${regle} à la date`, { titre: 'Ouverte aux adhésions à la date choisie, et ses conditions', 'toutes ces conditions': [...conditions, regle] });
		// Like the rule itself, the first aid to generate it gives its window (ajouter keeps the first).
		if (!fenetres.has(`${regle} à la date`)) fenetres.set(`${regle} à la date`, { regle, ouverture: ouverture ?? null, fermeture: fermeture ?? null });
		return `${regle} à la date`;
	};
}

function lireSource(texte: string | undefined, reference: string | undefined, ou: string): Source {
	if (texte === 'hors brochure') {
		if (!reference) throw new ErreurRegles(`${ou} : une aide « hors brochure » doit dire sa référence.`);
		return { document: 'hors brochure', page: '', reference };
	}
	const m = texte?.match(/^([MD])(#\d+(?:, #\d+)*)$/);
	if (!m) throw new ErreurRegles(`${ou} : source « ${texte ?? ''} » illisible (attendu « M#12 », « D#10 » ou « hors brochure »).`);
	return { document: DOCUMENTS[m[1]], page: m[2] };
}

const ANNEES_MAX = 5;

/** Checks a `versements` block against the amount it pays out; a mismatch is an error naming the file. */
function lireVersements(v: VersementsEcrits | undefined, montant: FaitsEcrits['montant'], ou: string): Versements | null {
	if (!v) {
		if (montant) throw new ErreurRegles(`${ou} : un montant chiffré doit dire ses « versements » (calendrier, années ou durée inconnue).`);
		return null;
	}
	const { calendrier, parts, années, 'durée inconnue': inconnue, 'en clair': enClair, source } = v;
	if (!montant) throw new ErreurRegles(`${ou} : « versements » sans montant chiffré.`);
	if (!enClair || !source) throw new ErreurRegles(`${ou} : « versements » doit dire « en clair » et « source ».`);
	if ([calendrier, années, inconnue].filter((x) => x !== undefined).length !== 1) {
		throw new ErreurRegles(`${ou} : « versements » demande exactement un de « calendrier », « années », « durée inconnue ».`);
	}
	const unique = montant.période === 'unique';
	if (calendrier) {
		if (!unique) throw new ErreurRegles(`${ou} : « calendrier » est pour un montant unique ; un montant par ${montant.période} prend « années ».`);
		if (!calendrier.length || calendrier.some((a, i) => !Number.isInteger(a) || a < 1 || a > ANNEES_MAX || (i > 0 && a <= calendrier[i - 1]))) {
			throw new ErreurRegles(`${ou} : « calendrier » attend des années croissantes de 1 à ${ANNEES_MAX}.`);
		}
		const p = parts ?? calendrier.map(() => 1 / calendrier.length);
		if (p.length !== calendrier.length || p.some((x) => !(x > 0)) || Math.abs(p.reduce((a, b) => a + b, 0) - 1) > 1e-9) {
			throw new ErreurRegles(`${ou} : « parts » attend une part positive par année du calendrier, de somme 1.`);
		}
		return { type: 'calendrier', annees: calendrier, parts: p, enClair, source };
	}
	if (parts) throw new ErreurRegles(`${ou} : « parts » va avec « calendrier ».`);
	if (unique) throw new ErreurRegles(`${ou} : un montant unique prend « calendrier », pas « années » ni « durée inconnue ».`);
	if (années !== undefined) {
		if (montant.période === 'jour') throw new ErreurRegles(`${ou} : un montant par jour prend « durée inconnue » (le nombre de jours dépend de la personne).`);
		if (!(années > 0 && années <= 50)) throw new ErreurRegles(`${ou} : « années » attend un nombre d’années positif.`);
		return { type: 'periodique', annees: années, enClair, source };
	}
	return { type: 'duree-inconnue', raison: inconnue!, enClair, source };
}

function lireProfils(noms: string[], ou: string): ProfilId[] {
	return noms.flatMap((nom) => {
		if (nom in GROUPES_PROFILS) return [...GROUPES_PROFILS[nom]];
		if (estProfil(nom)) return [nom];
		throw new ErreurRegles(`${ou} : profil ou groupe de profils inconnu « ${nom} ».`);
	});
}

export function construireModele(fichiers: readonly FichierRegles[], idsAttendus: readonly AideId[]): Modele {
	const ecrites = new Map<string, { regle: RegleEcrite; fichier: string }>();
	for (const { fichier, regles } of fichiers) {
		for (const [nom, regle] of Object.entries(regles)) {
			if (ecrites.has(nom)) throw new ErreurRegles(`${fichier} : la règle « ${nom} » est déjà définie dans ${ecrites.get(nom)!.fichier}.`);
			ecrites.set(nom, { regle: regle ?? {}, fichier });
		}
	}
	const existe = (nom: string) => ecrites.has(nom);

	// publicodes makes the children of a rule worth « non » not applicable — even answered questions —
	// so only namespaces (rules without a formula) may have children.
	for (const [nom, { regle, fichier }] of ecrites) {
		const formule = regle.valeur !== undefined || regle['toutes ces conditions'] || regle['une de ces conditions'];
		const enfant = formule && [...ecrites.keys()].find((autre) => autre.startsWith(`${nom} . `));
		if (enfant) throw new ErreurRegles(`${fichier} : « ${enfant} » ne peut pas dépendre de « ${nom} », qui a une valeur ; placez-la ailleurs.`);
	}

	const regles: Record<string, ReglePublicodes> = {};
	const raisons = new Map<string, Raisons>();
	const questions = new Map<string, Question & { regle: string }>();
	const validites = new Map<string, string>();
	const couches = new Map<string, string>();
	const fenetres = new Map<string, Fenetre>();
	for (const [nom, { regle, fichier }] of ecrites) {
		if (regle.couche) couches.set(nom, regle.couche);
		const publicodes: Record<string, unknown> = { ...regle };
		for (const cle of CLES_PROJET) delete publicodes[cle];
		regles[nom] = publicodes as ReglePublicodes;
		if (regle.raisons) raisons.set(nom, regle.raisons);
		if (regle.validité) validites.set(nom, regle.validité);
		if (regle.question) {
			const cle = regle.clé;
			if (!cle || !/^[a-z0-9-]+$/.test(cle)) throw new ErreurRegles(`${fichier} : la question « ${nom} » doit avoir une clé en minuscules (clé: …).`);
			if (questions.has(cle)) throw new ErreurRegles(`${fichier} : clé de question « ${cle} » déjà utilisée par « ${questions.get(cle)!.regle} ».`);
			const possibles = regle['une possibilité']?.map((p) => p.replace(/^'|'$/g, ''));
			const options = possibles?.map((id) => {
				const libelle = regle.réponses?.[id];
				if (!libelle) throw new ErreurRegles(`${fichier} : la réponse « ${id} » de « ${nom} » n’a pas de libellé (réponses: …).`);
				return { id, libelle };
			});
			questions.set(cle, {
				cle,
				libelle: regle.question,
				type: options ? 'choix' : regle.type === 'nombre' ? 'nombre' : 'oui-non',
				...(options && { options }),
				...(regle.plage && { plage: regle.plage }),
				regle: nom
			});
		}
	}

	const aides = new Map<AideId, { fichier: string; variantes: VarianteAide[] }>();
	const declares = new Map<AideId, Map<AideId, string>>();
	for (const [nom, { regle, fichier }] of ecrites) {
		const a = regle.aide;
		if (!a) continue;
		const ou = `${fichier} (« ${nom} »)`;
		const id = a.id as AideId;
		if (!idsAttendus.includes(id)) throw new ErreurRegles(`${ou} : identifiant d’aide inconnu « ${a.id} » (à ajouter au type AideId).`);
		if (aides.has(id)) throw new ErreurRegles(`${ou} : l’aide « ${id} » est déjà définie dans ${aides.get(id)!.fichier}.`);
		if (!regle.titre) throw new ErreurRegles(`${ou} : l’aide n’a pas de titre.`);
		const { variantes: ecritesVariantes, ...base } = a;
		// The aid's own `profils` make it a variant; each listed variant overrides its facts and adds notes.
		const liste: FaitsEcrits[] = [...(base.profils ? [{}] : []), ...(ecritesVariantes ?? [])];
		const nonCumuls = new Map<AideId, string>();
		const aLaDate = fenetre(a, nom, ou, (n, r, raisonsGenerees) => {
			if (regles[n]) return; // two variants sharing one rule share its dated twin
			if (ecrites.has(n)) throw new ErreurRegles(`${ou} : la règle « ${n} » est réservée à la fenêtre d’adhésion.`);
			regles[n] = r;
			if (raisonsGenerees) raisons.set(n, raisonsGenerees);
		}, fenetres);
		if (!liste.length) throw new ErreurRegles(`${ou} : aucun profil ne voit cette aide.`);
		const variantes = liste.map((v, i): VarianteAide => {
			const faits: FaitsEcrits = { ...base, ...v, notes: [...(base.notes ?? []), ...(v.notes ?? [])] };
			const lieu = `${ou}, variante ${i + 1}`;
			const profils = lireProfils(faits.profils ?? [], lieu);
			if (!profils.length) throw new ErreurRegles(`${lieu} : aucun profil.`);
			const nomRegle = faits.règle ?? `${nom} . éligible`;
			if (!existe(nomRegle)) throw new ErreurRegles(`${lieu} : règle « ${nomRegle} » introuvable.`);
			if (!faits.financeur) throw new ErreurRegles(`${lieu} : financeur manquant.`);
			for (const r of faits.remarques ?? []) if (!existe(r)) throw new ErreurRegles(`${lieu} : remarque « ${r} » introuvable.`);
			const pairs = Object.entries(faits['non cumulable avec'] ?? {}) as [AideId, string][];
			for (const [autre, page] of pairs) nonCumuls.set(autre, page);
			const m = faits.montant;
			return {
				profils,
				fiche: {
					id,
					titre: regle.titre!,
					regle: aLaDate(nomRegle),
					montant: m ? { min: m.min ?? null, max: m.max, unite: '€', periode: m.période, ...(m.objet && { objet: m.objet }) } : null,
					montantTexte: faits['montant en clair'] ?? null,
					versements: lireVersements(faits.versements, m, lieu),
					collective: faits.collective ?? false,
					duree: faits.durée ?? null,
					financeur: faits.financeur,
					obligations: faits.engagements ?? [],
					source: lireSource(faits.source, faits.référence, lieu),
					validite: faits.validité ?? null,
					ouverture: a.ouverture ?? null,
					fermeture: a.fermeture ?? null,
					sourceValidite: a['source de la validité'] ?? null,
					lieu: faits.lieu ?? null,
					notes: faits.notes ?? [],
					remarques: faits.remarques ?? [],
					information: faits.information ?? false,
					nonCumuls: pairs.map(([aide, page]) => ({ aide, page })),
					incompatibleAvec: pairs.map(([aide]) => aide)
				}
			};
		});
		const vus = new Set<ProfilId>();
		for (const p of variantes.flatMap((v) => v.profils)) {
			if (vus.has(p)) throw new ErreurRegles(`${ou} : le profil « ${p} » est dans deux variantes.`);
			vus.add(p);
		}
		aides.set(id, { fichier, variantes });
		declares.set(id, nonCumuls);
	}

	const manquantes = idsAttendus.filter((id) => !aides.has(id));
	if (manquantes.length) throw new ErreurRegles(`Aides sans fichier de règles : ${manquantes.join(', ')}.`);

	// Each brochure page states its own non-cumuls: both files must say it.
	const nonCumuls: [AideId, AideId, string][] = [];
	for (const [a, autres] of declares) {
		for (const [b, page] of autres) {
			if (!aides.has(b)) throw new ErreurRegles(`${aides.get(a)!.fichier} : non-cumul avec une aide inconnue « ${b} ».`);
			const retour = declares.get(b)!.get(a);
			if (retour === undefined) throw new ErreurRegles(`${aides.get(a)!.fichier} : non cumulable avec ${b}, mais ${aides.get(b)!.fichier} ne le dit pas.`);
			if (a < b) nonCumuls.push([a, b, page === retour ? page : `${page}, ${retour}`]);
		}
	}

	return { regles, raisons, questions, validites, couches, aides, nonCumuls, fenetres };
}
