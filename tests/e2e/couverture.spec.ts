import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, attendreCarte } from './outils';

/** Hand-made test drafts (tests/fixtures/brouillons/README.md): not real zonings. */
const FIXTURES = 'tests/fixtures/brouillons';
/** French numbers are grouped with a narrow no-break space: any space of `n` matches any space. */
const nombre = (n: string) => new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));

async function violationsGraves(page: Page, zone?: string) {
	const axe = new AxeBuilder({ page });
	const { violations } = await (zone ? axe.include(zone) : axe).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function telecharger(page: Page, bouton: string): Promise<{ nom: string; csv: string; chemin: string }> {
	const [d]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: bouton }).click()]);
	const chemin = (await d.path())!;
	return { nom: d.suggestedFilename(), csv: readFileSync(chemin, 'utf8'), chemin };
}

async function ouvrirCouverture(page: Page, qs = '') {
	await page.goto(`/couverture${qs}`);
	await expect(page.getByTestId('repartition-zonage-medecins')).toBeVisible();
}

async function importer(page: Page, fichier: string | { name: string; mimeType: string; buffer: Buffer }) {
	await page.getByTestId('fichier-brouillon').setInputFiles(typeof fichier === 'string' && !fichier.startsWith('/') ? `${FIXTURES}/${fichier}` : fichier);
}

/** Imports the hand-made test draft and applies it; returns its id, read from the URL. */
async function appliquerBrouillonTest(page: Page): Promise<string> {
	await importer(page, 'brouillon-test.csv');
	await expect(page.getByTestId('resume-import')).toBeVisible();
	await page.getByTestId('appliquer-brouillon').click();
	await expect(page.getByTestId('bandeau-brouillon')).toContainText('« brouillon-test »');
	await expect(page).toHaveURL(/brouillon=[a-f0-9]{16}/);
	return new URL(page.url()).searchParams.get('brouillon')!;
}

/** Feature-state category of a commune on one of the page's maps, once the map is ready. */
async function categorieSurCarte(page: Page, carte: string, code: string): Promise<number | undefined> {
	await page.getByTestId(carte).scrollIntoViewIfNeeded();
	await expect(page.getByTestId(carte)).toHaveAttribute('data-etat', 'prete', { timeout: 30_000 });
	return page.evaluate(
		([carte, code]) => (window as any).__cartesCouverture[carte].getFeatureState({ source: 'occitanie', sourceLayer: 'communes', id: code }).categorie,
		[carte, code]
	);
}

