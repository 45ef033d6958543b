/**
 * What every import of a planner's file does around its reader (drafts, TVS and PDSA-sector tables): the size
 * checked first, the former INSEE codes fetched once for the whole page, any failure turned into a French refusal;
 * then, once accepted, storage whose failure is said but keeps the table on the page.
 */
import { chargerJson, FICHIERS, urlDonnees } from '../donnees/charger';
import { controlerTaille, type ContexteLecture } from './lecture';

let anciensCodes: Promise<Record<string, string>> | undefined;

/** data/anciens-codes.json, shared by the page's imports; a failed download is tried again at the next file. */
function chargerAnciensCodes(base: string): Promise<Record<string, string>> {
	return (anciensCodes ??= chargerJson<Record<string, string>>(urlDonnees(base, FICHIERS.anciensCodes)).catch((e) => {
		anciensCodes = undefined;
		throw e;
	}));
}

/**
 * Reads a picked or dropped file with `lire` (a table reader given the file's bytes and the reading context).
 * `quoi` names what the file should hold, for the size message (« un zonage », « une table des TVS »).
 */
export async function lireFichierTable<R>(
	fichier: File,
	base: string,
	communes: ContexteLecture['communes'],
	lire: (octets: Uint8Array, contexte: ContexteLecture) => R,
	quoi?: string
): Promise<R | { ok: false; erreur: string }> {
	const taille = controlerTaille(fichier.size, quoi);
	if (taille) return { ok: false, erreur: taille };
	try {
		const [octets, anciens] = await Promise.all([fichier.arrayBuffer(), chargerAnciensCodes(base)]);
		return lire(new Uint8Array(octets), { communes, anciensCodes: anciens });
	} catch (e) {
		return { ok: false, erreur: `Le fichier n’a pas pu être lu : ${(e as Error).message}` };
	}
}

/** Stores what the planner accepted; the French message when storage fails (the page keeps it meanwhile), else null. */
export async function enregistrerImport<T>(objet: T, enregistrer: (o: T) => Promise<void>): Promise<string | null> {
	try {
		await enregistrer(objet);
		return null;
	} catch (e) {
		return (e as Error).message;
	}
}
