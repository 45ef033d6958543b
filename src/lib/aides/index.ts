/** Aid rules engine: the public API used by the UI and the CLI (pure TypeScript, no DOM). */
export { evaluerAides, evaluerCommunes, validerReponses, viderMemo, creerMoteur } from './evaluer';
export { AIDES, NON_CUMULS, ficheAide, type FicheAide } from './fiches';
export { PROFILS, QUESTIONS, estProfil, estCleQuestion, type CleQuestion } from './profils';
export type * from './types';
