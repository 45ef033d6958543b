/**
 * Drafts kept in this browser's IndexedDB (through idb-keyval): never sent anywhere — the site's
 * Content-Security-Policy (connect-src 'self') and its static hosting leave nowhere to send them.
 * Every failure (private browsing without IndexedDB, full quota, a damaged record) becomes an
 * ErreurStockage with a French message; the caller keeps the page usable.
 */
import { createStore, del, get, set, update, values, type UseStore } from 'idb-keyval';
import { estBrouillon, nomBrouillon, resumer, type Brouillon, type ResumeBrouillon } from './brouillon';

export class ErreurStockage extends Error {}

// A database of its own: idb-keyval cannot add a store to an existing database.
const BASE = 'aides-installation-occitanie-brouillons';
const MAGASIN = 'brouillons';
let magasin: UseStore | undefined;

function traduire(e: unknown, action: string): ErreurStockage {
	if (e instanceof ErreurStockage) return e;
	const nom = (e as { name?: string } | null)?.name ?? '';
	if (nom === 'QuotaExceededError') {
		return new ErreurStockage(`Impossible ${action} : l’espace de stockage de ce navigateur est plein. Supprimez d’anciens brouillons, ou libérez de l’espace dans les réglages du navigateur.`);
	}
	if (typeof indexedDB === 'undefined' || ['InvalidStateError', 'SecurityError', 'UnknownError', 'ReferenceError', 'NotAllowedError'].includes(nom)) {
		return new ErreurStockage(
			`Impossible ${action} : ce navigateur n’autorise pas le stockage local (navigation privée, ou stockage des sites désactivé). Le reste de l’outil fonctionne ; un brouillon importé reste affiché jusqu’à la fermeture de la page.`
		);
	}
	return new ErreurStockage(`Impossible ${action} dans ce navigateur (${(e as Error)?.message || nom || 'erreur inconnue'}).`);
}

/** Runs one storage operation, turning any failure — even a synchronous one — into an ErreurStockage. */
async function operation<T>(action: string, f: (m: UseStore) => Promise<T>): Promise<T> {
	try {
		if (typeof indexedDB === 'undefined') throw new ReferenceError('indexedDB');
		magasin ??= createStore(BASE, MAGASIN);
		return await f(magasin);
	} catch (e) {
		// A failed open stays cached by idb-keyval: start afresh next time.
		if (!(e instanceof ErreurStockage)) magasin = undefined;
		throw traduire(e, action);
	}
}

/** Drafts newest first, without their classes; damaged records are counted, never deleted. */
export async function listerBrouillons(): Promise<{ brouillons: ResumeBrouillon[]; illisibles: number }> {
	const tous = await operation('de lire les brouillons enregistrés', (m) => values<unknown>(m));
	const valides = tous.filter(estBrouillon);
	const brouillons = valides.map(resumer).sort((a, b) => b.date.localeCompare(a.date));
	return { brouillons, illisibles: tous.length - valides.length };
}

/** The draft, or null when this browser has none of that id. */
export async function chargerBrouillon(id: string): Promise<Brouillon | null> {
	const b = await operation('de lire le brouillon', (m) => get<unknown>(id, m));
	if (b === undefined) return null;
	if (!estBrouillon(b)) throw new ErreurStockage('Ce brouillon enregistré est illisible (abîmé ou d’une autre version de l’outil) : importez à nouveau son fichier.');
	return b;
}

/** Stores a whole draft in one transaction: it is either all there or not at all. */
export async function enregistrerBrouillon(b: Brouillon): Promise<void> {
	await operation('d’enregistrer le brouillon', (m) => set(b.id, b, m));
}

export async function renommerBrouillon(id: string, nom: string): Promise<void> {
	await operation('de renommer le brouillon', (m) =>
		// Read and write in one transaction, so that a rename never overwrites a concurrent change.
		update<unknown>(
			id,
			(b) => {
				if (!estBrouillon(b)) throw new ErreurStockage('Ce brouillon n’existe plus dans ce navigateur.');
				return { ...b, nom: nomBrouillon(nom, b.fichier) };
			},
			m
		)
	);
}

export async function supprimerBrouillon(id: string): Promise<void> {
	await operation('de supprimer le brouillon', (m) => del(id, m));
}
