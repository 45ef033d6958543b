/** The ceilings the planner entered, kept in this browser's IndexedDB beside the drafts (see ../stockage/magasin.ts). */
import { del, get, set } from 'idb-keyval';
import { creerMagasin, ErreurStockage } from '../stockage/magasin';
import { estPlafonds, type Plafonds } from './plafonds';

const { operation } = creerMagasin('aides-installation-occitanie-plafonds', 'plafonds', 'd’anciens brouillons');
const CLE = 'occitanie';

/** The ceilings entered in this browser, or null. */
export async function chargerPlafonds(): Promise<Plafonds | null> {
	const p = await operation('de lire les plafonds saisis', (m) => get<unknown>(CLE, m));
	if (p === undefined) return null;
	if (!estPlafonds(p)) throw new ErreurStockage('Les plafonds enregistrés sont illisibles : saisissez-les à nouveau.');
	return p;
}

export async function enregistrerPlafonds(p: Plafonds): Promise<void> {
	await operation('d’enregistrer les plafonds', (m) => set(CLE, p, m));
}

export async function effacerPlafonds(): Promise<void> {
	await operation('d’effacer les plafonds', (m) => del(CLE, m));
}
