/**
 * What a planner keeps in this browser's IndexedDB (through idb-keyval): drafts, local layers, ceilings.
 * Never sent anywhere — the site's Content-Security-Policy (connect-src 'self') and its static hosting
 * leave nowhere to send them. Every failure (private browsing without IndexedDB, full quota, a damaged
 * record) becomes an ErreurStockage with a French message; the caller keeps the page usable.
 */
import { createStore, del, get, set, update, values, type UseStore } from 'idb-keyval';

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

/** What a planner imports and keeps: a draft, a local table. */
export interface Enregistrement {
	id: string;
	nom: string;
	fichier: string;
	/** Import date, ISO 8601. */
	date: string;
}

/** How a kind of record is named in the messages: « le brouillon » / « Ce brouillon », « la table » / « Cette table ». */
export interface MotsCollection {
	/** « les brouillons enregistrés » */
	tous: string;
	/** « le brouillon » */
	un: string;
	/** « Ce brouillon » */
	ce: string;
	/** For the agreement: « Cette table enregistrée est illisible (abîmée… ». */
	feminin: boolean;
}

export interface Collection<T extends Enregistrement, R> {
	/** Records newest first, without their tables; damaged records are counted, never deleted. */
	lister(): Promise<{ resumes: R[]; illisibles: number }>;
	/** The record, or null when this browser has none of that id. */
	charger(id: string): Promise<T | null>;
	/** Stores a whole record in one transaction: it is either all there or not at all. */
	enregistrer(r: T): Promise<void>;
	renommer(id: string, nom: string): Promise<void>;
	supprimer(id: string): Promise<void>;
}

/**
 * The drafts, the local tables: one store each, listed, read back (checked, since another version of the tool may
 * have written them), saved, renamed and deleted the same way.
 */
export function creerCollection<T extends Enregistrement, R extends { date: string }>(
	magasin: Magasin,
	mots: MotsCollection,
	lecture: { valide: (v: unknown) => v is T; resumer: (r: T) => R; renomme: (r: T, nom: string) => T }
): Collection<T, R> {
	const { operation } = magasin;
	return {
		async lister() {
			const tous = await operation(`de lire ${mots.tous}`, (m) => values<unknown>(m));
			const valides = tous.filter(lecture.valide);
			return { resumes: valides.map(lecture.resumer).sort((a, b) => b.date.localeCompare(a.date)), illisibles: tous.length - valides.length };
		},
		async charger(id) {
			const r = await operation(`de lire ${mots.un}`, (m) => get<unknown>(id, m));
			if (r === undefined) return null;
			if (!lecture.valide(r)) {
				const e = mots.feminin ? 'e' : '';
				throw new ErreurStockage(`${mots.ce} enregistré${e} est illisible (abîmé${e} ou d’une autre version de l’outil) : importez à nouveau son fichier.`);
			}
			return r;
		},
		async enregistrer(r) {
			await operation(`d’enregistrer ${mots.un}`, (m) => set(r.id, r, m));
		},
		async renommer(id, nom) {
			await operation(`de renommer ${mots.un}`, (m) =>
				// Read and write in one transaction, so that a rename never overwrites a concurrent change.
				update<unknown>(
					id,
					(r) => {
						if (!lecture.valide(r)) throw new ErreurStockage(`${mots.ce} n’existe plus dans ce navigateur.`);
						return lecture.renomme(r, nom);
					},
					m
				)
			);
		},
		async supprimer(id) {
			await operation(`de supprimer ${mots.un}`, (m) => del(id, m));
		}
	};
}
