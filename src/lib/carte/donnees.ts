/** Loads what scripts/geodata built into static/data, with French errors when a file is missing. */
import { decoderTable } from '../commune/table';
import type { Commune } from '../commune/types';
import type { CoucheId } from '../zonages/couches';
import type { IntervalleApl } from '../zonages/apl';

interface SourceCouche {
	id: CoucheId;
	source: string;
	date: string;
	disponible: boolean;
	couverture: number;
	raison: string | null;
	/** Ranges of the classes of a numeric layer (APL quintiles), for the legend. */
	intervalles?: IntervalleApl[];
}

export interface ManifesteSources {
	couches: SourceCouche[];
	communes: { source: string; date: string; nombre: number };
	qpv2015: { source: string; date: string };
	contexte: { source: string; date: string };
}

export interface Departement {
	code: string;
	nom: string;
	etiquette: [number, number];
}

/** What the map's first view needs besides its tiles: département names and the layers' sources. */
export interface FondCarte {
	departements: Departement[];
	sources: ManifesteSources;
}

export interface DonneesCarte extends FondCarte {
	communes: Commune[];
	parCode: Map<string, Commune>;
}

class ErreurChargement extends Error {}

export async function chargerJson<T>(url: string, f: typeof fetch = fetch): Promise<T> {
	const nom = url.split('/').pop();
	let rep: Response;
	try {
		rep = await f(url);
	} catch {
		throw new ErreurChargement(`Le fichier de données ${nom} n’a pas pu être téléchargé (réseau).`);
	}
	if (!rep.ok) throw new ErreurChargement(`Le fichier de données ${nom} est introuvable (HTTP ${rep.status}).`);
	try {
		return (await rep.json()) as T;
	} catch {
		throw new ErreurChargement(`Le fichier de données ${nom} est illisible.`);
	}
}

/** The attribute table alone (the communes table page needs no geometry). */
export async function chargerCommunes(base: string, f: typeof fetch = fetch): Promise<Commune[]> {
	const table = await chargerJson<unknown>(`${base}/data/communes.json`, f);
	try {
		return decoderTable(table);
	} catch (e) {
		throw new ErreurChargement((e as Error).message);
	}
}

export async function chargerFond(base: string, f: typeof fetch = fetch): Promise<FondCarte> {
	const [departements, sources] = await Promise.all([
		chargerJson<Departement[]>(`${base}/data/departements.json`, f),
		chargerJson<ManifesteSources>(`${base}/data/sources.json`, f)
	]);
	return { departements, sources };
}

export function indexer(communes: Commune[]): Pick<DonneesCarte, 'communes' | 'parCode'> {
	return { communes, parCode: new Map(communes.map((c) => [c.code, c])) };
}

/** Everything a page with the map works with (its geometry comes as vector tiles, fetched by MapLibre). */
export async function chargerDonnees(base: string, f: typeof fetch = fetch): Promise<DonneesCarte> {
	const [fond, communes] = await Promise.all([chargerFond(base, f), chargerCommunes(base, f)]);
	return { ...fond, ...indexer(communes) };
}

/** Bounding box of each commune, [ouest, sud, est, nord], to fly to a selection. */
export type Emprises = Record<string, [number, number, number, number]>;
