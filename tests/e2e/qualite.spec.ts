import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, attendreCarte } from './outils';

async function violationsGraves(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('accessibilité (axe)', () => {
	test('vue principale sans sélection', async ({ page }) => {
		await page.goto('/');
		await attendreCarte(page);
		expect(await violationsGraves(page)).toEqual([]);
	});

	test('pages des aides et de leurs règles', async ({ page }) => {
		await page.goto('/aides');
		await expect(page.getByTestId('liste-aides').getByRole('link')).toHaveCount(37);
		expect(await violationsGraves(page)).toEqual([]);
		for (const id of ['caim', 'contrat-ars-territoires', 'exoneration-frr', 'contrats-conventionnels']) {
			await page.goto(`/aides/${id}`);
			await expect(page.getByTestId('conditions').first()).toBeVisible();
			expect(await violationsGraves(page), id).toEqual([]);
		}
	});

	test('page des chiffres clés pour grand écran', async ({ page }) => {
		await page.goto('/chiffres');
		await expect(page.getByTestId('graphique-cpts')).toBeVisible();
		expect(await violationsGraves(page)).toEqual([]);
	});

	test('commune sélectionnée sans profil', async ({ page }) => {
		await page.goto('/?commune=48095');
		await attendreCarte(page);
		await expect(page.getByTestId('choix-profil-panneau')).toBeVisible();
		expect(await violationsGraves(page)).toEqual([]);
	});

	for (const profil of ['medecin-liberal', 'etudiant-medecine-3e-cycle', 'chirurgien-dentiste-liberal', 'structure-exercice-coordonne']) {
		test(`groupes d’aides ouverts, profil ${profil}`, async ({ page }) => {
			await page.goto(`/?commune=82112&profil=${profil}`);
			await attendreCarte(page);
			await page.getByTestId('groupe-non-eligible').locator('summary').click();
			await page.getByText('Tous les zonages de la commune et leurs dates').click();
			await page.getByTestId('bloc-chiffres').locator('summary').first().click();
			await page.getByRole('button', { name: 'Voir le tableau' }).first().click();
			expect(await violationsGraves(page)).toEqual([]);
		});
	}
});

test('aucune page ne défile en largeur, à 360, 1 440 et 1 920 px', async ({ page }) => {
	// One load per page and width, in one context; each page waits for what it draws last (21 loads: more time).
	test.setTimeout(5 * 60_000);
	const pages: [string, () => Promise<void>][] = [
		['/', () => attendreCarte(page)],
		['/communes', () => expect(page.locator('tbody tr').first()).toBeVisible()],
		['/couverture', () => expect(page.getByTestId('repartition-zonage-medecins')).toBeVisible()],
		['/aides', () => expect(page.getByTestId('liste-aides')).toBeVisible()],
		['/aides/caim', () => expect(page.getByTestId('conditions').first()).toBeVisible()],
		['/chiffres', () => expect(page.getByTestId('graphique-cpts')).toBeVisible()],
		['/presentation', () => attendreCarte(page)]
	];
	for (const largeur of [360, 1440, 1920]) {
		await page.setViewportSize({ width: largeur, height: 900 });
		for (const [chemin, prete] of pages) {
			await page.goto(chemin);
			await prete();
			const exces = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(exces, `${chemin} à ${largeur} px`).toBeLessThanOrEqual(0);
		}
	}
});

/** Tabs forward until the focused element matches, as a keyboard user would (bounded). */
async function tabulerJusqua(page: Page, cible: string, max = 250) {
	for (let i = 0; i < max; i++) {
		if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, cible)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${cible} n’est pas atteignable au clavier`);
}

test('parcours au clavier seul : chercher, choisir, lire les aides, répondre', async ({ page }) => {
	// The brochures' date, when the COSCOM was open to new contracts.
	await page.goto('/?date=2023-12-27');
	await attendreCarte(page);
	await tabulerJusqua(page, '[data-testid="choix-profil"]');
	// A closed <select> changes value with the arrow keys: first profile after the placeholder…
	for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
	await expect(page.getByTestId('choix-profil')).toHaveValue('medecin-liberal');
	await tabulerJusqua(page, '[data-testid="choix-profil-situation"]');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByTestId('choix-profil-situation')).toHaveValue('exercice');
	await tabulerJusqua(page, '#recherche-commune');
	await page.keyboard.type('moissac');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#recherche-commune')).toHaveAttribute('aria-activedescendant', 'recherche-option-0');
	await page.keyboard.press('Enter');
	const panneau = page.getByTestId('panneau-commune');
	await expect(panneau).toHaveAttribute('data-code', '82112');
	// Focus moves to the commune's title, so reading continues in the panel.
	await expect(page.locator('#commune-titre')).toBeFocused();
	await expect(page.getByTestId('aide-coscom')).toHaveAttribute('data-statut', 'a-preciser');
	await tabulerJusqua(page, '[data-question="caim-en-cours"] input[type="radio"]');
	// Radios of one group: the arrow key moves to "Non" and checks it.
	await page.keyboard.press('ArrowDown');
	await expect(page.getByTestId('aide-coscom')).toHaveAttribute('data-statut', 'eligible');
	await expect(page.locator('[aria-live="polite"]').last()).toContainText('Moissac');
});

test.describe('robustesse', () => {
	test('une recherche vide, absurde ou démesurée ne casse rien', async ({ page }) => {
		await page.goto('/');
		await attendreCarte(page);
		const champ = page.getByRole('combobox', { name: 'Rechercher une commune' });
		await champ.fill('zzzzqqq');
		await expect(page.locator('#recherche-etat')).toContainText('Aucune commune d’Occitanie ne correspond');
		await champ.fill('%%%<script>');
		await expect(page.getByRole('listbox', { name: 'Communes trouvées' })).toBeHidden();
		await champ.fill('a'.repeat(3000));
		await champ.fill('');
		await champ.press('Enter');
		await champ.fill('mende');
		await expect(page.getByRole('listbox', { name: 'Communes trouvées' }).getByRole('option').first()).toContainText('Mende');
	});

	test('des réponses et un profil invalides dans l’URL sont écartés avec un message', async ({ page }) => {
		await page.goto('/?commune=82112&profil=medecin-liberal&r.situation=exercice&r.age=oui&r.caim-en-cours=12&r.inconnue=oui&date=2023-12-27');
		await attendreCarte(page);
		const avis = page.getByTestId('avis');
		await expect(avis).toContainText('Réponse invalide pour « age »');
		await expect(avis).toContainText('Réponse invalide pour « caim-en-cours »');
		await expect(avis).toContainText('Question inconnue : « inconnue »');
		await expect(page.getByTestId('aide-coscom')).toHaveAttribute('data-statut', 'a-preciser');
		await page.goto('/?profil=astronaute&commune=82112');
		await attendreCarte(page);
		await expect(page.getByTestId('avis')).toContainText('Le profil « astronaute » n’existe pas');
		await expect(page.getByTestId('choix-profil-panneau')).toBeVisible();
	});

	test.describe('fichier de données manquant', () => {
		test.use({ erreursAttendues: [/status of 404/] });

		test('la table des communes en 404 : message clair, page utilisable', async ({ page }) => {
			await page.route('**/data/communes.json', (r) => r.fulfill({ status: 404, body: 'introuvable' }));
			await page.goto('/');
			await expect(page.getByTestId('erreur-donnees')).toContainText('Le fichier de données communes.json est introuvable (HTTP 404)');
			await expect(page.getByTestId('choix-profil')).toBeEnabled();
			await expect(page.getByRole('combobox', { name: 'Rechercher une commune' })).toBeDisabled();
		});

		test('une couche optionnelle en 404 : la carte reste utilisable', async ({ page }) => {
			await page.route('**/data/qpv2015.topo.json', (r) => r.fulfill({ status: 404, body: '' }));
			await page.goto('/');
			await attendreCarte(page);
			// The contours are downloaded when the overlay is first switched on.
			await page.getByLabel('Contours des QPV 2015').check();
			await expect(page.getByTestId('avis')).toContainText('qpv2015.topo.json est introuvable');
			await expect(page.getByTestId('legende')).toBeVisible();
		});
	});
});

test.describe('aucune requête tierce', () => {
	test.use({ erreursAttendues: [/Content Security Policy/] });

	test('la politique de sécurité du site interdit toute requête hors de l’origine', async ({ page }) => {
		await page.goto('/');
		await attendreCarte(page);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("connect-src 'self'");
		const resultat = await page.evaluate(() =>
			fetch('https://example.org/').then(
				() => 'envoyée',
				() => 'refusée'
			)
		);
		expect(resultat).toBe('refusée');
	});
});
