/**
 * Where the aids are: each commune's status for one profile — for one aid, or the best status among
 * the profile's aids that depend on the place —, and how many communes and inhabitants each status
 * gathers. The "Mes aides" map, its legend, the neighbours and the communes table read the same statuses.
 */
import type { Commune } from '../commune/types';
import type { AideId, ResultatAide, Statut } from './types';

/** One aid, or the best status among the aids that depend on the place. */
export type ChoixAide = AideId | 'meilleure';

const ORDRE: readonly Statut[] = ['eligible', 'a-preciser', 'non-eligible'];

/** The best status among `aides` in one commune's results (non éligible when none is shown). */
export function meilleurStatut(resultats: readonly ResultatAide[], aides: ReadonlySet<AideId>): Statut {
	let rang = ORDRE.length - 1;
	for (const r of resultats) if (aides.has(r.id)) rang = Math.min(rang, ORDRE.indexOf(r.statut));
	return ORDRE[rang];
}

/** Each commune's best status among `aides`, from every commune's results (evaluerCommunes). */
export function statutsParCommune(resultats: ReadonlyMap<string, readonly ResultatAide[]>, aides: readonly AideId[]): Map<string, Statut> {
	const ids = new Set(aides);
	const statuts = new Map<string, Statut>();
	for (const [code, r] of resultats) statuts.set(code, meilleurStatut(r, ids));
	return statuts;
}

export interface ClasseStatut {
	statut: Statut;
	communes: number;
	population: number;
}

/** Communes and population per status, in the order éligible, à préciser, non éligible. */
export function repartition(communes: readonly Commune[], statuts: ReadonlyMap<string, Statut>): ClasseStatut[] {
	const classes = ORDRE.map((statut) => ({ statut, communes: 0, population: 0 }));
	for (const c of communes) {
		const k = classes[ORDRE.indexOf(statuts.get(c.code)!)];
		k.communes++;
		k.population += c.population;
	}
	return classes;
}
