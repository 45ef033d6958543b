import { test, expect, attendreCarte, cliquerCommune } from './outils';

/**
 * Real communes, values checked by hand against the source files in ../shared/geodata/sources
 * (zonage médecins, dentistes, massifs, FRR, ZRR) — the app must show the same.
 */
const COMMUNES = [
	{
		code: '82112',
		nom: 'Moissac',
		valeurs: { 'zonage-medecins': 'ZIP', 'zonage-dentistes': 'tres-sous-dotee', massif: 'hors-massif', frr: 'frr-socle', zrr: 'non-classee' }
	},
	{
		code: '48095',
		nom: 'Mende',
		valeurs: { 'zonage-medecins': 'ZAC', 'zonage-dentistes': 'tres-sous-dotee', massif: 'massif-central', frr: 'frr-socle', zrr: 'zrr' }
	},
	{
		code: '31555',
		nom: 'Toulouse',
		valeurs: { 'zonage-medecins': 'ZAR', 'zonage-dentistes': 'tres-dotee', massif: 'hors-massif', qpv: 'avec-qpv', frr: 'non-classee' }
	}
];

test('la carte se dessine avec sa légende, ses sources et ses dates', async ({ page }) => {
	const demandes: string[] = [];
	page.on('request', (r) => demandes.push(new URL(r.url()).pathname));
	await page.goto('/');
	await attendreCarte(page);
	// MapLibre's worker, preloaded with the page, is downloaded once: the map starts it from that download.
	const preload = await page.locator('link[rel="preload"][href*="maplibre-gl-worker"]').getAttribute('href');
	expect(demandes.filter((d) => d.includes('maplibre-gl-worker'))).toEqual([preload]);
	// The first view's tiles, fetched by the page as soon as the map knows its view, are downloaded once
	// (MapLibre is served that download) and all of them cover the view.
	const tuiles = demandes.filter((d) => d.startsWith('/data/tuiles/'));
	expect(tuiles.length).toBeGreaterThan(0);
	expect(new Set(tuiles).size).toBe(tuiles.length);
	const couvrantes: string[] = await page.evaluate(() =>
		(window as any).__carte.coveringTiles({ tileSize: 512, minzoom: 4, maxzoom: 10 }).map((t: any) => `/data/tuiles/${t.canonical.z}/${t.canonical.x}/${t.canonical.y}.pbf`)
	);
	expect(couvrantes).toEqual(expect.arrayContaining(tuiles));
	const legende = page.getByTestId('legende');
	await expect(legende.locator('tr[data-valeur="ZIP"] td').first()).toHaveText('1 419');
	await expect(legende.locator('tr[data-valeur="ZAC"] td').first()).toHaveText('2 556');
	await expect(legende.locator('tr[data-valeur="ZAR"] td').first()).toHaveText('470');
	await expect(legende).toContainText('export antérieur à mai 2025');
	await page.getByText('Sources et dates des données').click();
	await expect(page.getByTestId('sources')).toContainText('Secteurs de garde PDSA');
	await expect(page.getByTestId('sources')).toContainText('10/07/2025');
	// The canvas is really drawn: some pixels have the ZIP red of the palette.
	const rendu = await page.evaluate(() => (window as any).__carte.queryRenderedFeatures({ layers: ['communes-remplissage'] }).length);
	expect(rendu).toBeGreaterThan(3000);
});

for (const c of COMMUNES) {
	test(`un clic sur ${c.nom} ouvre sa fiche avec ses zonages`, async ({ page }) => {
		await page.goto('/');
		await attendreCarte(page);
		await cliquerCommune(page, c.code);
		const panneau = page.getByTestId('panneau-commune');
		await expect(panneau).toHaveAttribute('data-code', c.code);
		await expect(panneau.locator('#commune-titre')).toHaveText(c.nom);
		for (const [couche, valeur] of Object.entries(c.valeurs)) {
			await expect(panneau.locator(`tr[data-couche="${couche}"]`)).toHaveAttribute('data-valeur', valeur);
		}
		await expect(panneau.locator('tr[data-couche="pdsa"]')).toContainText('Non disponible');
		await expect(page).toHaveURL(new RegExp(`commune=${c.code}`));
	});
}

