import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { moduleDepuisPublicodes } from './scripts/publicodes/yaml.mjs';

/** The aid rules are publicodes YAML files; the app receives them as plain JS objects. */
const publicodes: Plugin = {
	name: 'publicodes-yaml',
	transform(code, id) {
		if (id.endsWith('.publicodes')) return { code: moduleDepuisPublicodes(code, id), map: null };
	}
};

export default defineConfig({
	plugins: [publicodes, sveltekit()],
	build: {
		rolldownOptions: {
			// MapLibre in a chunk of its own: cached across releases of the app, and measured apart by the bench. Its
			// code only: its stylesheet, imported by the map component, would make the page import the chunk statically
			// (the map page loads MapLibre dynamically, Carte.svelte).
			output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ }] } }
		}
	},
	test: {
		// The CLI tests start a process each and the rules tests build an engine: on a loaded 2-core machine they
		// can take longer than vitest's 5 s without anything being wrong.
		testTimeout: 30_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.svelte.test.ts'], environment: 'node' } },
			{
				// Runes modules (*.svelte.ts) tested as a page runs them: built for the browser (Vite's client
				// environment) with Svelte's client runtime (its `browser` export), effects included.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['tests/unit/**/*.svelte.test.ts'],
					environment: './tests/unit/environnement-runes.ts'
				}
			}
		]
	}
});
