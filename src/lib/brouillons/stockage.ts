/** Drafts kept in this browser's IndexedDB (see ../stockage/magasin.ts). */
import { del, get, set, update, values } from 'idb-keyval';
import { creerMagasin, ErreurStockage } from '../stockage/magasin';
import { estBrouillon, nomBrouillon, resumer, type Brouillon, type ResumeBrouillon } from './brouillon';

export { ErreurStockage };

const { operation } = creerMagasin('aides-installation-occitanie-brouillons', 'brouillons', 'd’anciens brouillons');

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