test('couverture : graphiques et tableaux par classe, APL par classe, communes décalées, tableaux croisés, exports CSV', async ({ page }) => {
	await ouvrirCouverture(page);
	await expect(page.locator('figure[data-testid^="repartition-"]')).toHaveCount(10);
	const medecins = page.getByTestId('repartition-zonage-medecins');
	await expect(medecins.locator('svg[role="img"]')).toHaveAttribute('aria-label', /ZIP — zone d'intervention prioritaire, 1\s419 communes/);
	await expect(medecins.locator('tr[data-valeur="ZIP"] td').first()).toHaveText(nombre('1 419'));
	await page.getByTestId('choix-territoire').selectOption('48');
	await expect(medecins).toContainText('Lozère — 152 communes');

	// APL 2023 per class, weighted by standardised population, and the communes out of line.
	await expect(page.getByTestId('tableau-apl').locator('tr[data-classe="ZIP"] [data-testid="mediane"]')).toHaveText('2,88');
	await expect(page.getByTestId('methode-decalees')).toContainText('aucun seuil officiel');
	await expect(page.getByTestId('bilan-decalees')).toContainText('66 ZAR sous la médiane des ZIP et 73 ZIP au-dessus de la médiane des ZAR, soit 139 communes');
	await expect(page.getByTestId('tableau-decalees').locator('tbody tr')).toHaveCount(139);
	expect(await categorieSurCarte(page, 'carte-decalees', '31520')).toBe(0);
	expect(await categorieSurCarte(page, 'carte-decalees', '48148')).toBe(1);
	expect(await categorieSurCarte(page, 'carte-decalees', '31555')).toBeUndefined();

	await page.getByTestId('choix-croisement').selectOption('departement');
	await expect(page.getByTestId('tableau-croise').locator('thead th')).toHaveCount(15);
	await expect(page.getByTestId('tableau-croise').locator('tfoot td').last()).toHaveText(nombre('4 446 (6 124 653 hab.)'));

	const parClasse = await telecharger(page, 'Exporter toutes les couches, région et départements (CSV)');
	expect(parClasse.csv.startsWith('\uFEFFcode_territoire;territoire;couche;classe;communes;population;part_population_pct\r\n')).toBe(true);
	expect(parClasse.csv).toContain("\r\n76;Occitanie;Zonage médecins généralistes;ZIP — zone d'intervention prioritaire;1419;827858;13,5\r\n");
	expect(parClasse.csv).toContain('\r\n48;Lozère;Communes classées en zone de montagne;Commune classée en zone de montagne;152;');
	const decalees = await telecharger(page, 'Exporter la liste (CSV)');
	expect(decalees.csv.trim().split('\r\n')).toHaveLength(140);
	expect(decalees.csv).toContain('\r\n31520;Sajas;31;Haute-Garonne;');
	const croise = await telecharger(page, 'Exporter ce tableau (CSV)');
	expect(croise.nom).toBe('zonage-medecins-x-departement.csv');
	expect(croise.csv.trim().split('\r\n').at(-1)).toBe('Total;Total;4446;6124653');
});

/** The ZIP row of the main map's legend (médecins zoning), optionally after opening `chemin`. */
async function nombreZip(page: Page, chemin?: string): Promise<number> {
	if (chemin) {
		await page.goto(chemin);
		await attendreCarte(page);
	}
	const cellule = page.getByTestId('classes-legende').locator('tr[data-valeur="ZIP"] td').first();
	await expect(cellule).toBeVisible();
	return Number((await cellule.textContent())!.replace(/\s/g, ''));
}

/** The class or status the main map draws for a commune (feature state set by the page). */
function classeSurCarte(page: Page, code: string): Promise<string | undefined> {
	return page.evaluate((id) => (window as any).__carte.getFeatureState({ source: 'occitanie', sourceLayer: 'communes', id }).classe, code);
}

test('un brouillon : résumé, application, transitions, aides, export ; il survit au rechargement et passe à la carte et au tableau', async ({ page }) => {
	await ouvrirCouverture(page, "?date=2023-12-27");
	await importer(page, 'brouillon-test.csv');
	const resume = page.getByTestId('resume-import');
	await expect(resume.getByTestId('lignes-lues')).toHaveText('8');
	await expect(resume.getByTestId('communes-reconnues')).toContainText('7 (ZIP : 2, ZAC : 3, ZAR : 2)');
	await expect(resume.getByTestId('communes-absentes')).toContainText(nombre('4 439'));
	await expect(resume.getByTestId('lignes-rejetees')).toHaveText('1');
	await expect(resume.getByTestId('tableau-rejets')).toContainText('code INSEE inconnu (aucun département ne porte ce numéro)');
	await expect(resume.getByTestId('avertissements')).toContainText('code 09287 d’une ancienne commune, aujourd’hui 09088 Caychax-et-Senconac');
	// Nothing applied before the planner says so.
	await expect(page.getByTestId('bandeau-brouillon')).toHaveCount(0);
	await page.getByTestId('nom-brouillon').fill('Projet de test');
	await page.getByTestId('appliquer-brouillon').click();
	await expect(page.getByTestId('bandeau-brouillon')).toContainText('« Projet de test »');
	const id = new URL(page.url()).searchParams.get('brouillon');
	expect(id).toMatch(/^[a-f0-9]{16}$/);

	const comparaison = page.getByTestId('comparaison');
	await expect(comparaison.getByTestId('bilan-comparaison')).toContainText(nombre('6 communes changent de classe (228 042 habitants)'));
	const transitions = comparaison.getByTestId('tableau-transitions');
	await expect(transitions.locator('tr[data-transition="ZAR → ZIP"] [data-testid="total-transition"]')).toHaveText(nombre('1 (151 839 hab.)'));
	await expect(transitions.locator('tbody tr')).toHaveCount(6);
	const caim = comparaison.getByTestId('tableau-effets').locator('tr[data-aide="caim"]');
	await expect(caim.getByTestId('gagnent')).toHaveText(nombre('2 (151 859 hab.)'));
	await expect(caim.getByTestId('perdent')).toHaveText(nombre('1 (13 419 hab.)'));
	await expect(comparaison).toContainText('la situation retenue est « Je m’installe dans cette commune »');
	expect(await categorieSurCarte(page, 'carte-transitions', '30189')).toBe(0);
	expect(await categorieSurCarte(page, 'carte-transitions', '82112')).toBe(2);
	// The statistics above read the draft, and say so.
	await expect(page.getByTestId('repartition-zonage-medecins')).toContainText('brouillon « Projet de test »');

	const diff = await telecharger(page, 'Exporter les changements et leurs aides (CSV)');
	expect(diff.nom).toBe('changements-projet-de-test.csv');
	const lignes = diff.csv.slice(1).trim().split('\r\n');
	expect(lignes).toHaveLength(7);
	expect(lignes.find((l) => l.startsWith('30189;'))).toMatch(/^30189;Nîmes;30;Gard;151839;ZAR;ZIP;ZAR → ZIP;Projet de test;Non éligible;Éligible$/);

	await page.reload();
	await expect(page.getByTestId('bandeau-brouillon')).toContainText('« Projet de test »');
	await expect(page.getByTestId('liste-brouillons').locator('li')).toHaveCount(1);
	await expect(page.getByTestId('liste-brouillons')).toContainText('actif');

	// The main page: clicking or opening a commune runs the rules on the draft, and says so.
	// Its map and legend too: the draft's class is drawn, and the counts are the draft's.
	const zipEnVigueur = await nombreZip(page, '/');
	await ouvrirCouverture(page, `?brouillon=${id}`);
	await page.getByRole('link', { name: '← Retour à la carte' }).click();
	await attendreCarte(page);
	const legende = page.getByTestId('legende');
	await expect(legende.getByTestId('classes-legende')).toContainText('Zonage médecins généralistes du brouillon « Projet de test »');
	await expect(legende.getByTestId('source-brouillon')).toContainText('les communes absentes du fichier gardent le zonage en vigueur');
	// Nîmes and Caychax become ZIP, Moissac leaves it (the CAIM gained and lost above).
	expect(await nombreZip(page)).toBe(zipEnVigueur + 1);
	await expect.poll(() => classeSurCarte(page, '30189')).toBe('ZIP');
	await page.goto(`/?commune=30189&profil=medecin-liberal&r.situation=installation&aide=caim&brouillon=${id}&date=2023-12-27`);
	await attendreCarte(page);
	await expect(page.getByTestId('mention-brouillon')).toContainText('zonage médecins ZIP (en vigueur : ZAR)');
	await expect(page.getByTestId('badges')).toContainText('brouillon « Projet de test »');
	await expect(page.getByTestId('aide-caim')).toHaveAttribute('data-statut', 'eligible');
	// « Mes aides » colours the CAIM from the same draft.
	await expect.poll(() => classeSurCarte(page, '30189')).toBe('eligible');
	await page.getByTestId('quitter-brouillon').click();
	await expect(page.getByTestId('bandeau-brouillon')).toHaveCount(0);
	await expect(page).not.toHaveURL(/brouillon=/);
	await expect(page.getByTestId('aide-caim')).toHaveAttribute('data-statut', 'non-eligible');

	// The communes table and its CSV follow the draft too.
	await page.goto(`/communes?brouillon=${id}`);
	await expect(page.getByTestId('bandeau-brouillon')).toBeVisible();
	await page.getByLabel('Commune, code postal ou INSEE').fill('30189');
	await expect(page.getByTestId('tableau-communes').locator('tbody tr td').nth(3)).toHaveText('ZIP');
	const tableau = await telecharger(page, 'Exporter en CSV');
	expect(tableau.nom).toBe('communes-occitanie-zonages-brouillon.csv');
	expect(tableau.csv).toContain(';zonage-medecins (brouillon « Projet de test »);');
});

test('fichiers refusés : message en français, rien d’appliqué, le brouillon enregistré survit au rechargement', async ({ page }) => {
	await ouvrirCouverture(page);
	await appliquerBrouillonTest(page);
	const erreur = page.getByTestId('erreur-import');
	const cas: [string | { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
		[{ name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }, /Le fichier est vide\./],
		[{ name: 'image.csv', mimeType: 'text/csv', buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)) }, /n’est pas un fichier texte/],
		[{ name: 'gros.csv', mimeType: 'text/csv', buffer: Buffer.alloc(20 * 1024 * 1024, '31555;ZAR\n') }, /Le fichier pèse 20 Mo/],
		['mauvaises-colonnes.csv', /Colonnes non reconnues/],
		['autre-region.csv', /aucune commune d’Occitanie : ses codes sont ceux des départements 13, 33, 69, 75/]
	];
	for (const [fichier, message] of cas) {
		await importer(page, fichier);
		await expect(erreur).toContainText(message);
		await expect(erreur).toContainText('Rien n’a été enregistré ni modifié.');
		await expect(page.getByTestId('resume-import')).toHaveCount(0);
	}
	await expect(page.getByTestId('tableau-rejets')).toContainText('commune d’une autre région que l’Occitanie (département 13 — Bouches-du-Rhône)');
	await expect(page.getByTestId('bandeau-brouillon')).toContainText('« brouillon-test »');
	// A file with some bad lines is summarised, then cancelled: nothing changes.
	await importer(page, 'separateurs-melanges.csv');
	await expect(page.getByTestId('tableau-rejets')).toContainText('séparateur « , » alors que l’en-tête utilise « ; »');
	await page.getByRole('button', { name: 'Annuler' }).click();
	await page.reload();
	await expect(page.getByTestId('liste-brouillons').locator('li')).toHaveCount(1);
	await expect(page.getByTestId('bandeau-brouillon')).toContainText('« brouillon-test »');
	await expect(page.getByTestId('comparaison').getByTestId('bilan-comparaison')).toContainText('6 communes changent de classe');
});

