/**
 * What the aids open in one place are worth over the first five years: each amount placed on its
 * payment calendar (the `versements` of its rule file), the non-cumulable aids resolved by keeping
 * the combination with the highest total, the sure part (aids « éligible ») told apart from the
 * possible part (« à préciser »). Amounts the texts do not let one add up (percentages without a
 * cap, so much per day, a length that depends on the person) and aids paid to a structure are
 * listed apart, never turned into an invented figure. Pure: no Svelte, no DOM.
 */
import type { AideId, ResultatAide, Statut, Versements } from '../aides/types';
import { formatEuros } from '../texte/format';

/** The sums cover the first five years after signing. */
export const ANNEES = 5;

/** A sum in euros: min–max (equal when the text gives one figure). */
export interface Intervalle {
	min: number;
	max: number;
}

/** What a sum needs of an aid: its result in a commune, or its fiche with the status the map holds. */
export type AideChiffrable = Pick<ResultatAide, 'id' | 'titre' | 'statut' | 'montant' | 'montantTexte' | 'versements' | 'collective' | 'incompatibleAvec'>;

/** An aid open here: « éligible » (sure) or « à préciser » (possible). */
type StatutOuvert = Extract<Statut, 'eligible' | 'a-preciser'>;

export interface LigneMontant {
	id: AideId;
	titre: string;
	statut: StatutOuvert;
	/** Year 1 to 5. */
	parAn: Intervalle[];
	total: Intervalle;
	/** The text gives only a ceiling (a share of fees « plafonnée à … »): counted from 0 up to it. */
	plafond: boolean;
	/** How it is paid, as the rule file says it. */
	versements: string;
}

/** An open aid whose amount is not added up, and why. */
export interface HorsTotal {
	id: AideId;
	titre: string;
	statut: StatutOuvert;
	/** Its amount as the text says it (« 10 % par an … », « 200 € par jour »), or null. */
	montant: string | null;
	raison: string;
}

export interface Ecartee {
	ligne: LigneMontant;
	/** The retained aids it cannot be combined with. */
	auProfitDe: AideId[];
	explication: string;
}

export interface Bilan {
	/** The combination kept: no two of them non cumulables, highest total. */
	retenues: LigneMontant[];
	/** Open aids left out of the sum for a non-cumulable one worth more. */
	ecartees: Ecartee[];
	horsTotal: HorsTotal[];
	/** Aids paid to a structure (ESP, MSP, CPTS…): shown apart, not in the person's sums. */
	collectives: (LigneMontant | HorsTotal)[];
	/** Sums of the retained aids: « éligible » ones, « à préciser » ones, and both. */
	surs: Intervalle;
	possibles: Intervalle;
	total: Intervalle;
	/** Year 1 to 5: the retained aids' payments, sure and possible apart. */
	parAn: { surs: Intervalle; possibles: Intervalle }[];
}

const PAR_AN: Partial<Record<NonNullable<AideChiffrable['montant']>['periode'], number>> = { an: 1, trimestre: 4, mois: 12 };
const zero = (): Intervalle => ({ min: 0, max: 0 });
const ajouter = (a: Intervalle, b: Intervalle): Intervalle => ({ min: a.min + b.min, max: a.max + b.max });
const somme = (xs: Intervalle[]) => xs.reduce(ajouter, zero());
const estOuverte = (s: Statut): s is StatutOuvert => s === 'eligible' || s === 'a-preciser';

/** Year by year, what an amount pays under its calendar; null when the text does not let one count it. */
export function calendrier(m: NonNullable<AideChiffrable['montant']>, v: Versements): Intervalle[] | null {
	const min = m.min ?? 0;
	const annees = Array.from({ length: ANNEES }, zero);
	const an = (i: number, part: number) => (annees[i] = { min: Math.round(min * part), max: Math.round(m.max * part) });
	if (v.type === 'calendrier') {
		if (m.periode !== 'unique') return null;
		v.annees.forEach((a, i) => a <= ANNEES && an(a - 1, v.parts[i]));
		return annees;
	}
	const fois = PAR_AN[m.periode];
	if (v.type === 'duree-inconnue' || !fois) return null;
	for (let i = 0; i < ANNEES; i++) an(i, fois * Math.min(1, Math.max(0, v.annees - i)));
	return annees;
}

function chiffrer(a: AideChiffrable & { statut: StatutOuvert }): LigneMontant | HorsTotal {
	const base = { id: a.id, titre: a.titre, statut: a.statut };
	const horsTotal = (raison: string): HorsTotal => ({ ...base, montant: a.montantTexte, raison });
	if (!a.montant) return horsTotal('Montant non chiffré par le texte : il n’entre pas dans la somme.');
	if (!a.versements) return horsTotal('Calendrier de versement non renseigné : le montant n’entre pas dans la somme.');
	if (a.versements.type === 'duree-inconnue') return horsTotal(a.versements.raison);
	const parAn = calendrier(a.montant, a.versements);
	if (!parAn) return horsTotal('Montant par jour : le nombre de jours dépend de vous, il n’entre pas dans la somme.');
	return { ...base, parAn, total: somme(parAn), plafond: a.montant.min === null, versements: a.versements.enClair };
}

const estLigne = (x: LigneMontant | HorsTotal): x is LigneMontant => 'total' in x;

