/**
 * A local table read territory by territory (TVS or PDSA sector): its communes and inhabitants, the médecins
 * classes of the zoning in force and of the active draft, whether each splits it across classes, whether it
 * counts a ZIP commune (the PDSA exemption), and the draft's transitions there. What /couverture lays out as a
 * table and a CSV, and what the map's outlines draw without words. Pure functions.
 */
import type { Commune } from '../commune/types';
import { ecrireCsv, type Cellule } from '../csv/csv';
import { appliquerBrouillon, type Brouillon } from '../brouillons/brouillon';
import { libelleTransition } from '../brouillons/comparaison';
import { COUCHE_PAR_ID, libelleCourt, NON_DISPONIBLE } from '../zonages/couches';
import { classesDe, grouper, type ClasseTerritoire, type Territoires } from './faits';
import type { TypeCouche } from './couche';

export interface TransitionTerritoire {
	avant: string;
	apres: string;
	/** « ZAR → ZAC » */
	libelle: string;
	communes: Commune[];
	population: number;
}

export interface LigneTerritoire {
	nom: string;
	/** Its communes, in the communes' order. */
	communes: Commune[];
	population: number;
	/** Médecins classes of the zoning in force, in ZIP, ZAC, ZAR, non disponible order (classes without a commune left out). */
	enVigueur: ClasseTerritoire[];
	/** The same with the draft applied; null without a draft. */
	brouillon: ClasseTerritoire[] | null;
	/** The communes whose class the draft changes, per transition, in the médecins layer's order. */
	transitions: TransitionTerritoire[];
}

/** Whether a zoning puts a territory's communes in more than one class (a TVS should have one). */
export const estPartage = (classes: readonly ClasseTerritoire[]): boolean => classes.length > 1;

/**
 * Whether a territory counts a ZIP commune, as the PDSA exemption reads its sector: true with one, false when all
 * classes are known and none is ZIP, null when some commune is « non disponible » (faits.ts, appliquerCouchesLocales).
 */
export function compteUneZip(classes: readonly ClasseTerritoire[]): boolean | null {
	if (classes.some((c) => c.classe === 'ZIP')) return true;
	return classes.some((c) => c.classe === NON_DISPONIBLE) ? null : false;
}

/** Whether the draft changes anything in a territory: a commune's class. */
export const estModifie = (l: LigneTerritoire): boolean => l.transitions.length > 0;

const ORDRE = COUCHE_PAR_ID['zonage-medecins'].valeurs.map((v) => v.id);
const somme = (communes: readonly Commune[]) => communes.reduce((s, c) => s + c.population, 0);

function transitionsDe(avant: readonly Commune[], apres: readonly Commune[]): TransitionTerritoire[] {
	const parCle = new Map<string, TransitionTerritoire>();
	avant.forEach((c, i) => {
		const [a, b] = [c.zonages['zonage-medecins'], apres[i].zonages['zonage-medecins']];
		if (a === b) return;
		const cle = `${a}>${b}`;
		let t = parCle.get(cle);
		if (!t) parCle.set(cle, (t = { avant: a, apres: b, libelle: libelleTransition(a, b), communes: [], population: 0 }));
		t.communes.push(c);
		t.population += c.population;
	});
	return [...parCle.values()].sort((x, y) => ORDRE.indexOf(x.avant) - ORDRE.indexOf(y.avant) || ORDRE.indexOf(x.apres) - ORDRE.indexOf(y.apres));
}

/**
 * Each territory of the table, by name: `communes` are as in force, `brouillon` the active draft (null for none).
 * Communes absent from the table belong to no territory and are left out.
 */
export function resumerTerritoires(communes: readonly Commune[], territoires: Territoires, brouillon: Pick<Brouillon, 'classes'> | null): LigneTerritoire[] {
	const lignes: LigneTerritoire[] = [];
	for (const [nom, groupe] of grouper(communes, territoires)) {
		const apres = brouillon ? appliquerBrouillon(groupe, brouillon) : null;
		lignes.push({
			nom,
			communes: groupe,
			population: somme(groupe),
			enVigueur: classesDe(groupe),
			brouillon: apres && classesDe(apres),
			transitions: apres ? transitionsDe(groupe, apres) : []
		});
	}
	return lignes.sort((a, b) => a.nom.localeCompare(b.nom, 'fr', { numeric: true }));
}