test('glisser-déposer un export CartoSanté : résumé avec ses libellés et ses rejets', async ({ page }) => {
	await ouvrirCouverture(page);
	const contenu = readFileSync(`${FIXTURES}/cartosante-medecins.csv`, 'utf8');
	const transfert = await page.evaluateHandle((texte) => {
		const dt = new DataTransfer();
		dt.items.add(new File([texte], 'cartosante-medecins.csv', { type: 'text/csv' }));
		return dt;
	}, contenu);
	await page.getByTestId('zone-depot').dispatchEvent('drop', { dataTransfer: transfert });
	const resume = page.getByTestId('resume-import');
	await expect(resume).toContainText('export CartoSanté, UTF-8, séparateur point-virgule');
	await expect(resume.getByTestId('communes-reconnues')).toContainText('4 (ZIP : 1, ZAC : 1, ZAR : 1, Non disponible : 1)');
	await expect(resume.getByTestId('tableau-rejets')).toContainText('classe « 3_HZ » (hors zonage)');
	await expect(page.getByTestId('bandeau-brouillon')).toHaveCount(0);
});

test('renommer, désactiver, supprimer un brouillon ; un identifiant inconnu donne un message', async ({ page }) => {
	await ouvrirCouverture(page);
	const id = await appliquerBrouillonTest(page);
	const liste = page.getByTestId('liste-brouillons');
	await liste.getByRole('button', { name: 'Renommer « brouillon-test »' }).click();
	await liste.getByLabel('Nouveau nom').fill('Zonage 2026 — version 2');
	await liste.getByRole('button', { name: 'Enregistrer le nom' }).click();
	await expect(liste).toContainText('Zonage 2026 — version 2');
	await expect(page.getByTestId('bandeau-brouillon')).toContainText('« Zonage 2026 — version 2 »');
	await liste.getByRole('button', { name: 'Revenir au zonage en vigueur' }).click();
	await expect(page.getByTestId('bandeau-brouillon')).toHaveCount(0);
	await expect(page.getByTestId('comparaison')).toHaveCount(0);
	await liste.getByRole('button', { name: 'Supprimer « Zonage 2026 — version 2 »' }).click();
	await liste.getByRole('button', { name: 'Supprimer définitivement' }).click();
	await expect(page.getByTestId('liste-brouillons-vide')).toBeVisible();
	await page.goto(`/?brouillon=${id}`);
	await expect(page.getByTestId('erreur-brouillon')).toContainText('Le brouillon demandé n’existe pas dans ce navigateur');
	await expect(page.getByTestId('choix-profil')).toBeEnabled();
});

