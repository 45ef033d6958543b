import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, attendreCarte } from './outils';
import { lireQr } from './qr';
import { PARCOURS } from '../../src/lib/presentation/parcours';

const presentation = (page: Page) => page.getByTestId('presentation');
const etape = async (page: Page) => Number(await presentation(page).getAttribute('data-etape'));

/** Computed font sizes (px) of the texts a visitor reads from 5 m. */
async function taillesDuContenu(page: Page): Promise<Record<string, number>> {
	return page.evaluate(() => {
		const taille = (sel: string) => {
			const el = document.querySelector(sel);
			if (!el) throw new Error(`${sel} absent`);
			return parseFloat(getComputedStyle(el).fontSize);
		};
		const min = (sel: string) => Math.min(...[...document.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize)));
		return {
			commune: taille('#presentation-commune'),
			lieu: taille('[data-testid="etape-commune"] .lieu'),
			profil: taille('[data-testid="profil-presentation"]'),
			somme: taille('[data-testid="presentation-somme"]'),
			aides: min('[data-testid="etape-commune"] li, [data-testid="etape-commune"] p'),
			legendeQr: taille('.qr p')
		};
	});
}

async function taillesDiapo(page: Page): Promise<number> {
	return page.evaluate(() =>
		Math.min(...[...document.querySelectorAll('[data-testid="diapo-chiffres"] :is(p, h2, h3, dt, dd, figcaption span)')].map((e) => parseFloat(getComputedStyle(e).fontSize)))
	);
}

/** Content that does not fit is cut off: the panel must hold it all. */
async function debordement(page: Page): Promise<{ largeur: number; visible: number }> {
	return page.getByTestId('etape-commune').evaluate((el) => ({ largeur: el.scrollWidth, visible: el.clientWidth }));
}

