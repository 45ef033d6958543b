import AxeBuilder from '@axe-core/playwright';
import { test, expect, attendreCarte } from './outils';

/**
 * Mende (48095), checked by hand against ../shared/geodata/sources: zone de montagne C; infirmiers
 * 4_Tres_dotee, kinés, orthophonistes and sages-femmes 3_intermediaire; APL 2022 4.11, APL 2023 3.834.
 * Lozère (48): 9 MSP at 2023-12 (baromètre), 65 médecins généralistes in 2024 (Insee Statistiques locales).
 */
test('la fiche d’une commune : montagne, zonages des autres professions, APL et chiffres de son département', async ({ page }) => {
	await page.goto('/?commune=48095');
	await attendreCarte(page);
	const panneau = page.getByTestId('panneau-commune');
	await expect(panneau.getByTestId('badges')).toContainText('Montagne : Commune classée en zone de montagne');
	const professions = panneau.getByTestId('professions');
	await expect(professions.locator('[data-couche="zonage-infirmiers"]')).toHaveText('Très dotée');
	await expect(professions.locator('[data-couche="zonage-masseurs-kinesitherapeutes"]')).toHaveText('Intermédiaire');

	const apl = panneau.getByTestId('apl');
	await expect(apl.getByTestId('apl-2023')).toHaveText('3,83');
	await expect(apl).toContainText('−0,28 depuis 2022 : 4,11');
	await expect(apl.getByTestId('apl-rang')).toContainText('sur 4 446 communes');
	await expect(apl.getByTestId('apl-region')).toHaveText(/^\d,\d\d$/);
	await expect(apl).toContainText('pondérées par la population standardisée');

	const chiffres = panneau.getByTestId('chiffres-departement');
	await expect(chiffres).toContainText('Lozère (48) face aux 12 autres départements');
	const msp = chiffres.locator('[data-indicateur="msp"]');
	await expect(msp).toContainText('(9)');
	await expect(msp.locator('circle.choisi')).toHaveCount(1);
	await expect(msp.locator('circle.autre')).toHaveCount(12);
	await expect(msp).toContainText('au 12/2023');
	const mg = chiffres.locator('[data-indicateur="medecins-generalistes"]');
	await expect(mg).toContainText('(65)');
	await expect(mg).toContainText('Insee Statistiques locales 2024');
	await expect(mg).toContainText('ni un effectif RPPS');
	// The table alternative holds the 13 départements and the region.
	await mg.getByRole('button', { name: 'Voir le tableau' }).click();
	await expect(mg.locator('table tbody tr')).toHaveCount(14);
	await expect(chiffres.locator('[data-indicateur="serie-msp"] polyline')).toHaveCount(1);
	// Two counts of MSP, each with its definition, neither corrected.
	await expect(chiffres.getByTestId('deux-comptes-msp')).toContainText('329 MSP');
	await expect(chiffres.getByTestId('deux-comptes-msp')).toContainText('306');

	const { violations } = await new AxeBuilder({ page }).include('[data-testid="panneau-commune"]').analyze();
	expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
});

test.describe('téléphone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('la fiche et ses graphiques tiennent dans la largeur d’un téléphone', async ({ page }) => {
		await page.goto('/?commune=48095&profil=medecin-liberal');
		await attendreCarte(page);
		await expect(page.getByTestId('chiffres-departement')).toBeVisible();
		await expect(page.getByTestId('voisines')).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});
});
