/** Local layers kept in this browser's IndexedDB beside the drafts (see ../stockage/magasin.ts): never sent. */
import { del, get, set, update, values } from 'idb-keyval';
import { creerMagasin, ErreurStockage } from '../stockage/magasin';
import { estCoucheLocale, nomCouche, resumerCouche, type CoucheLocale, type ResumeCouche } from './couche';

const { operation } = creerMagasin('aides-installation-occitanie-couches-locales', 'couches', 'd’anciennes tables ou d’anciens brouillons');

/** Layers newest first, without their tables; damaged records are counted, never deleted. */
export async function listerCouches(): Promise<{ couches: ResumeCouche[]; illisibles: number }> {
	const toutes = await operation('de lire les données locales enregistrées', (m) => values<unknown>(m));
	const valides = toutes.filter(estCoucheLocale);
	return { couches: valides.map(resumerCouche).sort((a, b) => b.date.localeCompare(a.date)), illisibles: toutes.length - valides.length };
}

export async function chargerCouche(id: string): Promise<CoucheLocale | null> {
	const c = await operation('de lire la table importée', (m) => get<unknown>(id, m));
	if (c === undefined) return null;
	if (!estCoucheLocale(c)) throw new ErreurStockage('Cette table enregistrée est illisible (abîmée ou d’une autre version de l’outil) : importez à nouveau son fichier.');
	return c;
}

export async function enregistrerCouche(c: CoucheLocale): Promise<void> {
	await operation('d’enregistrer la table', (m) => set(c.id, c, m));
}

export async function renommerCouche(id: string, nom: string): Promise<void> {
	await operation('de renommer la table', (m) =>
		update<unknown>(
			id,
			(c) => {
				if (!estCoucheLocale(c)) throw new ErreurStockage('Cette table n’existe plus dans ce navigateur.');
				return { ...c, nom: nomCouche(nom, c.fichier, c.type) };
			},
			m
		)
	);
}

export async function supprimerCouche(id: string): Promise<void> {
	await operation('de supprimer la table', (m) => del(id, m));
}