test('aller-retour : le zonage en vigueur exporté puis importé ne change aucune commune', async ({ page }) => {
	await ouvrirCouverture(page);
	const exporte = await telecharger(page, 'Exporter le zonage médecins en vigueur (CSV, au format d’import)');
	expect(exporte.csv.startsWith('\uFEFFcode_insee;nom;zonage_medecins\r\n')).toBe(true);
	await importer(page, exporte.chemin);
	await expect(page.getByTestId('communes-reconnues')).toContainText(nombre('4 446'));
	await expect(page.getByTestId('lignes-rejetees')).toHaveText('0');
	await page.getByTestId('appliquer-brouillon').click();
	await expect(page.getByTestId('bilan-comparaison')).toContainText('Aucune commune ne change de classe');
	await expect(page.getByTestId('tableau-transitions')).toHaveCount(0);
});

test.describe('sans IndexedDB (navigation privée)', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	});

	test('un message clair, la page utilisable, le brouillon comparé sur la page sans être enregistré', async ({ page }) => {
		await ouvrirCouverture(page);
		await expect(page.getByTestId('message-stockage')).toContainText('ce navigateur n’autorise pas le stockage local');
		await importer(page, 'brouillon-test.csv');
		await page.getByTestId('appliquer-brouillon').click();
		await expect(page.getByTestId('message-stockage')).toContainText('Impossible d’enregistrer le brouillon');
		await expect(page.getByTestId('bandeau-brouillon')).toContainText('non enregistré, affiché sur cette page seulement');
		await expect(page.getByTestId('bilan-comparaison')).toContainText('6 communes changent de classe');
		await expect(page).not.toHaveURL(/brouillon=/);
	});
});

