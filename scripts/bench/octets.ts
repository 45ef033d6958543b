/** Sorts the bodies a page load received into the benchmark's byte categories. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tailleGzip, type Envoi } from './serveur';

export interface Taille {
	brut: number;
	gzip: number;
}

export interface Octets {
	geometrieAttributs: Taille;
	jsMaplibre: Taille;
	jsApplication: Taille;
	total: Taille;
	/** True when MapLibre shares a chunk with app code and its share had to be estimated. */
	maplibreEstime: boolean;
}

const vide = (): Taille => ({ brut: 0, gzip: 0 });
const ajouter = (t: Taille, brut: number, gzip: number) => {
	t.brut += brut;
	t.gzip += gzip;
};

/**
 * A MapLibre chunk is recognised by a string of MapLibre's own code ('maplibregl-canvas', the class
 * of the canvas it creates), not by a bare 'maplibre': an app chunk also mentions the worker's file
 * name. The worker is recognised by its file name. When the bundler put MapLibre and app code in
 * one chunk (the app's 'carte-debut' mark is there too), MapLibre's share is estimated as the size
 * of maplibre-gl's own minified build, and the rest of the chunk is counted as app code.
 */
export function classerOctets(envois: Envoi[], geometrie: (chemin: string) => boolean, racine: string): Octets {
	const o: Octets = { geometrieAttributs: vide(), jsMaplibre: vide(), jsApplication: vide(), total: vide(), maplibreEstime: false };
	for (const e of envois) {
		const brut = e.contenu.length;
		const gzip = tailleGzip(e);
		ajouter(o.total, brut, gzip);
		if (geometrie(e.chemin)) ajouter(o.geometrieAttributs, brut, gzip);
		if (!/\.m?js$/.test(e.chemin)) continue;
		const nom = e.chemin.split('/').pop()!;
		const texte = e.contenu.toString('latin1');
		if (nom.includes('maplibre')) ajouter(o.jsMaplibre, brut, gzip);
		else if (!texte.includes('maplibregl-canvas')) ajouter(o.jsApplication, brut, gzip);
		else if (texte.includes('carte-debut')) {
			const ref = referenceMaplibre(racine);
			const part = { brut: Math.min(brut, ref.brut), gzip: Math.min(gzip, ref.gzip) };
			ajouter(o.jsMaplibre, part.brut, part.gzip);
			ajouter(o.jsApplication, brut - part.brut, gzip - part.gzip);
			o.maplibreEstime = true;
		} else ajouter(o.jsMaplibre, brut, gzip);
	}
	return o;
}

let reference: Taille | undefined;
function referenceMaplibre(racine: string): Taille {
	if (!reference) {
		const contenu = readFileSync(join(racine, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs'));
		reference = { brut: contenu.length, gzip: gzipSync(contenu, { level: 9 }).length };
	}
	return reference;
}
