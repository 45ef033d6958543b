/** The address of a shared view, apart from the QR library so the map page can compute it without loading it. */

/** The address of a view: the page's address with its query replaced by the state's (no hash). */
export function urlDeVue(adresse: string, requete: string): string {
	const url = new URL(adresse);
	url.search = requete;
	url.hash = '';
	return url.href;
}

/** A loopback address works only on the computer itself: a phone scanning it opens nothing. */
export function estAdresseLocale(adresse: string): boolean {
	const { hostname } = new URL(adresse);
	return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}
