/**
 * Runs at prerender only (a static site): each page with a map gets `<link rel="preload">` for its
 * first data files and MapLibre's worker, matched later by the page's own fetch() calls. Other pages
 * preload nothing they would not use.
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { DONNEES_PRECHARGEES, URL_WORKER } from '$lib/carte/prechargement';

const lien = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`;

export const handle: Handle = ({ event, resolve }) => {
	const donnees = DONNEES_PRECHARGEES[event.route.id ?? ''];
	if (!donnees) return resolve(event);
	const liens = [...donnees.map((f) => lien(`${base}/data/${f}`)), lien(URL_WORKER)].join('\n\t\t');
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('</head>', `\t${liens}\n\t</head>`) });
};
