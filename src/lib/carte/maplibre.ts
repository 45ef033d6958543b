/**
 * MapLibre's worker, fetched as soon as the page starts (src/hooks.server.ts preloads it with the
 * scripts) instead of when the map is created: on a venue's wifi its 150 KB (gzip) then share the
 * link with the page's scripts rather than follow them. MapLibre starts its worker from the Blob of
 * that code (the CSP allows `worker-src blob:`).
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
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
