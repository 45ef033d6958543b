/**
 * Offline use (src/service-worker.ts), set up once the page's first view is drawn and the
 * browser is idle, so that a first visit never pays for the offline cache.
 */
export function enregistrerHorsLigne(base: string): void {
	if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
	const enregistrer = () => navigator.serviceWorker.register(`${base}/service-worker.js`, { type: 'module' }).catch(() => {});
	if ('requestIdleCallback' in window) requestIdleCallback(enregistrer, { timeout: 5000 });
	else setTimeout(enregistrer, 2000);
}

/** Messages the page sends to the service worker. */
export type MessageTravailleur = { type: 'activer' } | { type: 'version' };
