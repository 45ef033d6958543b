/** Draft médecins zonings: reading a file, the draft itself, its comparison with the zoning in force, its storage. */
export { lireFichier, controlerTaille, TAILLE_MAX } from './lecture';
export type { ContexteLecture, Lecture, LigneRejetee, Avertissement, ResultatLecture } from './lecture';
export { appliquerBrouillon, avecBrouillon, CLASSES_MEDECINS, creerBrouillon, estIdBrouillon, nomBrouillon, nouvelId, PARAMETRE_BROUILLON } from './brouillon';
export type { Brouillon, ClasseMedecins, ResumeBrouillon, Bilan } from './brouillon';
export {
	CATEGORIES_TRANSITION,
	categorieTransition,
	changements,
	changementsVersCsv,
	effetsAides,
	libelleTransition,
	reponsesComparaison,
	SITUATION_COMPARAISON,
	tableauTransitions,
	zonageVersCsv
} from './comparaison';
export type { Changement, CategorieTransition, EffetAide, EffetsAides, Effectif, LigneTransition } from './comparaison';
export { chargerBrouillon, enregistrerBrouillon, ErreurStockage, listerBrouillons, renommerBrouillon, supprimerBrouillon } from './stockage';
