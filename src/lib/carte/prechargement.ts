/**
 * What a page with a map fetches before anything else, written into its HTML at prerender
 * (src/hooks.server.ts) so that it downloads while the scripts do.
 */
import urlWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

/** MapLibre's worker as Vite bundles it: the same hashed file for the browser and the prerenderer. */
export const URL_WORKER = urlWorker;

/** Data files per route, under the site's base path. */
export const DONNEES_PRECHARGEES: Record<string, readonly string[]> = {
	'/': ['departements.json', 'sources.json'],
	'/presentation': ['departements.json', 'sources.json', 'communes.json']
};
