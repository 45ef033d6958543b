/** The communes' attribute table (data/communes.json), decoded and indexed by INSEE code. */
import { chargerJson, ErreurChargement, FICHIERS, urlDonnees } from '../donnees/charger';
import { decoderTable } from './table';
import type { Commune } from './types';

export interface TableCommunes {
	communes: Commune[];
	parCode: Map<string, Commune>;
}

export async function chargerCommunes(base: string, f: typeof fetch = fetch): Promise<Commune[]> {
	const table = await chargerJson<unknown>(urlDonnees(base, FICHIERS.communes), f);
	try {
		return decoderTable(table);
	} catch (e) {
		throw new ErreurChargement((e as Error).message);
	}
}

export function indexer(communes: Commune[]): TableCommunes {
	return { communes, parCode: new Map(communes.map((c) => [c.code, c])) };
}
