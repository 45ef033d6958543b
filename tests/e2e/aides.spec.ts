import AxeBuilder from '@axe-core/playwright';
import { test, expect, attendreCarte, cliquerCommune } from './outils';

test('commune en ZIP, médecin libéral qui s’installe : le CAIM est éligible, avec son montant et sa page ; la somme sur 5 ans, son calendrier et son tableau, pourquoi le contrat ARS est écarté', async ({ page }) => {
	await page.goto('/?profil=medecin-liberal&r.situation=installation&date=2023-12-27');
	await attendreCarte(page);
	await cliquerCommune(page, '82112'); // Moissac, ZIP in the médecins zoning source
	const caim = page.getByTestId('groupe-eligible').getByTestId('aide-caim');
	await expect(caim).toBeVisible();
	await expect(caim.getByTestId('montant')).toContainText('31 250 € à 50 000 €');
	await expect(caim.getByTestId('source')).toHaveText('Brochure médecins 27/12/2023, page #12');
	await expect(caim).toContainText('Assurance Maladie');
	await expect(caim).toContainText('votre lieu d’installation');

	// Above the aids, what they are worth over five years: the CAIM paid in two halves; the contrat ARS, not cumulable, set aside.
	const bilan = page.getByTestId('bilan-montants');
	await expect(bilan.getByTestId('titre-bilan')).toHaveText('Jusqu’à 50 000 € sur 5 ans ici, dont 50 000 € sûrs');
	const calendrier = bilan.getByTestId('calendrier-versements');
	await expect(calendrier.locator('svg[role="img"]')).toHaveAttribute('aria-label', /1re année : 15\s625\s€ à 25\s000\s€ sûrs ; 2e année : 15\s625\s€ à 25\s000\s€ sûrs ; 3e année : 0\s€/);
	await expect(calendrier.locator('rect.segment.eligible[data-aide="caim"]')).toHaveCount(2);
	await calendrier.getByRole('button', { name: 'Voir le tableau' }).click();
	await expect(calendrier.getByTestId('tableau-versements').locator('tr[data-annee="2"] td').first()).toHaveText('15 625 € à 25 000 €');
	await expect(bilan.getByTestId('bilan-pourquoi')).toContainText('ou Contrat d’aide à l’installation des médecins (CAIM) : ces aides ne se cumulent pas ; à montant égal, l’aide sûre est retenue');
	const { violations } = await new AxeBuilder({ page }).include('[data-testid="bilan-montants"]').analyze();
	expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
	const panneau = await new AxeBuilder({ page }).include('[data-testid="panneau-commune"]').analyze();
	expect(panneau.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
});

test('la situation se choisit avec le profil ; sans elle, les aides restent « à préciser » avec la question', async ({ page }) => {
	await page.goto('/?commune=82112&profil=medecin-liberal&date=2023-12-27');
	await attendreCarte(page);
	const coscom = page.getByTestId('aide-coscom');
	await expect(coscom).toHaveAttribute('data-statut', 'a-preciser');
	await expect(coscom.locator('[data-question="situation"]')).toBeVisible();
	await page.getByTestId('choix-profil-situation').selectOption('renfort');
	await expect(page).toHaveURL(/r\.situation=renfort/);
	await expect(page.getByTestId('aide-cstm')).toHaveAttribute('data-statut', 'eligible');
	await expect(page.getByTestId('aide-coscom')).toHaveAttribute('data-statut', 'non-eligible');
	// Answering inside a card is the same answer as the chooser's.
	await page.getByTestId('choix-profil-situation').selectOption('');
	await page.getByTestId('aide-caim').locator('[data-question="situation"]').getByLabel('Je m’installe dans cette commune').click();
	await expect(page.getByTestId('choix-profil-situation')).toHaveValue('installation');
	await expect(page.getByTestId('aide-caim')).toHaveAttribute('data-statut', 'eligible');
});

test('« Comment c’est décidé » mène à la règle de l’aide, lisible et sourcée', async ({ page }) => {
	await page.goto('/?commune=82112&profil=medecin-liberal&r.situation=installation&date=2023-12-27');
	await attendreCarte(page);
	await page.getByTestId('aide-caim').getByRole('link', { name: /Comment c’est décidé/ }).click();
	await expect(page).toHaveURL(/\/aides\/caim$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contrat d’aide à l’installation des médecins (CAIM)');
	await expect(page.getByTestId('source').first()).toHaveText(/Brochure médecins 27\/12\/2023, page #12/);
	await expect(page.getByTestId('conditions')).toContainText('Commune en ZIP');
	await expect(page.getByTestId('conditions')).toContainText('« Je m’installe » dans la commune');
	await expect(page.getByTestId('conditions')).toContainText('Ouverte aux nouvelles adhésions jusqu’au 31 décembre 2025');
	await expect(page.getByTestId('conditions')).not.toContainText('CAIM .');
	await page.getByRole('link', { name: 'Contrat de stabilisation et de coordination des médecins (COSCOM)' }).click();
	await expect(page).toHaveURL(/\/aides\/coscom$/);
	await expect(page.getByTestId('conditions')).toContainText('Un contrat d’aide à l’installation (CAIM) est-il en cours');
});

test('commune en ZAR : le CAIM est non éligible, avec sa raison', async ({ page }) => {
	await page.goto('/?commune=31555&profil=medecin-liberal&date=2023-12-27'); // Toulouse, ZAR
	await attendreCarte(page);
	const groupe = page.getByTestId('groupe-non-eligible');
	await expect(groupe.getByTestId('aide-caim')).toBeHidden();
	await groupe.locator('summary').click();
	const caim = groupe.getByTestId('aide-caim');
	await expect(caim).toBeVisible();
	await expect(caim).toContainText('ZAR');
	// The superseded ZRR rule says so rather than disappearing.
	await expect(page.getByTestId('aide-exoneration-zrr').getByTestId('validite')).toContainText('France Ruralités Revitalisation');
});

test('répondre à une question déplace l’aide, l’URL la garde et le rechargement la restaure', async ({ page }) => {
	await page.goto('/?commune=82112&profil=medecin-liberal&r.situation=exercice&date=2023-12-27');
	await attendreCarte(page);
	const coscom = page.getByTestId('aide-coscom');
	await expect(coscom).toHaveAttribute('data-statut', 'a-preciser');
	await coscom.locator('[data-question="caim-en-cours"]').getByLabel('Non').click();
	await expect(page.getByTestId('groupe-eligible').getByTestId('aide-coscom')).toBeVisible();
	await expect(page.getByTestId('aide-coscom')).toHaveAttribute('data-statut', 'eligible');
	await expect(page).toHaveURL(/r\.caim-en-cours=non/);
	await page.reload();
	await attendreCarte(page);
	await expect(page.getByTestId('aide-coscom')).toHaveAttribute('data-statut', 'eligible');
	await expect(page.getByTestId('choix-profil')).toHaveValue('medecin-liberal');
	await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', '82112');
	// Clearing the answer puts the question back.
	await page.getByRole('button', { name: /Effacer la réponse : Un contrat/ }).click();
	await expect(page.getByTestId('aide-coscom')).toHaveAttribute('data-statut', 'a-preciser');
});

test('choisir le profil dentiste affiche ses aides, et le zonage dentaire sous « Les zonages »', async ({ page }) => {
	await page.goto('/?commune=48095&date=2023-06-30');
	await attendreCarte(page);
	await page.getByTestId('choix-profil-panneau').selectOption('chirurgien-dentiste-liberal');
	await expect(page.getByTestId('aide-caicd')).toHaveAttribute('data-statut', /eligible|a-preciser/);
	await expect(page).toHaveURL(/couche=zonage-dentistes/);
	// With a profile the map shows "Mes aides"; the zonings are one click away.
	await expect(page.getByTestId('mode-aides')).toBeChecked();
	await page.getByTestId('mode-zonages').check();
	await expect(page.getByTestId('choix-couche')).toHaveValue('zonage-dentistes');
	await expect(page).toHaveURL(/carte=zonages/);
});

test('passer au profil étudiant affiche les aides des étudiants', async ({ page }) => {
	await page.goto('/?commune=48095&profil=medecin-liberal&date=2023-12-27'); // Mende, ZAC
	await attendreCarte(page);
	await expect(page.getByTestId('aide-caim')).toHaveCount(1);
	await page.getByTestId('choix-profil').selectOption('etudiant-medecine-3e-cycle');
	await expect(page.getByTestId('aide-caim')).toHaveCount(0);
	const cesp = page.getByTestId('aide-cesp');
	await expect(cesp).toHaveAttribute('data-statut', 'eligible');
	await expect(cesp.getByTestId('montant')).toContainText('1 200 €');
	await expect(page.getByTestId('aide-forfait-transport')).toHaveCount(1);
	await expect(page.getByTestId('aide-forfait-hebergement')).toHaveCount(1);
	await expect(page).toHaveURL(/profil=etudiant-medecine-3e-cycle/);
});

test('les graphiques affichent les chiffres des brochures', async ({ page }) => {
	await page.goto('/');
	await attendreCarte(page);
	// The charts arrive after the map's first view.
	await expect(page.getByTestId('graphique-cesp').locator('svg')).toBeVisible();
	const valeurs = async (id: string) =>
		page.getByTestId(`graphique-${id}`).locator('[data-testid="valeur"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-valeur')));
	// CESP: 627 = 491 médecins + 136 dentistes at 01/01/2024; 560 = 440 + 120 at 30/06/2023.
	expect(await valeurs('cesp')).toEqual(expect.arrayContaining(['627', '491', '136', '560', '440', '120']));
	expect(await valeurs('msp')).toEqual(expect.arrayContaining(['329', '261', '314', '243']));
	expect(await valeurs('cpts')).toEqual(expect.arrayContaining(['82', '52', '81', '43']));
	await expect(page.getByTestId('graphique-cesp').locator('svg')).toBeVisible();
});
