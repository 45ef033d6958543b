/**
 * The forum auto-tour as data: one commune per département of Occitanie (its préfecture), the
 * profile shown there, and the brochure key figures (series ids of src/lib/chiffres/donnees.ts)
 * shown after it, in an order that loops around the region. Every key figure appears once per
 * cycle; unit tests check the codes and ids.
 */
import type { ProfilId } from '../aides/types';

export interface EntreeParcours {
	/** Code of the département, as in the communes table. */
	departement: string;
	/** INSEE code of the commune (the préfecture). */
	commune: string;
	/** Kept for readers of this file; the page shows the name from the communes table. */
	nom: string;
	profil: ProfilId;
	/** Key-figure series shown after the commune, one slide each. */
	chiffres: readonly string[];
}

export const PARCOURS: readonly EntreeParcours[] = [
	{ departement: '31', commune: '31555', nom: 'Toulouse', profil: 'medecin-liberal', chiffres: ['msp'] },
	{ departement: '09', commune: '09122', nom: 'Foix', profil: 'medecin-liberal', chiffres: ['contrats-ars-territoires'] },
	{ departement: '65', commune: '65440', nom: 'Tarbes', profil: 'medecin-liberal', chiffres: ['caim'] },
	{ departement: '32', commune: '32013', nom: 'Auch', profil: 'medecin-liberal', chiffres: ['cde'] },
	{ departement: '82', commune: '82121', nom: 'Montauban', profil: 'medecin-liberal', chiffres: ['coscom-cotram-cstm'] },
	{ departement: '46', commune: '46042', nom: 'Cahors', profil: 'medecin-liberal', chiffres: ['400-mg'] },
	{ departement: '12', commune: '12202', nom: 'Rodez', profil: 'chirurgien-dentiste-liberal', chiffres: ['caicd', 'camcd'] },
	{ departement: '48', commune: '48095', nom: 'Mende', profil: 'medecin-liberal', chiffres: ['cpts'] },
	{ departement: '30', commune: '30189', nom: 'Nîmes', profil: 'medecin-liberal', chiffres: ['centres-sante'] },
	{ departement: '34', commune: '34172', nom: 'Montpellier', profil: 'etudiant-medecine-3e-cycle', chiffres: ['cesp', 'ipa'] },
	{ departement: '66', commune: '66136', nom: 'Perpignan', profil: 'medecin-liberal', chiffres: ['contrats-autres-professions'] },
	{ departement: '11', commune: '11069', nom: 'Carcassonne', profil: 'medecin-liberal', chiffres: ['esp'] },
	{ departement: '81', commune: '81004', nom: 'Albi', profil: 'medecin-liberal', chiffres: ['dac'] }
];
