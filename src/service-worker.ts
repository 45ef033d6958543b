/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use at installation forums: after one visit, the app, its data and its map tiles are
 * served from the cache.
 *
 * One cache per build, switched atomically: a worker answers only from its own build's cache,
 * which it fills completely before it can take over (all or nothing). A new build's worker then
 * waits — the pages keep running the old build, code and data together — until a page accepts
 * the update ("Nouvelle version disponible — recharger": message 'activer') or every tab of the
 * old build is closed; then it deletes the old caches, takes control and the pages reload.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { aMettreEnCache } from '$lib/hors-ligne/cache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIXE = 'aides-occitanie-';
const CACHE = `${PREFIXE}${version}`;
// Static files the app never fetches, and communes.topo.json (tests, bench, planners' local outlines), stay out.
const ACTIFS = [...build, ...files.filter((f) => aMettreEnCache(f, base)), ...prerendered];
// Hashed build files never change under a name; data files and pages keep theirs across builds,
// so they are fetched past the HTTP cache, which could still hold the previous build's copy.
const IMMUABLES = new Set(build);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			try {
				await cache.addAll(ACTIFS.map((url) => new Request(url, { cache: IMMUABLES.has(url) ? 'default' : 'reload' })));
			} catch (e) {
				// A half-filled cache must never serve: the next attempt starts afresh.
				await caches.delete(CACHE);
				throw e;
			}
		})()
	);
});

sw.addEventListener('message', (event) => {
	const type = (event.data as { type?: string } | null)?.type;
	if (type === 'activer') sw.skipWaiting();
	else if (type === 'version') event.ports[0]?.postMessage(version);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const cles = await caches.keys();
			await Promise.all(cles.filter((cle) => cle.startsWith(PREFIXE) && cle !== CACHE).map((cle) => caches.delete(cle)));
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	// Pages by their path without the query (the state lives in the query string).
	const cle = event.request.mode === 'navigate' ? url.pathname : event.request;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const enCache = await cache.match(cle, { ignoreSearch: event.request.mode === 'navigate' });
			if (enCache) return enCache;
			return fetch(event.request);
		})()
	);
});
