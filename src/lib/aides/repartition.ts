/**
 * Where the aids are: each commune's status for one profile — for one aid, or the best status among
 * the profile's aids that depend on the place —, and how many communes and inhabitants each status
 * gathers. The "Mes aides" map, its legend, the neighbours and the communes table read the same statuses.
 */
import type { Commune } from '../commune/types';
import type { AideId, Statut } from './types';

/** Each commune's status per aid of the profile (statutsCommunes). */
export type StatutsCommunes = ReadonlyMap<string, ReadonlyMap<AideId, Statut>>;

/** One aid, or the best status among the aids that depend on the place. */
export type ChoixAide = AideId | 'meilleure';

const ORDRE: readonly Statut[] = ['eligible', 'a-preciser', 'information', 'non-eligible'];

/**
 * The best status among `aides` in one commune: non éligible when none of them is shown here, and
 * « information » when there is none — no aid of the profile depends on the place, the map is neutral.
 */
export function meilleurStatut(statuts: ReadonlyMap<AideId, Statut>, aides: readonly AideId[]): Statut {
	if (!aides.length) return 'information';
	let rang = ORDRE.length - 1;
	for (const id of aides) {
		const s = statuts.get(id);
		if (s) rang = Math.min(rang, ORDRE.indexOf(s));
	}
	return ORDRE[rang];
}

/** Each commune's best status among `aides`. */
export function statutsParCommune(statuts: StatutsCommunes, aides: readonly AideId[]): Map<string, Statut> {
	return new Map([...statuts].map(([code, s]) => [code, meilleurStatut(s, aides)]));
}

/** For each aid, the communes where it is eligible ("au plus près" looks only among them). */
export function eligiblesParAide(statuts: StatutsCommunes, aides: readonly AideId[]): Map<AideId, string[]> {
	const eligibles = new Map<AideId, string[]>(aides.map((id) => [id, []]));
	for (const [code, s] of statuts) for (const [id, statut] of s) if (statut === 'eligible') eligibles.get(id)?.push(code);
	return eligibles;
}

export interface ClasseStatut {
	statut: Statut;
	communes: number;
	population: number;
}

/** Communes and population per status, in the order éligible, à préciser, (pour information,) non éligible. */
export function repartition(communes: readonly Commune[], statuts: ReadonlyMap<string, Statut>): ClasseStatut[] {
	const classes = ORDRE.map((statut) => ({ statut, communes: 0, population: 0 }));
	for (const c of communes) {
		const k = classes[ORDRE.indexOf(statuts.get(c.code)!)];
		k.communes++;
		k.population += c.population;
	}
	// « Pour information » only where it is what the map shows.
	return classes.filter((k) => k.statut !== 'information' || k.communes > 0);
}
