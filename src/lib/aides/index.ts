/** Aid rules engine: the public API used by the UI and the CLI (pure TypeScript, no DOM). */
export { aidesDuLieu, evaluerAides, statutsAides, statutsCommunes, validerReponses, viderMemo, creerMoteur } from './evaluer';
export { AIDES, NON_CUMULS, PROFIL_PAR_ID, QUESTIONS, estCleQuestion, ficheAide, variantesAide, verifierReponse } from './catalogue';
export type { FicheAide, VarianteAide } from './modele';
export { COUCHE_DU_PROFIL, PROFILS, demandeSituation, estProfil } from './profils';
export type * from './types';
export { IDS_AIDES, IDS_PROFILS } from './types';
