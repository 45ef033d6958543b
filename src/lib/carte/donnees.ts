/** Loads what scripts/geodata built into static/data, with French errors when a file is missing. */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decoderTable } from '../commune/table';
import type { Commune } from '../commune/types';
import type { CoucheId } from '../zonages/couches';

export interface SourceCouche {
	id: CoucheId;
	source: string;
	date: string;
	disponible: boolean;
	couverture: number;
	raison: string | null;
}

export interface ManifesteSources {
	couches: SourceCouche[];
	communes: { source: string; date: string; nombre: number };
	qpv2015: { source: string; date: string };
	contexte: { source: string; date: string };
}

export interface DonneesCarte {
	topo: Topology;
	communes: Commune[];
	parCode: Map<string, Commune>;
	/** Département code → name, from the merged département outlines. */
	departements: Map<string, string>;
	sources: ManifesteSources;
}

export class ErreurChargement extends Error {}

export async function chargerJson<T>(url: string, f: typeof fetch = fetch): Promise<T> {
	const nom = url.split('/').pop();
	let rep: Response;
	try {
		rep = await f(url);
	} catch {
		throw new ErreurChargement(`Le fichier de données ${nom} n’a pas pu être téléchargé (réseau).`);
	}
	if (!rep.ok) throw new ErreurChargement(`Le fichier de données ${nom} est introuvable (HTTP ${rep.status}).`);
	try {
		return (await rep.json()) as T;
	} catch {
		throw new ErreurChargement(`Le fichier de données ${nom} est illisible.`);
	}
}

/** The data the page cannot work without: geometry, attribute table, sources. */
export async function chargerDonnees(base: string, f: typeof fetch = fetch): Promise<DonneesCarte> {
	const [topo, table, sources] = await Promise.all([
		chargerJson<Topology>(`${base}/data/communes.topo.json`, f),
		chargerJson<unknown>(`${base}/data/communes.json`, f),
		chargerJson<ManifesteSources>(`${base}/data/sources.json`, f)
	]);
	let communes: Commune[];
	try {
		communes = decoderTable(table);
	} catch (e) {
		throw new ErreurChargement((e as Error).message);
	}
	const deps = (topo.objects.departements as GeometryCollection<{ nom: string }>).geometries;
	return {
		topo,
		communes,
		parCode: new Map(communes.map((c) => [c.code, c])),
		departements: new Map(deps.map((d) => [String(d.id), (d.properties as { nom: string }).nom])),
		sources
	};
}
