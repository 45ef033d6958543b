/** Local layers kept in this browser's IndexedDB beside the drafts (see ../stockage/magasin.ts): never sent. */
import { creerCollection, creerMagasin } from '../stockage/magasin';
import { estCoucheLocale, nomCouche, resumerCouche, type CoucheLocale, type ResumeCouche } from './couche';

const couches = creerCollection<CoucheLocale, ResumeCouche>(
	creerMagasin('aides-installation-occitanie-couches-locales', 'couches', 'd’anciennes tables ou d’anciens brouillons'),
	{ tous: 'les données locales enregistrées', un: 'la table', ce: 'Cette table', feminin: true },
	{ valide: estCoucheLocale, resumer: resumerCouche, renomme: (c, nom) => ({ ...c, nom: nomCouche(nom, c.fichier, c.type) }) }
);

/** Layers newest first, without their tables; damaged records are counted, never deleted. */
export async function listerCouches(): Promise<{ couches: ResumeCouche[]; illisibles: number }> {
	const { resumes, illisibles } = await couches.lister();
	return { couches: resumes, illisibles };
}

export const { charger: chargerCouche, enregistrer: enregistrerCouche, renommer: renommerCouche, supprimer: supprimerCouche } = couches;
