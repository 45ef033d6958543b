/**
 * The rules engine and what is computed with it, loaded by the map page after its first view
 * (publicodes is the heaviest part of the aids): the page imports this module dynamically.
 */
export { aidesDuLieu, evaluerAides, statutsCommunes } from './evaluer';
export { eligiblesParAide, meilleurStatut, repartition, statutsParCommune, type ChoixAide, type ClasseStatut } from './repartition';
