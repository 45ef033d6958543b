/**
 * Neighbours (communes sharing a border, from the topology) and "au plus près" (the nearest commune
 * where something holds — an aid, a five-year sum —, with its distance and direction), from
 * data/proximite.json. Pure.
 */
import { chargerJson, FICHIERS, urlDonnees } from '../donnees/charger';

/** As the geodata build writes it: codes, name points and border neighbours by index. */
export interface Proximite {
	codes: string[];
	/** [lon, lat] of each commune's name point, in the order of `codes`. */
	centres: [number, number][];
	/** Indices into `codes` of the communes sharing at least one border arc. */
	voisins: number[][];
}

export interface Proche {
	code: string;
	km: number;
	/** "au nord", "à l’est"… seen from the commune of departure. */
	direction: string;
}

/** What "au plus près" needs of the five-year sums (the map page's MontantsCarte gives it). */
export interface MontantsAuPlusPres {
	/** Each commune's sure five-year sum, in euros. */
	surs: ReadonlyMap<string, { min: number; max: number }>;
	/** The sums one may look for, in euros (10 000, 30 000, 60 000). */
	seuils: readonly number[];
	/** « 31 250 € à 50 000 € ». */
	texte: (somme: { min: number; max: number }) => string;
}

const RAYON_TERRE_KM = 6371;
const DIRECTIONS = ['au nord', 'au nord-est', 'à l’est', 'au sud-est', 'au sud', 'au sud-ouest', 'à l’ouest', 'au nord-ouest'];
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	const a = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
	return 2 * RAYON_TERRE_KM * Math.asin(Math.sqrt(a));
}

/** Direction of `b` seen from `a`, in eight sectors. */
export function direction([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): string {
	const y = Math.sin(rad(lon2 - lon1)) * Math.cos(rad(lat2));
	const x = Math.cos(rad(lat1)) * Math.sin(rad(lat2)) - Math.sin(rad(lat1)) * Math.cos(rad(lat2)) * Math.cos(rad(lon2 - lon1));
	const cap = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
	return DIRECTIONS[Math.round(cap / 45) % 8];
}

export class Voisinage {
	private index: Map<string, number>;

	constructor(private p: Proximite) {
		this.index = new Map(p.codes.map((c, i) => [c, i]));
	}

	voisins(code: string): string[] {
		const i = this.index.get(code);
		return i === undefined ? [] : this.p.voisins[i].map((j) => this.p.codes[j]);
	}

	/** The `n` communes among `candidates`, other than `code`, nearest to it, nearest first. */
	plusProches(code: string, candidates: Iterable<string>, n = 1): Proche[] {
		const i = this.index.get(code);
		if (i === undefined) return [];
		const depart = this.p.centres[i];
		const trouves: { j: number; km: number }[] = [];
		for (const c of candidates) {
			const j = this.index.get(c);
			if (j !== undefined && j !== i) trouves.push({ j, km: distanceKm(depart, this.p.centres[j]) });
		}
		return trouves
			.sort((a, b) => a.km - b.km)
			.slice(0, n)
			.map(({ j, km }) => ({ code: this.p.codes[j], km, direction: direction(depart, this.p.centres[j]) }));
	}

	/**
	 * The nearest commune other than `code` whose sum reaches `seuil` (« au moins 30 000 € »): its upper
	 * figure decides, as it decides the map's classes. Null when no commune reaches it.
	 */
	plusProcheAuMoins(code: string, montants: ReadonlyMap<string, { max: number }>, seuil: number): Proche | null {
		const atteignent: string[] = [];
		for (const [c, m] of montants) if (m.max >= seuil) atteignent.push(c);
		return this.plusProches(code, atteignent)[0] ?? null;
	}
}

export async function chargerVoisinage(base: string, f: typeof fetch = fetch): Promise<Voisinage> {
	const p = await chargerJson<Proximite>(urlDonnees(base, FICHIERS.proximite), f);
	if (!Array.isArray(p?.codes) || !Array.isArray(p.centres) || !Array.isArray(p.voisins) || p.codes.length !== p.centres.length) {
		throw new Error('Le fichier des communes voisines est illisible ou d’un format inattendu.');
	}
	return new Voisinage(p);
}
