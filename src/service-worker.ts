/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use at installation forums: after one visit, the app, its data and its map tiles are
 * served from the cache. Each build has its own cache, so a new version never mixes with an old one.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `aides-occitanie-${version}`;
const ACTIFS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ACTIFS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((cles) => Promise.all(cles.filter((cle) => cle !== CACHE).map((cle) => caches.delete(cle))))
			.then(() => sw.clients.claim())
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
