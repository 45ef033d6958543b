/**
 * A small static server for the update test: it serves one build folder, then another, on the
 * same origin (a service worker belongs to its origin), as a host would after a deployment.
 * Every response is `no-cache`, as the static host's would be for pages and data.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.pbf': 'application/x-protobuf',
	'.txt': 'text/plain; charset=utf-8'
};

export interface ServeurStatique {
	url: string;
	/** Folder served from now on. */
	servir(racine: string): void;
	fermer(): Promise<void>;
}

export async function demarrerServeur(racineInitiale: string): Promise<ServeurStatique> {
	let racine = resolve(racineInitiale);
	const serveur = createServer(async (req, res) => {
		const chemin = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		// Prerendered pages: /communes is communes.html, / is index.html.
		const candidats = chemin.endsWith('/') ? [`${chemin}index.html`] : [chemin, `${chemin}.html`];
		for (const c of candidats) {
			const fichier = resolve(join(racine, c));
			if (!fichier.startsWith(racine + sep)) break;
			try {
				if (!(await stat(fichier)).isFile()) continue;
				const corps = await readFile(fichier);
				res.writeHead(200, { 'content-type': TYPES[extname(fichier)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
				res.end(req.method === 'HEAD' ? undefined : corps);
				return;
			} catch {
				// Next candidate.
			}
		}
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('introuvable');
	});
	await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
	const { port } = serveur.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		servir: (r) => (racine = resolve(r)),
		fermer: () => new Promise<void>((ok) => serveur.close(() => ok()))
	};
}
