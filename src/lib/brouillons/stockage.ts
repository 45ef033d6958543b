/** Drafts kept in this browser's IndexedDB (see ../stockage/magasin.ts). */
import { creerCollection, creerMagasin, ErreurStockage } from '../stockage/magasin';
import { estBrouillon, nomBrouillon, resumer, type Brouillon, type ResumeBrouillon } from './brouillon';

export { ErreurStockage };

const brouillons = creerCollection<Brouillon, ResumeBrouillon>(
	creerMagasin('aides-installation-occitanie-brouillons', 'brouillons', 'd’anciens brouillons'),
	{ tous: 'les brouillons enregistrés', un: 'le brouillon', ce: 'Ce brouillon', feminin: false },
	{ valide: estBrouillon, resumer, renomme: (b, nom) => ({ ...b, nom: nomBrouillon(nom, b.fichier) }) }
);

/** Drafts newest first, without their classes; damaged records are counted, never deleted. */
export async function listerBrouillons(): Promise<{ brouillons: ResumeBrouillon[]; illisibles: number }> {
	const { resumes, illisibles } = await brouillons.lister();
	return { brouillons: resumes, illisibles };
}

export const { charger: chargerBrouillon, enregistrer: enregistrerBrouillon, renommer: renommerBrouillon, supprimer: supprimerBrouillon } = brouillons;
