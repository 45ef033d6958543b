/** Loading what scripts/geodata built into static/data, with French errors naming the file. */

/** The files the app reads (built by `npm run geodata` into static/data/). */
export const FICHIERS = {
	communes: 'communes.json',
	departements: 'departements.json',
	sources: 'sources.json',
	chiffresDepartements: 'departements-chiffres.json',
	proximite: 'proximite.json',
	anciensCodes: 'anciens-codes.json',
	emprises: 'emprises.json',
	contexte: 'contexte.topo.json',
	qpv2015: 'qpv2015.topo.json',
	tuiles: 'tuiles/'
} as const;

/**
 * The communes' topology, read by the map only when this browser has a TVS or PDSA-sector table (their outlines
 * are dissolved from it): kept out of FICHIERS, and so out of the offline cache, which every visitor fills.
 */
export const TOPOLOGIE_COMMUNES = 'communes.topo.json';

/** `${base}/data/<fichier>`: relative to the site's base path. */
export const urlDonnees = (base: string, fichier: string) => `${base}/data/${fichier}`;

export class ErreurChargement extends Error {}

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
