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