test('plafonds : saisie vérifiée, jauges et tableau pour le zonage en vigueur et le brouillon, alerte avec les habitants de trop ; axe', async ({ page }) => {
	await ouvrirCouverture(page);
	await expect(page.getByTestId('source-plafonds')).toContainText('aucun chiffre officiel n’a pu être vérifié par l’application');
	await page.getByTestId('saisir-plafonds').click();
	await page.getByTestId('plafond-zip').fill('30');
	await page.getByTestId('plafond-zipzac').fill('20,5');
	await page.getByTestId('enregistrer-plafonds').click();
	await expect(page.getByTestId('saisie-plafonds')).toContainText('La part en ZIP (30 %) ne peut pas dépasser la part en ZIP + ZAC (20,5 %)');
	await page.getByTestId('plafond-zipzac').fill('cent');
	await page.getByTestId('enregistrer-plafonds').click();
	await expect(page.getByTestId('saisie-plafonds')).toContainText('« cent » n’est pas un pourcentage');
	// Figures made up for the test: 0 % in ZIP makes any ZIP commune of a draft go over.
	await page.getByTestId('plafond-zip').fill('0');
	await page.getByTestId('plafond-zipzac').fill('100');
	await page.getByTestId('enregistrer-plafonds').click();
	await expect(page.getByTestId('source-plafonds')).toContainText(/saisis par vous le .* ; aucun chiffre officiel n’a pu être vérifié par l’application : voir l’annexe de l’arrêté du 13 novembre 2017 modifié/);
	await expect(page.getByTestId('tableau-plafonds-vigueur').locator('tbody tr')).toHaveCount(14);
	await expect(page.getByTestId('alerte-plafond')).toHaveCount(0);
	await appliquerBrouillonTest(page);
	await expect(page.getByTestId('alerte-plafond')).toContainText(/Le brouillon dépasse le plafond ZIP[\s\S]*habitants de trop/);
	expect(await violationsGraves(page)).toEqual([]);
	await page.reload();
	await expect(page.getByTestId('source-plafonds')).toContainText('0 %');
});

