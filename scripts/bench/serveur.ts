/**
 * Minimal static server for the benchmark: serves build/ and the baseline page from memory, and logs
 * every body it sends (uncompressed), so byte counts are exactly what the pages asked for.
 * Bodies go gzip-compressed to a browser that accepts it, as any static host does — for both pages.
 * A network profile, when given, shapes every response of every page and worker the same way:
 * one shared downlink of `debit` bits per second and `latence` ms before a response starts.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
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
	'.webmanifest': 'application/manifest+json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

/** Already compressed: sent as they are. */
const COMPRESSES = new Set(['.png', '.woff', '.woff2']);

export interface Fichier {
	type: string;
	contenu: Buffer;
}

export interface Envoi {
	chemin: string;
	contenu: Buffer;
	/** When the request arrived (Date.now()), to tell what a page asked for before its first view. */
	recu: number;
}

/** A venue's network: shared downlink and round trip. */
export interface ProfilReseau {
	nom: string;
	/** Bits per second, shared by every response in flight. */
	debit: number;
	/** Milliseconds before each response's first byte. */
	latence: number;
}

export interface ServeurBench {
	url: string;
	/** Bodies sent since the last call, in order; the log is emptied. */
	releverEnvois(): Envoi[];
	/** Applies a network profile to the following requests (null: the machine's own loopback). */
	reseau(profil: ProfilReseau | null): void;
	fermer(): Promise<void>;
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * One link shared by all responses: each chunk waits for the link to be free, then occupies it for
 * its size over the rate — parallel downloads split the bandwidth as on a venue's wifi.
 */
class Liaison {
	private libre = 0;
	constructor(private debit: number) {}

	async envoyer(rep: ServerResponse, corps: Buffer): Promise<void> {
		const MORCEAU = 16 * 1024;
		for (let i = 0; i < corps.length && !rep.destroyed; i += MORCEAU) {
			const morceau = corps.subarray(i, i + MORCEAU);
			const debut = Math.max(performance.now(), this.libre);
			this.libre = debut + (morceau.length * 8 * 1000) / this.debit;
			await pause(this.libre - performance.now());
			// A request the page abandons (a tile out of view) frees the link.
			if (!rep.write(morceau)) {
				await new Promise<void>((ok) => {
					const suite = () => {
						rep.off('drain', suite).off('close', suite);
						ok();
					};
					rep.once('drain', suite).once('close', suite);
				});
			}
		}
		rep.end();
	}
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
	let profil: ProfilReseau | null = null;
	let liaison: Liaison | null = null;

	const serveur: Server = createServer(async (req, rep) => {
		const recu = Date.now();
		const chemin = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		// Prerendered pages are served without their extension, as static hosts do (/couverture → couverture.html).
		const cle = [chemin.endsWith('/') ? chemin + 'index.html' : chemin, chemin + '.html'].find((c) => fichiers.has(c));
		if (profil) await pause(profil.latence);
		const f = cle && fichiers.get(cle);
		if (!cle || !f) {
			rep.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('introuvable');
			return;
		}
		const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'])) && !COMPRESSES.has(extname(cle));
		const corps = gzip ? compresse(cle, f.contenu) : f.contenu;
		// no-store: every run must download everything, even if a context ever shared a cache.
		rep.writeHead(200, {
			'content-type': f.type,
			'content-length': corps.length,
			'cache-control': 'no-store',
			...(gzip && { 'content-encoding': 'gzip' })
		});
		if (req.method !== 'HEAD') envois.push({ chemin, contenu: f.contenu, recu });
		if (req.method === 'HEAD') rep.end();
		else if (liaison) await liaison.envoyer(rep, corps);
		else rep.end(corps);
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
		reseau(p) {
			profil = p;
			liaison = p ? new Liaison(p.debit) : null;
		},
		fermer: () =>
			new Promise<void>((ok) => {
				serveur.closeAllConnections();
				serveur.close(() => ok());
			})
	};
}

const gzipCache = new Map<string, Buffer>();
/** The body gzip -9 compresses to, what a well-configured static host sends (served bytes never change). */
function compresse(chemin: string, contenu: Buffer): Buffer {
	let z = gzipCache.get(chemin);
	if (!z) {
		z = gzipSync(contenu, { level: 9 });
		gzipCache.set(chemin, z);
	}
	return z;
}

/** Size after gzip level 9. */
export function tailleGzip({ chemin, contenu }: Envoi): number {
	return compresse(chemin, contenu).length;
}
