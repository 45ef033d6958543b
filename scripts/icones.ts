/**
 * Icons of the installable app (static/manifest.webmanifest), drawn at build time from
 * scripts/icone.svg into static/icones/ (git-ignored; `npm run build` and `npm start` run this).
 * Shapes only, no text: resvg needs no font. Skipped when the PNGs are newer than the SVG.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const SOURCE = 'scripts/icone.svg';
const DOSSIER = 'static/icones';
/** Standard sizes: Android/Chrome (192, 512), iOS home screen (180). */
const TAILLES: Record<string, number> = { 'icone-192.png': 192, 'icone-512.png': 512, 'apple-touch-icon.png': 180 };

const svg = readFileSync(SOURCE, 'utf8');
const dateSource = statSync(SOURCE).mtimeMs;
const aJour = (fichier: string) => {
	try {
		return statSync(`${DOSSIER}/${fichier}`).mtimeMs >= dateSource;
	} catch {
		return false;
	}
};

mkdirSync(DOSSIER, { recursive: true });
const faites: string[] = [];
for (const [fichier, taille] of Object.entries(TAILLES)) {
	if (aJour(fichier) && !process.argv.includes('--force')) continue;
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: taille } }).render().asPng();
	writeFileSync(`${DOSSIER}/${fichier}`, png);
	faites.push(`${fichier} (${taille} px)`);
}
console.log(faites.length ? `Icônes : ${faites.join(', ')}` : 'Icônes à jour.');
