import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { SCRIPT_PRECHARGEMENT } from './src/lib/carte/prechargement-script.js';

/** The map page's own inline script (its preloads, src/hooks.server.ts), allowed by its hash. */
const HASH_PRECHARGEMENT = `sha256-${createHash('sha256').update(SCRIPT_PRECHARGEMENT).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// A fully static site: it must work offline on a forum laptop.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Registered by the page once the map is drawn, so that caching for offline use never
		// competes with the first view (src/routes/+page.svelte).
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', HASH_PRECHARGEMENT],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
