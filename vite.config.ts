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
			// MapLibre in a chunk of its own: cached across releases of the app, and measured apart by the bench.
			output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } }
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
