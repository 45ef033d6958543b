/**
 * The aid rules are written as publicodes YAML files (`src/lib/aides/regles/*.publicodes`), one per
 * aid, so that a reviewer reads one file against one brochure page. They are turned into plain JS
 * modules at build time — by the Vite plugin (app, vitest) and by the Node loader (tsx scripts) —
 * so no YAML parser ships to the browser.
 */
import { parse } from 'yaml';

/**
 * `export default { …rules }` from a .publicodes file; a syntax error names the file and line.
 * @param {string} texte
 * @param {string} fichier
 * @returns {string}
 */
export function moduleDepuisPublicodes(texte, fichier) {
	let regles;
	try {
		regles = parse(texte, { uniqueKeys: true });
	} catch (e) {
		throw new Error(`Règles publicodes illisibles (${fichier}) : ${/** @type {Error} */ (e).message}`);
	}
	if (regles === null || typeof regles !== 'object' || Array.isArray(regles)) {
		throw new Error(`Règles publicodes illisibles (${fichier}) : un dictionnaire de règles est attendu.`);
	}
	return `export default ${JSON.stringify(regles)};\n`;
}