test('tables des TVS et des secteurs de garde (inventées) : résumé, enregistrement, TVS partagés, tableau par TVS, contours et fiche sur la carte, exonération PDSA, brouillon lu TVS par TVS ; axe', async ({ page }) => {
	// Two pages, a draft and three accessibility checks: beyond the default minute on a loaded 2-core machine.
	test.setTimeout(120_000);
	await ouvrirCouverture(page);
	await page.getByTestId('fichier-couche').setInputFiles('tests/fixtures/couches-locales/tvs-test.csv');
	const resume = page.getByTestId('resume-import-couche');
	await expect(resume.getByTestId('communes-couche')).toHaveText('5 communes reconnues');
	await expect(resume.getByTestId('tableau-rejets')).toContainText('nom de TVS trop long');
	expect(await violationsGraves(page)).toEqual([]);
	await page.getByTestId('enregistrer-couche').click();
	await expect(page.getByTestId('liste-couches')).toContainText('Table des territoires de vie-santé (TVS) (utilisée)');
	await expect(page.getByTestId('bilan-tvs')).toContainText('données locales importées le');
	// Each made-up TVS with its communes, inhabitants and class in force (one commune each in this fixture).
	const parTvs = page.getByTestId('tableau-par-tvs');
	await expect(parTvs.locator('tbody tr')).toHaveCount(5);
	await expect(parTvs.locator('tr[data-territoire="TVS inventé d’Albi"] [data-testid="en-vigueur"]')).toHaveText(nombre('ZAR : 1 (51 290 hab.)'));
	await page.getByLabel('Table des secteurs de garde PDSA').check();
	await page.getByTestId('fichier-couche').setInputFiles('tests/fixtures/couches-locales/secteurs-pdsa-test.csv');
	await expect(page.getByTestId('communes-couche')).toHaveText('4 communes reconnues');
	await page.getByTestId('enregistrer-couche').click();
	await expect(page.getByTestId('liste-couches').locator('li')).toHaveCount(2);
	await expect(page.getByTestId('tableau-par-pdsa').locator('tr[data-territoire="Secteur inventé Grands Causses"]')).toContainText(nombre('2 communes'));

	await page.goto('/?commune=31555&profil=medecin-liberal&r.situation=installation&r.participation-tableau-garde=oui');
	await attendreCarte(page);
	await expect(page.getByTestId('territoires-locaux')).toContainText(/Secteur inventé Toulouse-Centre \(données locales importées le /);
	await expect(page.getByTestId('territoires-locaux')).toContainText('TVS inventé de Toulouse');
	const pdsa = page.getByTestId('aide-exoneration-pdsa');
	await expect(pdsa).toHaveAttribute('data-statut', /^(eligible|non-eligible)$/);
	await expect(pdsa).toContainText('table des secteurs de garde importée');
	// The outlines, dissolved from the communes' geometry, are layers of the map with features; the legend names their table.
	const contours = (id: string) =>
		page.evaluate((id) => {
			const carte = (window as any).__carte;
			const couche = carte.getLayer(id);
			return couche ? { visible: carte.getLayoutProperty(id, 'visibility') !== 'none', traits: carte.querySourceFeatures(id).length } : null;
		}, id);
	await expect.poll(() => contours('contours-tvs'), { timeout: 20_000 }).toEqual({ visible: true, traits: expect.any(Number) });
	await expect.poll(async () => (await contours('contours-tvs'))!.traits).toBeGreaterThan(0);
	await expect.poll(async () => (await contours('contours-pdsa'))?.traits ?? 0).toBeGreaterThan(0);
	await expect(page.getByTestId('source-contours-tvs')).toContainText(/données locales importées le .*table « tvs-test »/);
	await page.getByTestId('surcouche-tvs').uncheck();
	await expect.poll(async () => (await contours('contours-tvs'))!.visible).toBe(false);
	expect(await violationsGraves(page, '[data-testid="legende"]')).toEqual([]);

	// A draft read TVS by TVS: Albi ZAR → ZAC, Conques-en-Rouergue gets a class; no made-up TVS is split.
	await ouvrirCouverture(page);
	await appliquerBrouillonTest(page);
	const albi = parTvs.locator('tr[data-territoire="TVS inventé d’Albi"]');
	await expect(albi.getByTestId('brouillon')).toHaveText(nombre('ZAC : 1 (51 290 hab.)'));
	await expect(albi.getByTestId('transitions')).toHaveText(nombre('ZAR → ZAC : 1 (51 290 hab.)'));
	await expect(albi.getByTestId('critere')).toHaveText('non');
	await expect(parTvs.locator('tr[data-territoire="TVS inventé de Conques"] [data-testid="transitions"]')).toHaveText(nombre('Non disponible → ZAR : 1 (1 540 hab.)'));
	await page.getByTestId('filtre-tvs').check();
	await expect(parTvs.locator('tbody tr')).toHaveCount(2);
	const csv = await telecharger(page, 'Exporter le tableau des TVS (CSV)');
	expect(csv.nom).toBe('tvs-zonage-medecins-brouillon.csv');
	expect(csv.csv.split('\r\n').find((l) => l.startsWith('TVS inventé d’Albi;'))).toMatch(/;non;non;ZAR → ZAC : 1 \(51290 hab\.\);brouillon-test;81004 Albi;tvs-test;\d{4}-\d{2}-\d{2}$/);
	expect(await violationsGraves(page, '#donnees-locales')).toEqual([]);

	const tvs = page.getByTestId('liste-couches').locator('li').filter({ hasText: 'TVS' }).first();
	await tvs.getByRole('button', { name: /^Supprimer/ }).click();
	await tvs.getByRole('button', { name: 'Supprimer définitivement' }).click();
	await expect(page.getByTestId('liste-couches').locator('li')).toHaveCount(1);
	await expect(page.getByTestId('bilan-tvs')).toHaveCount(0);
	await expect(parTvs).toHaveCount(0);
});

test.describe('accessibilité (axe) de la page de couverture', () => {
	test('sans brouillon, tableaux ouverts', async ({ page }) => {
		await ouvrirCouverture(page);
		await page.getByRole('button', { name: 'Voir le tableau' }).first().click();
		await page.getByTestId('carte-decalees').scrollIntoViewIfNeeded();
		await expect(page.getByTestId('carte-decalees')).toHaveAttribute('data-etat', 'prete', { timeout: 30_000 });
		expect(await violationsGraves(page)).toEqual([]);
	});

	test('avec un brouillon actif, un résumé d’import et sa comparaison', async ({ page }) => {
		await ouvrirCouverture(page);
		await appliquerBrouillonTest(page);
		await importer(page, 'cartosante-medecins.csv');
		await expect(page.getByTestId('resume-import')).toBeVisible();
		expect(await violationsGraves(page)).toEqual([]);
	});
});

test.describe('téléphone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('la page tient dans la largeur, importe un brouillon et le compare', async ({ page }) => {
		await ouvrirCouverture(page);
		const debordement = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(await debordement()).toBeLessThanOrEqual(0);
		await appliquerBrouillonTest(page);
		await expect(page.getByTestId('bilan-comparaison')).toBeVisible();
		expect(await debordement()).toBeLessThanOrEqual(0);
		await expect(page.getByTestId('quitter-brouillon')).toBeVisible();
		expect(await violationsGraves(page)).toEqual([]);
	});
});