/**
 * More sure money first — an aid « à préciser », above all a share of fees counted up to its ceiling, never
 * pushes out a sure one —, then the higher total, then the higher floor.
 */
function meilleur(a: LigneMontant[], b: LigneMontant[]): boolean {
	const cle = (ls: LigneMontant[]) => {
		const t = somme(ls.map((l) => l.total));
		return [somme(ls.filter((l) => l.statut === 'eligible').map((l) => l.total)).max, t.max, t.min];
	};
	const [x, y] = [cle(a), cle(b)];
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
	return false;
}

/** Beyond this many aids tied by non-cumuls, the best subset is built greedily (never reached by the texts). */
const EXHAUSTIF_MAX = 14;

/** The best subset of one group of aids linked by non-cumuls: exhaustive, the groups are small. */
function meilleureCombinaison(groupe: LigneMontant[], exclus: (a: AideId, b: AideId) => boolean): LigneMontant[] {
	if (groupe.length > EXHAUSTIF_MAX) {
		const retenues: LigneMontant[] = [];
		for (const l of [...groupe].sort((a, b) => b.total.max - a.total.max)) if (!retenues.some((r) => exclus(r.id, l.id))) retenues.push(l);
		return retenues;
	}
	let best: LigneMontant[] = [];
	for (let masque = 1; masque < 1 << groupe.length; masque++) {
		const sous = groupe.filter((_, i) => masque & (1 << i));
		if (sous.some((a, i) => sous.slice(i + 1).some((b) => exclus(a.id, b.id)))) continue;
		if (meilleur(sous, best)) best = sous;
	}
	return best;
}

/** « 31 250 € à 50 000 € », « 50 000 € », « jusqu’à 60 000 € » (a ceiling counted from 0). */
export function formatIntervalle({ min, max }: Intervalle): string {
	if (min === max) return formatEuros(max);
	return min === 0 ? `jusqu’à ${formatEuros(max)}` : `${formatEuros(min)} à ${formatEuros(max)}`;
}

function expliquer(ecartee: LigneMontant, retenues: LigneMontant[]): string {
	const titres = [ecartee, ...retenues].map((l) => l.titre).join(' ou ');
	const autre = somme(retenues.map((r) => r.total));
	const sure = retenues.some((r) => r.statut === 'eligible') && ecartee.statut !== 'eligible';
	const choix =
		autre.max > ecartee.total.max
			? 'le plus élevé est retenu'
			: autre.max < ecartee.total.max && sure
				? 'l’aide sûre est retenue avant celle qui reste à préciser'
				: sure
					? 'à montant égal, l’aide sûre est retenue'
					: 'à montant égal, la première de la liste est retenue';
	return `${titres} : ces aides ne se cumulent pas ; ${choix} (${formatIntervalle(autre)} sur ${ANNEES} ans contre ${formatIntervalle(ecartee.total)}) ; l’autre reste possible à sa place.`;
}

/** The five-year sums of the aids open in one place, for one profile, answers and date. */
export function bilanMontants(aides: readonly AideChiffrable[]): Bilan {
	const ouvertes = aides.filter((a): a is AideChiffrable & { statut: StatutOuvert } => estOuverte(a.statut));
	const personnelles = ouvertes.filter((a) => !a.collective).map(chiffrer);
	const lignes = personnelles.filter(estLigne);
	const exclus = (a: AideId, b: AideId) =>
		aides.find((x) => x.id === a)!.incompatibleAvec.includes(b) || aides.find((x) => x.id === b)!.incompatibleAvec.includes(a);

	// Groups of aids linked by non-cumuls: each group's best subset, independently (the sums add up).
	const retenues: LigneMontant[] = [];
	const ecartees: Ecartee[] = [];
	const vues = new Set<AideId>();
	for (const l of lignes) {
		if (vues.has(l.id)) continue;
		const groupe = [l];
		vues.add(l.id);
		for (let i = 0; i < groupe.length; i++) {
			for (const autre of lignes) if (!vues.has(autre.id) && exclus(groupe[i].id, autre.id)) (groupe.push(autre), vues.add(autre.id));
		}
		const choisies = meilleureCombinaison(groupe, exclus);
		retenues.push(...choisies);
		for (const e of groupe.filter((g) => !choisies.includes(g))) {
			const contre = choisies.filter((c) => exclus(c.id, e.id));
			ecartees.push({ ligne: e, auProfitDe: contre.map((c) => c.id), explication: expliquer(e, contre) });
		}
	}
	const ordre = (l: LigneMontant) => lignes.indexOf(l);
	retenues.sort((a, b) => ordre(a) - ordre(b));

	const de = (statut: StatutOuvert) => retenues.filter((r) => r.statut === statut);
	const parAn = Array.from({ length: ANNEES }, (_, i) => ({
		surs: somme(de('eligible').map((r) => r.parAn[i])),
		possibles: somme(de('a-preciser').map((r) => r.parAn[i]))
	}));
	const surs = somme(de('eligible').map((r) => r.total));
	const possibles = somme(de('a-preciser').map((r) => r.total));
	return {
		retenues,
		ecartees,
		horsTotal: personnelles.filter((x): x is HorsTotal => !estLigne(x)),
		collectives: ouvertes.filter((a) => a.collective).map(chiffrer),
		surs,
		possibles,
		total: ajouter(surs, possibles),
		parAn
	};
}
