import AxeBuilder from '@axe-core/playwright';
import { test, expect, attendreCarte } from './outils';
import { lireQr } from './qr';

const VUE = '/?commune=82112&profil=medecin-liberal&r.caim-en-cours=non&r.situation=exercice&date=2023-12-27';

test.describe('partager une vue', () => {
	test('« Partager » copie le lien de la vue et montre son QR code, qui redonne la même adresse', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(VUE);
		await attendreCarte(page);
		await expect(page).toHaveURL(/r\.caim-en-cours=non/);
		const attendu = page.url();
		expect(attendu.startsWith(`${baseURL}/?`)).toBe(true);
		await page.getByTestId('partager').click();
		await expect(page.getByTestId('partager')).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByTestId('message-partage')).toHaveText('Lien copié dans le presse-papiers.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(attendu);
		await expect(page.getByTestId('lien-partage')).toHaveValue(attendu);
		const qr = lireQr(await page.getByTestId('qr-partage').screenshot());
		expect(qr).toBe(attendu);

		// The QR code follows the view: another profile changes the address it holds.
		await page.getByTestId('choix-profil').selectOption('chirurgien-dentiste-liberal');
		await expect(page).toHaveURL(/profil=chirurgien-dentiste-liberal/);
		await expect(page.getByTestId('message-partage')).toBeHidden();
		expect(lireQr(await page.getByTestId('qr-partage').screenshot())).toBe(page.url());

		// Opening the shared address shows the same view.
		const autre = await context.newPage();
		await autre.goto(page.url());
		await attendreCarte(autre);
		await expect(autre.getByTestId('panneau-commune')).toHaveAttribute('data-code', '82112');
		await expect(autre.getByTestId('choix-profil')).toHaveValue('chirurgien-dentiste-liberal');
	});

	test('presse-papiers refusé : message en français, lien sélectionné pour une copie à la main', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('refusé', 'NotAllowedError')) }
			});
		});
		await page.goto(VUE);
		await attendreCarte(page);
		await page.getByTestId('partager').click();
		await expect(page.getByTestId('message-partage')).toContainText('n’a pas autorisé la copie automatique');
		const champ = page.getByTestId('lien-partage');
		await expect(champ).toBeFocused();
		const selection = await champ.evaluate((e: HTMLInputElement) => [e.selectionStart, e.selectionEnd, e.value.length]);
		expect(selection).toEqual([0, selection[2], selection[2]]);
		// The app stays usable: the panel can be closed and the map still answers.
		await page.getByTestId('partager').click();
		await expect(page.getByTestId('volet-partage')).toBeHidden();
	});

	test('accessibilité du panneau avec les actions « Partager » et « Imprimer la fiche » ouvertes', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(VUE);
		await attendreCarte(page);
		await page.getByTestId('partager').click();
		await expect(page.getByTestId('qr-partage')).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).analyze();
		const graves = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} : ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
		expect(graves).toEqual([]);
	});

	test.describe('téléphone', () => {
		test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

		test('« Partager » se touche du doigt et son QR code tient dans l’écran', async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(VUE);
			await attendreCarte(page);
			const bouton = page.getByTestId('partager');
			await bouton.scrollIntoViewIfNeeded();
			const boite = (await bouton.boundingBox())!;
			expect(boite.height).toBeGreaterThanOrEqual(44);
			await bouton.tap();
			const qr = page.getByTestId('qr-partage');
			await qr.scrollIntoViewIfNeeded();
			const b = (await qr.boundingBox())!;
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(390);
			expect(b.width).toBeGreaterThanOrEqual(150);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			expect(lireQr(await qr.screenshot())).toBe(page.url());
			await expect(page.getByTestId('message-partage')).toHaveText('Lien copié dans le presse-papiers.');
		});
	});
});
