/**
 * QR codes drawn offline, as SVG paths (lean-qr: no dependency, no canvas, nothing fetched).
 * Pure functions: the components only draw what these return.
 */
import { correction, generate, type Bitmap2D } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

export interface QrVectoriel {
	/** Modules per side, without the quiet zone. */
	taille: number;
	/** Outline of the dark modules, in module units (for a `<path d>`). */
	chemin: string;
}

/** Level M (15 % of the code may be lost) at least: a phone reads it off a screen or a printed sheet. */
export function genererQr(texte: string): Bitmap2D {
	return generate(texte, { minCorrectionLevel: correction.M });
}

export function qrVectoriel(texte: string): QrVectoriel {
	const code = genererQr(texte);
	return { taille: code.size, chemin: toSvgPath(code) };
}

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
