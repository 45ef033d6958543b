/**
 * MapLibre's worker, fetched as soon as the page starts (src/hooks.server.ts preloads it with the
 * scripts) instead of when the map is created: on a venue's wifi its 150 KB (gzip) then share the
 * link with the page's scripts rather than follow them. MapLibre starts its worker from the Blob of
 * that code (the CSP allows `worker-src blob:`).
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import { URL_WORKER } from './prechargement';

let pret: Promise<void> | null = null;

/** Resolves once MapLibre knows its worker; a map must be created after it. */
export function preparerMapLibre(): Promise<void> {
	pret ??= fetch(URL_WORKER)
		.then((r) => {
			if (!r.ok) throw new Error(`HTTP ${r.status}`);
			return r.blob();
		})
		.then(
			(code) => setWorkerUrl(URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))),
			// MapLibre fetches the worker itself then, as it would without the preload.
			() => setWorkerUrl(URL_WORKER)
		)
		// The worker compiles on another core while the page mounts.
		.then(() => prewarm());
	return pret;
}
