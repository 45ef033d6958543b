/** French text helpers shared by every page: plurals, and text normalised for matching. */
import { formatNombre } from './format';

/**
 * « 1 commune », « 3 communes », « 4 446 communes » (the number in the French format): plural above 1,
 * as French does; `motPluriel` for an irregular plural (« 2 lignes rejetées » → pluriel(2, 'ligne rejetée', 'lignes rejetées')).
 */
export function pluriel(n: number, mot: string, motPluriel = `${mot}s`): string {
	return `${formatNombre(n)} ${n > 1 ? motPluriel : mot}`;
}

/** "Saint-Étienne-d'Estréchoux" → "saint etienne d estrechoux"; "St" and "Ste" are expanded. */
export function normaliser(texte: string): string {
	return texte
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.replace(/\bste\b/g, 'sainte')
		.replace(/\bst\b/g, 'saint');
}

/** The name of something imported: trimmed, one line, at most `max` characters; empty → the file's name without its extension. */
export function nomImport(nom: string, fichier: string, max: number): string {
	const propre = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, max);
	return propre(nom) || propre(fichier.replace(/\.[a-z0-9]{1,5}$/i, ''));
}
