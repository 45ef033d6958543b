import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download is not available on these machines. */
export const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--use-angle=swiftshader',
		'--enable-unsafe-swiftshader'
	]
};

/** Several checkouts can run their browser tests at once, each on its own port. */
const PORT = Number(process.env.PORT_E2E ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: CHROMIUM,
		viewport: { width: 1366, height: 800 },
		// The offline cache would answer requests that tests intercept; the offline test allows it.
		serviceWorkers: 'block',
		locale: 'fr-FR'
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
