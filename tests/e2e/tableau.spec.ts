import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect } from './outils';

test('le tableau filtre les communes, montre le statut d’une aide et l’exporte en CSV', async ({ page }) => {
	await page.goto('/communes?date=2023-12-27');
	await expect(page.getByTestId('resume')).toContainText('4 446 communes');
	await page.getByLabel('Département').selectOption('48');
	await page.getByTestId('filtre-valeur').selectOption('ZIP');
	await page.getByLabel('Profil').selectOption('medecin-liberal');
	await page.getByTestId('filtre-situation').selectOption('installation');
	await page.getByTestId('filtre-aide').selectOption('caim');
	const resume = page.getByTestId('resume');
	await expect(resume).not.toContainText('4 446');
	const n = Number((await resume.textContent())!.match(/^\s*([\d\s\u202f]+) commune/)![1].replace(/\D/g, ''));
	expect(n).toBeGreaterThan(0);
	// Every ZIP commune is eligible to the CAIM for a médecin libéral: no other status in the column.
	await expect(page.getByTestId('tableau-communes').locator('tbody tr td:last-child').first()).toHaveText('Éligible');
	// … and the CAIM's 31 250 € to 50 000 € is sure there, sorted by the sure sum like any column.
	await page.getByTestId('colonne-surs').getByRole('button').click();
	await expect(page.getByTestId('colonne-surs')).toHaveAttribute('aria-sort', 'ascending');
	await expect(page.getByTestId('tableau-communes').locator('tbody tr').first().locator('td').nth(-3)).toHaveText(/^31\s250\s€ à 50\s000\s€$/);
	const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
	const csv = readFileSync((await telechargement.path())!, 'utf8');
	const lignes = csv.trim().split('\r\n');
	expect(lignes).toHaveLength(n + 1);
	expect(lignes[0]).toContain('Contrat d’aide à l’installation des médecins (CAIM)');
	// With a profile, the five-year sums, in euros, for that profile, situation and date.
	expect(lignes[0]).toContain('somme_sure_5_ans_max (euros, Je suis médecin libéral·e — Je m’installe dans cette commune — règles au 27 décembre 2023)');
	expect(lignes.slice(1).every((l) => l.startsWith('48') && l.includes("ZIP — zone d'intervention prioritaire") && l.endsWith(';Éligible'))).toBe(true);
	// All of Lozère is classified as mountain area; the APL is a number with a decimal comma.
	expect(lignes[0].split(';')).toEqual(expect.arrayContaining(['montagne', 'zonage-infirmiers', 'apl_mg_2023']));
	expect(lignes.slice(1).every((l) => l.includes(';Commune classée en zone de montagne;') && /;\d+(,\d+)?;[^;]*;Éligible$/.test(l))).toBe(true);
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