test.describe('présentation plein écran, 1920 × 1080', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('texte d’au moins 32 px, chaque commune du parcours tient à l’écran, chaque chiffre clé a sa diapositive', async ({ page }) => {
		await page.goto('/presentation');
		await attendreCarte(page);
		await page.keyboard.press('Space');
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'false');
		const tailles = await taillesDuContenu(page);
		expect(tailles.commune).toBeGreaterThanOrEqual(64);
		// The five-year sum, as the commune panel's headline says it.
		await expect(page.getByTestId('presentation-somme')).toHaveText(/sur 5 ans ici/);
		for (const [nom, t] of Object.entries(tailles)) expect(t, nom).toBeGreaterThanOrEqual(32);

		const communes: string[] = [];
		const series: string[] = [];
		for (let i = 0; i < 28; i++) {
			const type = await presentation(page).getAttribute('data-type');
			if (type === 'commune') {
				const code = (await presentation(page).getAttribute('data-commune'))!;
				await expect(page.getByTestId('etape-commune')).toHaveAttribute('data-code', code);
				const d = await debordement(page);
				expect(d.largeur, `${code} déborde`).toBeLessThanOrEqual(d.visible + 1);
				communes.push(code);
			} else {
				await expect(page.getByTestId('diapo-chiffres')).toBeVisible();
				expect(await taillesDiapo(page)).toBeGreaterThanOrEqual(32);
				series.push((await page.getByTestId('diapo-chiffres').getAttribute('data-serie'))!);
			}
			await page.keyboard.press('ArrowRight');
		}
		expect(communes).toEqual(PARCOURS.map((e) => e.commune));
		expect(series).toEqual(PARCOURS.flatMap((e) => e.chiffres));
		// 28 steps forward from the first one: back at the start.
		expect(await etape(page)).toBe(0);
	});

	test('clavier : espace met en pause et relance, flèches d’une étape, Échap met en pause ; un toucher met en pause ; reprise seule après inactivité', async ({ page }) => {
		await page.goto('/presentation?duree=60&reprise=2');
		await attendreCarte(page);
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'true');
		await expect(page.getByTestId('etat-lecture')).toContainText('Lecture');

		await page.keyboard.press('Space');
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'false');
		await expect(page.getByTestId('etat-lecture')).toContainText('Pause · reprise dans');
		await page.keyboard.press('Space');
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'true');

		await page.keyboard.press('ArrowRight');
		expect(await etape(page)).toBe(1);
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'false');
		await expect(page.getByTestId('diapo-chiffres')).toHaveAttribute('data-serie', PARCOURS[0].chiffres[0]);
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		expect(await etape(page)).toBe(27);
		await page.keyboard.press('Home');
		expect(await etape(page)).toBe(0);
		await expect(page.getByTestId('ou')).toContainText('Haute-Garonne');

		// Idle for 2 s: the tour plays again by itself.
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'true', { timeout: 5000 });
		await page.keyboard.press('Escape');
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'false');
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'true', { timeout: 5000 });

		// A touch on the map pauses the tour.
		const carte = (await page.getByTestId('carte').boundingBox())!;
		await page.mouse.click(carte.x + carte.width / 2, carte.y + carte.height / 3);
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'false');
		// The pause button of the bar does what it says, by mouse and by keyboard.
		await page.getByTestId('lecture-pause').click();
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'true');
		await page.getByTestId('lecture-pause').click();
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'false');
		await page.getByTestId('lecture-pause').focus();
		await page.keyboard.press('Space');
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'true');
	});

	test('le parcours avance seul et montre où il en est', async ({ page }) => {
		await page.goto('/presentation?duree=0.6');
		await attendreCarte(page);
		await expect.poll(() => etape(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
		const courante = page.getByTestId('progression').locator('[aria-current="step"]');
		await expect(courante).toHaveCount(1);
		await expect(courante).toContainText(/\d\d/);
	});

	test('plein écran avec une sortie visible', async ({ page }) => {
		await page.goto('/presentation');
		await attendreCarte(page);
		await page.getByTestId('plein-ecran').click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await expect(page.getByTestId('plein-ecran')).toHaveText('Quitter le plein écran');
		await expect(page.getByTestId('plein-ecran')).toBeVisible();
		await page.getByTestId('plein-ecran').click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
		await expect(page.getByTestId('plein-ecran')).toHaveText('Plein écran');
	});

	test('le QR code ouvre sur un téléphone la commune et le profil affichés', async ({ page, baseURL }) => {
		await page.goto('/presentation');
		await attendreCarte(page);
		await page.keyboard.press('Space');
		const premier = PARCOURS[0];
		// The QR code carries the rules' date (today's), so that a phone reads the same answer.
		const d = new Date();
		const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
		expect(lireQr(await page.getByTestId('qr-presentation').screenshot())).toBe(`${baseURL}/?commune=${premier.commune}&profil=${premier.profil}&date=${date}`);
		// The dentist of the playlist: the dentists' zoning travels with the address.
		const rang = PARCOURS.findIndex((e) => e.profil === 'chirurgien-dentiste-liberal');
		while ((await presentation(page).getAttribute('data-commune')) !== PARCOURS[rang].commune) await page.keyboard.press('ArrowRight');
		expect(lireQr(await page.getByTestId('qr-presentation').screenshot())).toBe(
			`${baseURL}/?commune=${PARCOURS[rang].commune}&couche=zonage-dentistes&profil=chirurgien-dentiste-liberal&date=${date}`
		);
		await page.keyboard.press('ArrowRight');
		expect(lireQr(await page.getByTestId('qr-presentation').screenshot())).toBe(`${baseURL}/chiffres`);
	});

	test('accessibilité (axe) : commune et diapositive', async ({ page }) => {
		await page.goto('/presentation');
		await attendreCarte(page);
		await page.keyboard.press('Space');
		for (let i = 0; i < 2; i++) {
			const { violations } = await new AxeBuilder({ page }).analyze();
			const graves = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} : ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
			expect(graves).toEqual([]);
			await page.keyboard.press('ArrowRight');
		}
	});

	test('une durée absurde dans l’adresse : message en français, valeurs par défaut', async ({ page }) => {
		await page.goto('/presentation?duree=vite');
		await expect(page.getByTestId('avis')).toContainText('« duree=vite » est ignoré');
		await attendreCarte(page);
		await expect(presentation(page)).toHaveAttribute('data-lecture', 'true');
	});
});

test.describe('présentation, 3840 × 2160', () => {
	test.use({ viewport: { width: 3840, height: 2160 } });

	test('le texte double avec l’écran : au moins 64 px', async ({ page }) => {
		await page.goto('/presentation');
		await attendreCarte(page);
		await page.keyboard.press('Space');
		const tailles = await taillesDuContenu(page);
		expect(tailles.commune).toBeGreaterThanOrEqual(128);
		for (const [nom, t] of Object.entries(tailles)) expect(t, nom).toBeGreaterThanOrEqual(64);
		await page.keyboard.press('ArrowRight');
		expect(await taillesDiapo(page)).toBeGreaterThanOrEqual(64);
	});
});
