/**
 * What a planner keeps in this browser's IndexedDB (through idb-keyval): drafts, local layers, ceilings.
 * Never sent anywhere — the site's Content-Security-Policy (connect-src 'self') and its static hosting
 * leave nowhere to send them. Every failure (private browsing without IndexedDB, full quota, a damaged
 * record) becomes an ErreurStockage with a French message; the caller keeps the page usable.
 */
import { createStore, type UseStore } from 'idb-keyval';

export class ErreurStockage extends Error {}

export interface Magasin {
	/** Runs one storage operation, turning any failure — even a synchronous one — into an ErreurStockage. */
	operation<T>(action: string, f: (m: UseStore) => Promise<T>): Promise<T>;
}

/**
 * A store in a database of its own (idb-keyval cannot add a store to an existing database).
 * `anciens` names what to delete when the quota is full (« d’anciens brouillons »).
 */
export function creerMagasin(base: string, nom: string, anciens: string): Magasin {
	let magasin: UseStore | undefined;
	function traduire(e: unknown, action: string): ErreurStockage {
		if (e instanceof ErreurStockage) return e;
		const code = (e as { name?: string } | null)?.name ?? '';
		if (code === 'QuotaExceededError') {
			return new ErreurStockage(`Impossible ${action} : l’espace de stockage de ce navigateur est plein. Supprimez ${anciens}, ou libérez de l’espace dans les réglages du navigateur.`);
		}
		if (typeof indexedDB === 'undefined' || ['InvalidStateError', 'SecurityError', 'UnknownError', 'ReferenceError', 'NotAllowedError'].includes(code)) {
			return new ErreurStockage(
				`Impossible ${action} : ce navigateur n’autorise pas le stockage local (navigation privée, ou stockage des sites désactivé). Le reste de l’outil fonctionne ; ce qui est importé reste affiché jusqu’à la fermeture de la page.`
			);
		}
		return new ErreurStockage(`Impossible ${action} dans ce navigateur (${(e as Error)?.message || code || 'erreur inconnue'}).`);
	}
	return {
		async operation(action, f) {
			try {
				if (typeof indexedDB === 'undefined') throw new ReferenceError('indexedDB');
				magasin ??= createStore(base, nom);
				return await f(magasin);
			} catch (e) {
				// A failed open stays cached by idb-keyval: start afresh next time.
				if (!(e instanceof ErreurStockage)) magasin = undefined;
				throw traduire(e, action);
			}
		}
	};
}
