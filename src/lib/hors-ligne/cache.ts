/**
 * What the service worker caches for offline use: what the app itself loads, nothing else. Of the
 * data files in static/data/, only those the app fetches (FICHIERS); communes.topo.json, read by the tests,
 * the bench and, for their TVS and PDSA-sector outlines, the maps of planners who imported such tables, stays on
 * the server. Pure: no DOM, no service worker globals.
 */
import { FICHIERS } from '../donnees/charger';

const DONNEES = Object.values(FICHIERS) as string[];

/** Whether a static file (`${base}/…`, as $service-worker's `files` lists it) belongs in the offline cache. */
export function aMettreEnCache(fichier: string, base = ''): boolean {
	const chemin = fichier.startsWith(`${base}/`) ? fichier.slice(base.length) : fichier;
	if (!chemin.startsWith('/data/')) return true;
	const nom = chemin.slice('/data/'.length);
	return DONNEES.some((f) => (f.endsWith('/') ? nom.startsWith(f) : nom === f));
}
