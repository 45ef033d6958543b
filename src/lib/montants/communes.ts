/**
 * The five-year sums of every commune for one profile (the « Montants » map, its legend, the
 * communes table, the CLI's --repartition montants), and the classes a reader takes in at a glance.
 * Communes share few distinct sets of statuses: one bilan per set. Pure: no Svelte, no DOM.
 */
import type { Commune } from '../commune/types';
import type { AideId, Statut } from '../aides/types';
import { bilanMontants, type AideChiffrable, type Bilan } from './bilan';

/** An aid's facts without its status: the status comes from each commune. */
export type FicheChiffrable = Omit<AideChiffrable, 'statut'>;

/** Each commune's bilan, from its statuses per aid (statutsCommunes) and the profile's aid facts. */
export function bilansCommunes(statuts: ReadonlyMap<string, ReadonlyMap<AideId, Statut>>, fiches: readonly FicheChiffrable[]): Map<string, Bilan> {
	const parStatuts = new Map<string, Bilan>();
	// The rules engine hands communes of one signature the same map of statuses: one key per map, not per commune.
	const parMap = new Map<ReadonlyMap<AideId, Statut>, Bilan>();
	const bilans = new Map<string, Bilan>();
	for (const [code, s] of statuts) {
		let b = parMap.get(s);
		if (!b) {
			const cle = fiches.map((f) => s.get(f.id) ?? '').join('|');
			b = parStatuts.get(cle);
			if (!b) {
				b = bilanMontants(fiches.map((f) => ({ ...f, statut: s.get(f.id) ?? 'non-eligible' })));
				parStatuts.set(cle, b);
			}
			parMap.set(s, b);
		}
		bilans.set(code, b);
	}
	return bilans;
}

export interface ClasseMontant {
	id: string;
	/** Lowest sure five-year total in the class (€, included). */
	min: number;
	libelle: string;
}

/** Classes of the sure five-year total (the upper figure of its range). */
export const CLASSES_MONTANTS: readonly ClasseMontant[] = [
	{ id: 'aucun', min: 0, libelle: '0 €' },
	{ id: 'moins-10000', min: 1, libelle: 'moins de 10 000 €' },
	{ id: '10000-30000', min: 10_000, libelle: '10 000 à 30 000 €' },
	{ id: '30000-60000', min: 30_000, libelle: '30 000 à 60 000 €' },
	{ id: '60000-plus', min: 60_000, libelle: '60 000 € et plus' }
];

/** The index in CLASSES_MONTANTS of a five-year total. */
export function classeMontant(euros: number): number {
	let i = 0;
	while (i + 1 < CLASSES_MONTANTS.length && euros >= CLASSES_MONTANTS[i + 1].min) i++;
	return i;
}

/** Where the sure part sets the class, and whether the possible part would raise it. */
export function classesBilan(b: Bilan): { classe: number; avecPossibles: number } {
	return { classe: classeMontant(b.surs.max), avecPossibles: classeMontant(b.total.max) };
}

export interface RepartitionMontant {
	classe: ClasseMontant;
	communes: number;
	population: number;
	/** Communes of the class where the « à préciser » aids would raise it. */
	relevables: number;
}

/** Communes and inhabitants per class of the sure total, for the region or any list of communes. */
export function repartitionMontants(communes: readonly Commune[], bilans: ReadonlyMap<string, Bilan>): RepartitionMontant[] {
	const classes = CLASSES_MONTANTS.map((classe) => ({ classe, communes: 0, population: 0, relevables: 0 }));
	for (const c of communes) {
		const b = bilans.get(c.code);
		if (!b) continue;
		const { classe, avecPossibles } = classesBilan(b);
		const k = classes[classe];
		k.communes++;
		k.population += c.population;
		if (avecPossibles > classe) k.relevables++;
	}
	return classes;
}
