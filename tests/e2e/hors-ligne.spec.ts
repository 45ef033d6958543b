import { test, expect, attendreCarte } from './outils';

test.describe('hors ligne', () => {
	// Offline, the browser logs the failed network probes of its own; the page must still work.
	test.use({ serviceWorkers: 'allow', erreursAttendues: [/ERR_INTERNET_DISCONNECTED/] });

	test('après une première visite, la carte, la fiche et les aides s’affichent sans réseau', async ({ page, context }) => {
		await page.goto('/?commune=48095&profil=medecin-liberal&r.situation=installation');
		await attendreCarte(page);
		// The service worker registers once the first view is drawn, then caches the whole site.
		await expect
			.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 })
			.toBe('activated');
		await context.setOffline(true);
		await page.reload();
		await attendreCarte(page);
		await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', '48095');
		await expect(page.getByTestId('aide-contrat-ars-territoires')).toHaveAttribute('data-statut', 'eligible');
		// The map flies to the commune after its first idle: poll until the tiles of the new view are drawn.
		await expect
			.poll(() => page.evaluate(() => (window as any).__carte.queryRenderedFeatures({ layers: ['communes-remplissage'] }).length))
			.toBeGreaterThan(30);
		// Place names are drawn from the page's own font: nothing to fetch.
		await expect
			.poll(() => page.evaluate(() => (window as any).__carte.queryRenderedFeatures({ layers: ['noms'] }).map((f: any) => f.properties.nom)))
			.toContain('Mende');
		await page.goto('/communes');
		await expect(page.getByTestId('resume')).toContainText('4 446 communes');
	});
});