test('la recherche par nom, sans accents, sélectionne la commune', async ({ page }) => {
	await page.goto('/');
	await attendreCarte(page);
	const champ = page.getByRole('combobox', { name: 'Rechercher une commune' });
	await champ.fill('saint chely d apcher');
	await expect(page.getByRole('listbox', { name: 'Communes trouvées' }).getByRole('option').first()).toContainText("Saint-Chély-d'Apcher");
	await champ.press('Enter');
	await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', '48140');
	await expect(page.getByTestId('code-insee')).toHaveText('48140');
});

test('un code postal partagé liste toutes ses communes', async ({ page }) => {
	await page.goto('/');
	await attendreCarte(page);
	await page.getByRole('combobox', { name: 'Rechercher une commune' }).fill('48000');
	const options = page.getByRole('listbox', { name: 'Communes trouvées' }).getByRole('option');
	// 48000 is shared by 12 communes in La Poste's data (decoupage-administratif).
	await expect(options).toHaveCount(12);
	await expect(options.filter({ hasText: 'Mende' })).toHaveCount(1);
	await options.filter({ hasText: 'Badaroux' }).click();
	await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', '48013');
});

test('changer de couche change la légende et l’URL, et le rechargement restaure l’état', async ({ page }) => {
	await page.goto('/?commune=48095');
	await attendreCarte(page);
	await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', '48095');
	await page.getByTestId('choix-couche').selectOption('frr');
	const legende = page.getByTestId('legende');
	await expect(legende.locator('tr[data-valeur="frr-socle"] td').first()).toHaveText('2 787');
	await expect(legende.locator('tr[data-valeur="ZIP"]')).toHaveCount(0);
	await expect(page).toHaveURL(/couche=frr/);
	await page.reload();
	await attendreCarte(page);
	await expect(page.getByTestId('choix-couche')).toHaveValue('frr');
	await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', '48095');
});

test('un code inconnu ou malformé donne un message clair et la carte reste utilisable', async ({ page }) => {
	await page.goto('/?commune=99999&couche=inventee');
	await attendreCarte(page);
	const avis = page.getByTestId('avis');
	await expect(avis).toContainText('La commune de code 99999 n’existe pas en Occitanie');
	await expect(avis).toContainText('La couche « inventee » n’existe pas');
	await page.goto('/?commune=%3Cscript%3E');
	await attendreCarte(page);
	await expect(page.getByTestId('avis')).toContainText('n’est pas un code INSEE');
	await cliquerCommune(page, '82112');
	await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', '82112');
});

test('le contexte (pays, départements voisins) et les QPV 2015 se dessinent avec leurs données, à la demande pour les QPV', async ({ page }) => {
	await page.goto('/');
	await attendreCarte(page);
	const dessinees = (couche: string) =>
		page.evaluate((c) => ((window as any).__carte.getLayer(c) ? (window as any).__carte.queryRenderedFeatures({ layers: [c] }).length : -1), couche);
	// Loaded after the first view: their sources and layers come with their data, under the communes.
	await expect.poll(() => dessinees('pays')).toBeGreaterThan(0);
	await expect.poll(() => dessinees('departements-voisins')).toBeGreaterThan(0);
	const ordre: string[] = await page.evaluate(() => (window as any).__carte.getStyle().layers.map((l: { id: string }) => l.id));
	expect(ordre.indexOf('departements-voisins')).toBeLessThan(ordre.indexOf('communes-remplissage'));
	expect(await dessinees('qpv2015')).toBe(-1);
	const qpv = page.getByLabel('Contours des QPV 2015');
	await qpv.check();
	await expect.poll(() => dessinees('qpv2015')).toBeGreaterThan(0);
	await qpv.uncheck();
	await expect.poll(() => dessinees('qpv2015')).toBe(0);
	await qpv.check();
	await expect.poll(() => dessinees('qpv2015')).toBeGreaterThan(0);
});
