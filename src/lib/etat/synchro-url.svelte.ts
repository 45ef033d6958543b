/**
 * One URL synchronisation for every page that keeps its state in the address (a view can be reloaded,
 * bookmarked, shared; each tab keeps its own). Each owner of some state writes its parameters; the page
 * lists its owners once, and the address follows them.
 */
import { afterNavigate, replaceState } from '$app/navigation';
import { apresPeinture } from '../ui/apres-peinture.svelte';

/** Writes one owner's parameters (only those that differ from their defaults). */
export type EcrireParametres = (p: URLSearchParams) => void;

/** The query string the writers give, '' when they write nothing. */
export function chaineRequete(ecrivains: readonly EcrireParametres[]): string {
	const p = new URLSearchParams();
	for (const ecrire of ecrivains) ecrire(p);
	const s = p.toString();
	return s ? `?${s}` : '';
}

/**
 * Mirrors the writers into the address with replaceState (no history entry per click). To be called while
 * a component initialises; SvelteKit's router must be started before replaceState, hence the wait for
 * the first navigation. The address follows once the change is painted: it is not what the click shows.
 */
export function synchroniserUrl(...ecrivains: EcrireParametres[]): void {
	let routeurPret = $state(false);
	afterNavigate(() => (routeurPret = true));
	$effect(() => {
		const qs = chaineRequete(ecrivains);
		if (!routeurPret) return;
		return apresPeinture(() => {
			if (qs !== location.search) replaceState(`${location.pathname}${qs}${location.hash}`, {});
		});
	});
}
