/** Node module hook: lets tsx scripts (CLI, benchmarks) import .publicodes files as the app does. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { moduleDepuisPublicodes } from './yaml.mjs';

export async function load(url, context, suivant) {
	if (!url.endsWith('.publicodes')) return suivant(url, context);
	const fichier = fileURLToPath(url);
	return { format: 'module', source: moduleDepuisPublicodes(await readFile(fichier, 'utf8'), fichier), shortCircuit: true };
}
