/** What a page with the map loads besides its tiles: département labels, the sources manifest, the communes. */
import { chargerJson, FICHIERS, urlDonnees } from '../donnees/charger';
import { chargerCommunes, indexer, type TableCommunes } from '../commune/chargement';
import type { ManifesteSources } from '../zonages/sources';

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

export interface DonneesCarte extends FondCarte, TableCommunes {}

export async function chargerFond(base: string, f: typeof fetch = fetch): Promise<FondCarte> {
	const [departements, sources] = await Promise.all([
		chargerJson<Departement[]>(urlDonnees(base, FICHIERS.departements), f),
		chargerJson<ManifesteSources>(urlDonnees(base, FICHIERS.sources), f)
	]);
	return { departements, sources };
}

/** Everything a page with the map works with (its geometry comes as vector tiles, fetched by MapLibre). */
export async function chargerDonnees(base: string, f: typeof fetch = fetch): Promise<DonneesCarte> {
	const [fond, communes] = await Promise.all([chargerFond(base, f), chargerCommunes(base, f)]);
	return { ...fond, ...indexer(communes) };
}

/** Bounding box of each commune, [ouest, sud, est, nord], to fly to a selection. */
export type Emprises = Record<string, [number, number, number, number]>;
