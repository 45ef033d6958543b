import AxeBuilder from '@axe-core/playwright';
import { test, expect, attendreCarte } from './outils';

/** Today as the browser reads it (the rules' default date). */
const aujourdhui = () => {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test.describe('règles à une date', () => {
	test('aujourd’hui, un généraliste qui s’installe en ZIP voit le CAIM fermé et ce qui l’a remplacé ; à la date de la brochure, le CAIM est ouvert', async ({ page }) => {
		await page.goto('/?commune=82112&profil=medecin-liberal&r.situation=installation'); // Moissac, ZIP
		await attendreCarte(page);
		await expect(page.getByTestId('date-regles')).toHaveValue(aujourdhui());
		await expect(page.getByTestId('rappel-regles')).toContainText('règles au');
		const caim = page.getByTestId('groupe-non-eligible').getByTestId('aide-caim');
		await expect(caim).toContainText('Fermé aux nouvelles adhésions depuis le 1er janvier 2026');
		await expect(caim).toContainText('remplacé par l’aide à la primo-installation');
		const primo = page.getByTestId('aide-aide-primo-installation');
		await expect(primo).toContainText('10 000 €');
		await expect(primo.getByTestId('source')).toContainText('Hors brochure');
		await expect(primo.getByTestId('source')).toContainText('ameli.fr');
		await expect(page.getByTestId('aide-majoration-fmt').getByTestId('source')).toContainText('Hors brochure');

		// « date des brochures »: the brochures' view, the date in the address and in the shared link.
		await page.getByRole('button', { name: 'date des brochures' }).click();
		await expect(page.getByTestId('date-regles')).toHaveValue('2023-12-27');
		await expect(page).toHaveURL(/date=2023-12-27/);
		await expect(page.getByTestId('aide-caim')).toHaveAttribute('data-statut', 'eligible');
		await expect(page.getByTestId('aide-aide-primo-installation')).toHaveAttribute('data-statut', 'non-eligible');
		await page.getByRole('button', { name: 'aujourd’hui' }).click();
		await expect(page).not.toHaveURL(/date=/);
		await expect(page.getByTestId('aide-caim')).toHaveAttribute('data-statut', 'non-eligible');

		const { violations } = await new AxeBuilder({ page }).include('[data-testid="choix-date"]').analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
	});

	test('un dentiste voit le CAICD2023 en zone très sous-dotée, et la régulation du conventionnement en zone non prioritaire', async ({ page }) => {
		await page.goto('/?commune=82112&profil=chirurgien-dentiste-liberal&r.situation=installation'); // très sous-dotée
		await attendreCarte(page);
		await expect(page.getByTestId('aide-caicd-2023')).toContainText('50 000 €');
		await expect(page.getByTestId('aide-caicd')).toHaveAttribute('data-statut', 'non-eligible');
		await page.goto('/?commune=31557&profil=chirurgien-dentiste-liberal&r.situation=installation'); // Tournefeuille, non prioritaire
		await attendreCarte(page);
		const regulation = page.getByTestId('aide-conventionnement-regule');
		await expect(regulation).toHaveAttribute('data-statut', 'information');
		await expect(regulation).toContainText('non prioritaire');
		await expect(regulation.getByTestId('source')).toContainText('article 35');
	});

	test('une date illisible ou antérieure à 2023 : un message en français, les règles du jour', async ({ page }) => {
		await page.goto('/?commune=82112&profil=medecin-liberal&date=2022-05-01');
		await attendreCarte(page);
		await expect(page.getByTestId('erreur-date')).toContainText('antérieure au 1er janvier 2023');
		await expect(page.getByTestId('date-regles')).toHaveValue(aujourdhui());
	});
});