/** Totals of a list of territories: territories, communes, inhabitants, those the draft splits or changes. */
export function totaux(lignes: readonly LigneTerritoire[]) {
	return {
		territoires: lignes.length,
		communes: lignes.reduce((s, l) => s + l.communes.length, 0),
		population: lignes.reduce((s, l) => s + l.population, 0),
		partagesEnVigueur: lignes.filter((l) => estPartage(l.enVigueur)).length,
		partagesBrouillon: lignes.filter((l) => l.brouillon && estPartage(l.brouillon)).length,
		modifies: lignes.filter(estModifie).length
	};
}

const court = (classe: string) => libelleCourt(COUCHE_PAR_ID['zonage-medecins'].valeurs.find((v) => v.id === classe) ?? { id: classe, label: classe, couleur: '' });

/** « ZAC : 2 communes (3 400 hab.) »-like text of a territory's classes, for a cell or a CSV: `nombre` formats figures. */
export function texteClasses(classes: readonly ClasseTerritoire[], nombre: (n: number) => string = String): string {
	return classes.map((c) => `${court(c.classe)} : ${nombre(c.communes.length)} (${nombre(c.population)} hab.)`).join(', ');
}

export function texteTransitions(transitions: readonly TransitionTerritoire[], nombre: (n: number) => string = String): string {
	return transitions.map((t) => `${t.libelle} : ${nombre(t.communes.length)} (${nombre(t.population)} hab.)`).join(', ');
}

const ouiNon = (v: boolean | null) => (v === null ? 'inconnu' : v ? 'oui' : 'non');

/**
 * One row per territory: communes and inhabitants, communes and inhabitants per class of the zoning in force and
 * (with a draft) of the draft, split across classes (TVS) or counting a ZIP (PDSA sector), the draft's
 * transitions, the communes' codes and names, and where the table and the draft come from.
 */
export function territoiresVersCsv(
	lignes: readonly LigneTerritoire[],
	type: TypeCouche,
	origine: { table: string; date: string; brouillon?: string | null }
): string {
	const avecBrouillon = lignes.some((l) => l.brouillon) || !!origine.brouillon;
	const zonages = avecBrouillon ? (['en_vigueur', 'brouillon'] as const) : (['en_vigueur'] as const);
	const critere = type === 'tvs' ? 'partage' : 'commune_en_zip';
	const entete = [type === 'tvs' ? 'tvs' : 'secteur_pdsa', 'communes', 'population'];
	for (const z of zonages) for (const k of ORDRE) entete.push(`${z}_${k.replace('-', '_').toLowerCase()}_communes`, `${z}_${k.replace('-', '_').toLowerCase()}_population`);
	for (const z of zonages) entete.push(`${critere}_${z}`);
	if (avecBrouillon) entete.push('transitions', 'brouillon');
	entete.push('liste_communes', 'table_locale', 'importee_le');
	const verdict = (classes: readonly ClasseTerritoire[] | null) => (!classes ? '' : ouiNon(type === 'tvs' ? estPartage(classes) : compteUneZip(classes)));
	const parClasse = (classes: readonly ClasseTerritoire[] | null): Cellule[] =>
		ORDRE.flatMap((k) => {
			const c = classes?.find((x) => x.classe === k);
			return [c?.communes.length ?? 0, c?.population ?? 0];
		});
	const rangees = lignes.map((l): Cellule[] => [
		l.nom,
		l.communes.length,
		l.population,
		...parClasse(l.enVigueur),
		...(avecBrouillon ? parClasse(l.brouillon) : []),
		verdict(l.enVigueur),
		...(avecBrouillon ? [verdict(l.brouillon), texteTransitions(l.transitions), origine.brouillon ?? ''] : []),
		l.communes.map((c) => `${c.code} ${c.nom}`).join(', '),
		origine.table,
		origine.date.slice(0, 10)
	]);
	return ecrireCsv(entete, rangees);
}
