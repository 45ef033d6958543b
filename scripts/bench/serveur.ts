/**
 * Minimal static server for the benchmark: serves build/ and the baseline page from memory, and logs
 * every body it sends, so byte counts are exactly what the browser received (no compression on the
 * wire: gzip sizes are computed from the same bytes, see tailleGzip).
 */
import { createServer, type Server } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

export interface Fichier {
	type: string;
	contenu: Buffer;
}

export interface Envoi {
	chemin: string;
	contenu: Buffer;
}

export interface ServeurBench {
	url: string;
	/** Bodies sent since the last call, in order; the log is emptied. */
	releverEnvois(): Envoi[];
	fermer(): Promise<void>;
}

/**
 * build/ is read into memory once: every run gets the same bytes even if the folder is rebuilt
 * meanwhile, and disk reads stay out of the timings. `virtuels`: extra URL path → body.
 */
export async function demarrerServeur(racine: string, virtuels: Map<string, Fichier>): Promise<ServeurBench> {
	const fichiers = new Map(virtuels);
	for (const f of await readdir(racine, { recursive: true, withFileTypes: true })) {
		if (!f.isFile()) continue;
		const chemin = '/' + relative(racine, join(f.parentPath, f.name)).split(sep).join('/');
		fichiers.set(chemin, { type: TYPES[extname(f.name)] ?? 'application/octet-stream', contenu: await readFile(join(f.parentPath, f.name)) });
	}
	let envois: Envoi[] = [];

	const serveur: Server = createServer((req, rep) => {
		const chemin = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		// Prerendered pages are served without their extension, as static hosts do (/couverture → couverture.html).
		const f = fichiers.get(chemin.endsWith('/') ? chemin + 'index.html' : chemin) ?? fichiers.get(chemin + '.html');
		if (!f) {
			rep.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('introuvable');
			return;
		}
		// no-store: every run must download everything, even if a context ever shared a cache.
		rep.writeHead(200, { 'content-type': f.type, 'content-length': f.contenu.length, 'cache-control': 'no-store' });
		rep.end(req.method === 'HEAD' ? undefined : f.contenu);
		if (req.method !== 'HEAD') envois.push({ chemin, contenu: f.contenu });
	});
	await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
	const { port } = serveur.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		releverEnvois() {
			const e = envois;
			envois = [];
			return e;
		},
		fermer: () =>
			new Promise<void>((ok) => {
				serveur.closeAllConnections();
				serveur.close(() => ok());
			})
	};
}

const gzipCache = new Map<string, number>();
/** Size after gzip level 9, what a well-configured static host would send (served bytes never change). */
export function tailleGzip({ chemin, contenu }: Envoi): number {
	let n = gzipCache.get(chemin);
	if (n === undefined) {
		n = gzipSync(contenu, { level: 9 }).length;
		gzipCache.set(chemin, n);
	}
	return n;
}
