/**
 * Runs at prerender only (a static site): each page with a map gets `<link rel="preload">` for its
 * first data files and MapLibre's worker, matched later by the page's own fetch() calls. Other pages
 * preload nothing they would not use.
 *
 * MapLibre and its worker are the first view's two big downloads (≈ 440 KB gzip of ≈ 520): they are
 * asked for first, ahead of the twenty small scripts and styles. Over HTTP/1.1 a browser opens six
 * connections per host; listed after the small files, MapLibre waited ≈ 270 ms on a venue's wifi
 * (40 ms per response) while the link stood mostly idle (`npm run bench`).
 *
 * The map page loads MapLibre dynamically (Carte.svelte), so that a shared link to a commune — a forum's
 * QR code, opened on a phone — shows its panel of aids from the communes' table and the rules without
 * waiting for it. Its preloads are two <template>s, and a small inline script (prechargement-script.js)
 * adds one of them while the head is parsed: the table and the rules engine for a shared link to a
 * commune, MapLibre and its worker for any other view.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { DONNEES_PRECHARGEES, URL_WORKER } from '$lib/carte/prechargement';
import { FICHIERS } from '$lib/donnees/charger';
import { ID_PRECHARGEMENT_CARTE, ID_PRECHARGEMENT_FICHE, SCRIPT_PRECHARGEMENT } from '$lib/carte/prechargement-script.js';

const lien = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`;
const module = (fichier: string) => `<link rel="modulepreload" href="${base}/${fichier}" />`;

/** The client build's manifest, written before the pages are prerendered. */
const MANIFESTE_VITE = '.svelte-kit/output/client/.vite/manifest.json';
type Manifeste = Record<string, { file: string; name?: string; imports?: string[] }>;

/**
 * Chunks and those they import, the largest first (MapLibre itself); [] on the dev server. `choisir` picks
 * the manifest's entries: a module imported dynamically by its path, or the chunks named in vite.config.ts.
 */
function chunks(choisir: (cle: string, c: Manifeste[string]) => boolean, quoi: string): string[] {
	if (!building) return [];
	if (!existsSync(MANIFESTE_VITE)) throw new Error(`Manifeste du build client introuvable (${MANIFESTE_VITE}) : relancez « npm run build ».`);
	const manifeste = JSON.parse(readFileSync(MANIFESTE_VITE, 'utf8')) as Manifeste;
	const entrees = Object.keys(manifeste).filter((cle) => choisir(cle, manifeste[cle]));
	if (!entrees.length) throw new Error(`${quoi} absent de ${MANIFESTE_VITE} : vérifiez vite.config.ts et les imports dynamiques.`);
	const vus = new Set<string>();
	const parcourir = (cle: string) => {
		if (vus.has(cle)) return;
		vus.add(cle);
		manifeste[cle].imports?.forEach(parcourir);
	};
	entrees.forEach(parcourir);
	const taille = (f: string) => readFileSync(`.svelte-kit/output/client/${f}`).length;
	return [...vus].map((cle) => manifeste[cle].file).sort((a, b) => taille(b) - taille(a));
}

let carte: string[] | undefined;
let fiche: string[] | undefined;

export const handle: Handle = ({ event, resolve }) => {
	const route = event.route.id ?? '';
	const donnees = DONNEES_PRECHARGEES[route];
	if (!donnees) return resolve(event);
	// MapLibre's chunk and the page's own MapLibre module (carte/maplibre.ts) share the name 'maplibre'.
	carte ??= [...chunks((_, c) => c.name === 'maplibre', 'Le chunk « maplibre »').map(module), lien(URL_WORKER)];
	fiche ??= [lien(`${base}/data/${FICHIERS.communes}`), ...chunks((cle) => cle === 'src/lib/aides/moteur.ts', 'src/lib/aides/moteur.ts').map(module)];
	const finales = donnees.map((f) => lien(`${base}/data/${f}`)).join('\n\t\t');
	return resolve(event, {
		// The text's two fonts come with the scripts: the page is laid out once with them, rather than again
		// when they arrive — which resized the map mid-load and competed with its tiles for the link.
		preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && path.endsWith('.woff2')),
		transformPageChunk: ({ html }) => {
			const enTete =
				route === '/'
					? [
							`<template id="${ID_PRECHARGEMENT_CARTE}">${carte!.join('')}</template>`,
							`<template id="${ID_PRECHARGEMENT_FICHE}">${fiche!.join('')}</template>`,
							`<script>${SCRIPT_PRECHARGEMENT}</script>`
						]
					: carte!;
			const tete = enTete.join('\n\t\t') + '\n\t\t';
			const premier = html.search(/<link [^>]*rel="modulepreload"/);
			html = premier >= 0 ? html.slice(0, premier) + tete + html.slice(premier) : html.replace('</head>', `\t${tete}</head>`);
			return html.replace('</head>', `\t${finales}\n\t</head>`);
		}
	});
};
