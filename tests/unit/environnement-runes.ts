/**
 * Vitest environment of the runes tests (`*.svelte.test.ts`): still Node, but modules are built as for
 * the browser (Vite's client environment), so that Svelte's client runtime runs `$effect` and
 * `flushSync` as a page would. Server-built runes never run effects.
 */
import type { Environment } from 'vitest/environments';

export default {
	name: 'runes',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => {} })
} satisfies Environment;
