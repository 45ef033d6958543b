/**
 * MapLibre and what the map pages need of it, in a chunk the pages import dynamically (Carte.svelte):
 * a page lays out and runs without waiting for MapLibre's megabyte of code — a shared link's panel of
 * aids shows before it (routes/+page.svelte) — while the map's first view still fetches it first (the
 * page's HTML preloads it, src/hooks.server.ts).
 *
 * MapLibre's worker, fetched as soon as the page starts (src/hooks.server.ts preloads it with the
 * scripts) instead of when the map is created: on a venue's wifi its 150 KB (gzip) then share the
 * link with the page's scripts rather than follow them. MapLibre starts its worker from the Blob of
 * that code (the CSP allows `worker-src blob:`).
 */
import { addProtocol, prewarm, setWorkerUrl, type Map as CarteMapLibre } from 'maplibre-gl';

export { Map, Marker, Popup } from 'maplibre-gl';
import { tuileDansBornes, urlTuile } from './tuiles';
import { BORNES_OCCITANIE, modeleTuiles, ZOOM_TUILES } from './style';
import { URL_WORKER } from './prechargement';

let pret: Promise<void> | null = null;

async function urlDuWorker(): Promise<string> {
	// Vite's dev server serves the worker as a module importing its client: it must load from its URL.
	if (import.meta.env.DEV) return URL_WORKER;
	try {
		const r = await fetch(URL_WORKER);
		if (!r.ok) throw new Error(`HTTP ${r.status}`);
		return URL.createObjectURL(new Blob([await r.blob()], { type: 'text/javascript' }));
	} catch {
		// MapLibre fetches the worker itself then, as it would without the preload.
		return URL_WORKER;
	}
}

/** Resolves once MapLibre knows its worker, which then compiles on another core; a map must be created after it. */
export function preparerMapLibre(): Promise<void> {
	pret ??= urlDuWorker().then((url) => {
		setWorkerUrl(url);
		prewarm();
	});
	return pret;
}

/** Creates a map with `creer` once MapLibre is ready; the returned function removes it, created yet or not. */
export function creerApresMapLibre(creer: () => () => void): () => void {
	let detruire: (() => void) | undefined;
	let annule = false;
	preparerMapLibre().then(() => {
		if (!annule) detruire = creer();
	});
	return () => {
		annule = true;
		detruire?.();
	};
}

/**
 * The first view's tiles are fetched by the page as soon as a map knows its viewport, instead of when
 * MapLibre's worker gets to them: on a venue's wifi that was ≈ 200 ms after the map's creation (worker
 * start, first frame), then 40 ms of round trip (`npm run bench`). Tiles whose URL starts with
 * `tuiles://` go through this handler, on the page's thread: it serves those downloads, and fetches
 * any other tile as MapLibre would.
 */
const PROTOCOLE_TUILES = 'tuiles';
const enAvance = new Map<string, Promise<ArrayBuffer>>();

async function telecharger(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
	const r = await fetch(url, { signal });
	if (!r.ok) throw new Error(`Tuile ${url} : HTTP ${r.status}`);
	return r.arrayBuffer();
}

addProtocol(PROTOCOLE_TUILES, async ({ url }, abandon) => {
	const vraie = url.slice(PROTOCOLE_TUILES.length + 3);
	const deja = enAvance.get(vraie);
	enAvance.delete(vraie);
	return { data: await (deja ?? telecharger(vraie, abandon.signal)) };
});

/** The style's tile URL under `urlTuiles`, through the handler above. */
export const urlTuilesServies = (urlTuiles: string) => `${PROTOCOLE_TUILES}://${urlTuiles}`;

/**
 * Starts downloading the tiles `carte` will ask for first from `urlTuiles` (the source of creerStyle).
 * Called right after the map is created: its viewport is set, its worker not yet started.
 */
export function prechargerTuiles(carte: CarteMapLibre, urlTuiles: string): void {
	for (const { canonical: t } of carte.coveringTiles({ tileSize: 512, ...ZOOM_TUILES })) {
		if (!tuileDansBornes(BORNES_OCCITANIE, t.z, t.x, t.y)) continue;
		const url = urlTuile(modeleTuiles(urlTuiles), t.z, t.x, t.y);
		if (enAvance.has(url)) continue;
		const promesse = telecharger(url);
		// A failure is MapLibre's to report when it asks for the tile, not an unhandled rejection meanwhile.
		promesse.catch(() => {});
		enAvance.set(url, promesse);
	}
	// What the first view did not ask for is dropped, not kept for the page's lifetime.
	carte.once('idle', () => enAvance.clear());
}
