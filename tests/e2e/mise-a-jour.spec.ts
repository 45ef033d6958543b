import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, attendreCarte } from './outils';
import { demarrerServeur, type ServeurStatique } from './serveur-statique';
import { PARCOURS } from '../../src/lib/presentation/parcours';

/**
 * Build B = a copy of build/ (build A) whose version string and one data file differ, as the
 * next deployment would be. Both are served in turn on one origin by our own small server.
 */
const test = base.extend<object, { serveur: ServeurStatique; versions: { a: string; b: string; racineB: string } }>({
	versions: [
		async ({}, use) => {
			const a = (JSON.parse(readFileSync('build/_app/version.json', 'utf8')) as { version: string }).version;
			const b = `${a}-b`;
			const racineB = mkdtempSync(join(tmpdir(), 'build-b-'));
			cpSync('build', racineB, { recursive: true });
			const textes = (d: string): string[] =>
				readdirSync(d).flatMap((f) => {
					const p = join(d, f);
					return statSync(p).isDirectory() ? textes(p) : ['.js', '.html', '.json'].includes(extname(p)) ? [p] : [];
				});
			let remplacements = 0;
			for (const f of textes(racineB)) {
				const t = readFileSync(f, 'utf8');
				if (t.includes(a)) {
					writeFileSync(f, t.replaceAll(a, b));
					remplacements++;
				}
			}
			// The service worker, the app's code and version.json all carry the version.
			expect(remplacements).toBeGreaterThanOrEqual(3);
			const sources = JSON.parse(readFileSync(join(racineB, 'data/sources.json'), 'utf8'));
			sources.communes.date = 'COG 2026 (données B)';
			writeFileSync(join(racineB, 'data/sources.json'), JSON.stringify(sources));
			await use({ a, b, racineB });
			rmSync(racineB, { recursive: true, force: true });
		},
		{ scope: 'worker' }
	],
	serveur: [
		async ({}, use) => {
			const s = await demarrerServeur('build');
			await use(s);
			await s.fermer();
		},
		{ scope: 'worker' }
	],
	baseURL: async ({ serveur }, use) => use(serveur.url)
});

/** What the page runs: its code's version, the data it shows, the worker that serves it. */
async function etatDuSite(page: Page) {
	return {
		code: await page.getByTestId('mise-a-jour').getAttribute('data-version'),
		donnees: (await page.getByTestId('sources').locator('dd').first().textContent())?.includes('(données B)') ? 'B' : 'A',
		travailleur: await page.evaluate(
			() =>
				new Promise<string>((ok) => {
					const canal = new MessageChannel();
					canal.port1.onmessage = (e) => ok(e.data as string);
					navigator.serviceWorker.controller!.postMessage({ type: 'version' }, [canal.port2]);
				})
		),
		caches: await page.evaluate(() => caches.keys())
	};
}

test.describe('nouvelle version déployée pendant que l’ordinateur garde l’ancienne', () => {
	test.use({ serviceWorkers: 'allow', erreursAttendues: [/ERR_INTERNET_DISCONNECTED/] });

	test('tout A, puis après acceptation tout B ; hors ligne, le parcours tourne deux fois sans erreur', async ({ page, context, serveur, versions }) => {
		test.setTimeout(180_000);
		const A = { code: versions.a, donnees: 'A', travailleur: versions.a, caches: [`aides-occitanie-${versions.a}`] };
		const B = { code: versions.b, donnees: 'B', travailleur: versions.b, caches: [`aides-occitanie-${versions.b}`] };

		serveur.servir('build');
		await page.goto('/?commune=48095&profil=medecin-liberal');
		await attendreCarte(page);
		await expect
			.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 })
			.toBe('activated');
		await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		expect(await etatDuSite(page)).toEqual(A);

		// Deployment of B; the laptop comes back to the site.
		serveur.servir(versions.racineB);
		await page.goto('/?commune=48095&profil=medecin-liberal');
		await attendreCarte(page);
		await expect(page.getByText('Nouvelle version disponible')).toBeVisible({ timeout: 60_000 });
		// B is fully cached and waits: the page still runs A, code and data together.
		const pendant = await etatDuSite(page);
		expect({ ...pendant, caches: undefined }).toEqual({ ...A, caches: undefined });
		expect(pendant.caches.sort()).toEqual([...A.caches, ...B.caches].sort());

		await page.getByTestId('recharger').click();
		await expect.poll(async () => (await page.getByTestId('mise-a-jour').getAttribute('data-version').catch(() => null)) ?? '', { timeout: 30_000 }).toBe(versions.b);
		await attendreCarte(page);
		expect(await etatDuSite(page)).toEqual(B);
		await expect(page.getByText('Nouvelle version disponible')).toBeHidden();

		// Offline, the whole tour twice, fast.
		await context.setOffline(true);
		await page.goto('/presentation?duree=0.2&reprise=60');
		await attendreCarte(page);
		const presentation = page.getByTestId('presentation');
		const vues = await page.evaluate(() => {
			const vu = new Set<string>();
			const el = document.querySelector('[data-testid="presentation"]')!;
			const noter = () => {
				const commune = document.querySelector('[data-testid="etape-commune"]');
				const aides = document.querySelectorAll('[data-testid="etape-commune"] [data-aide]').length;
				if (el.getAttribute('data-type') === 'commune' && commune && aides > 0) vu.add(commune.getAttribute('data-code')!);
			};
			new MutationObserver(noter).observe(el, { attributes: true, subtree: true, childList: true });
			(window as unknown as { vues: Set<string> }).vues = vu;
			return true;
		});
		expect(vues).toBe(true);
		await expect.poll(async () => Number(await presentation.getAttribute('data-cycles')), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
		const communesVues = await page.evaluate(() => [...(window as unknown as { vues: Set<string> }).vues].sort());
		expect(communesVues).toEqual(PARCOURS.map((e) => e.commune).sort());
		expect(await page.getByTestId('mise-a-jour').getAttribute('data-version')).toBe(versions.b);
	});
});
