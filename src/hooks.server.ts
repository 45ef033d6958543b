/**
 * Runs at prerender only (a static site): each page with a map gets `<link rel="preload">` for its
 * first data files and MapLibre's worker, matched later by the page's own fetch() calls. Other pages
 * preload nothing they would not use.
 *
 * MapLibre and its worker are the first view's two big downloads (≈ 440 KB gzip of ≈ 520): they are
 * asked for first, ahead of the twenty small scripts and styles. Over HTTP/1.1 a browser opens six
 * connections per host; listed after the small files, MapLibre waited ≈ 270 ms on a venue's wifi
 * (40 ms per response) while the link stood mostly idle (`npm run bench`).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { DONNEES_PRECHARGEES, URL_WORKER } from '$lib/carte/prechargement';

const lien = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`;

/** The client build's manifest, written before the pages are prerendered. */
const MANIFESTE_VITE = '.svelte-kit/output/client/.vite/manifest.json';

/** MapLibre's chunk (named in vite.config.ts), or null on the dev server, which serves modules one by one. */
function chunkMapLibre(): string | null {
	if (!building) return null;
	if (!existsSync(MANIFESTE_VITE)) throw new Error(`Manifeste du build client introuvable (${MANIFESTE_VITE}) : relancez « npm run build ».`);
	const manifeste = JSON.parse(readFileSync(MANIFESTE_VITE, 'utf8')) as Record<string, { file: string; name?: string }>;
	const chunk = Object.values(manifeste).find((c) => c.name === 'maplibre');
	if (!chunk) throw new Error(`Aucun chunk « maplibre » dans ${MANIFESTE_VITE} : vérifiez codeSplitting dans vite.config.ts.`);
	return chunk.file;
}

let maplibre: string | null | undefined;

export const handle: Handle = ({ event, resolve }) => {
	const donnees = DONNEES_PRECHARGEES[event.route.id ?? ''];
	if (!donnees) return resolve(event);
	maplibre ??= chunkMapLibre();
	const finales = donnees.map((f) => lien(`${base}/data/${f}`)).join('\n\t\t');
	return resolve(event, {
		// The text's two fonts come with the scripts: the page is laid out once with them, rather than again
		// when they arrive — which resized the map mid-load and competed with its tiles for the link.
		preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && path.endsWith('.woff2')),
		transformPageChunk: ({ html }) => {
			const enTete = [lien(URL_WORKER)];
			if (maplibre) {
				// SvelteKit's own modulepreload for the chunk moves to the front, before the worker.
				const preload = html.match(new RegExp(`\\s*<link href="[^"]*${maplibre.replaceAll('.', '\\.')}" rel="modulepreload">`));
				if (!preload) throw new Error(`La page ${event.url.pathname} ne précharge pas MapLibre (${maplibre}).`);
				html = html.replace(preload[0], '');
				enTete.unshift(preload[0].trim());
			}
			const tete = enTete.join('\n\t\t') + '\n\t\t';
			const premier = html.search(/<link [^>]*rel="modulepreload"/);
			html = premier >= 0 ? html.slice(0, premier) + tete + html.slice(premier) : html.replace('</head>', `\t${tete}</head>`);
			return html.replace('</head>', `\t${finales}\n\t</head>`);
		}
	});
};
