import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, attendreCarte, cliquerCommune, pointDans } from './outils';
import { attendreRepos } from '../../scripts/pilote-carte';

/** What the rules give for the whole region, from the CLI (another process, the same rule files). */
function repartitionCli(aide: string, ...reponses: string[]): Record<string, number> {
	const commande = (JSON.parse(readFileSync('package.json', 'utf8')).scripts.aides as string).split(' ');
	const args = [...commande, '--profil', 'medecin-liberal', '--date', '2023-12-27', '--repartition', aide, '--json', ...reponses.flatMap((r) => ['--reponse', r])];
	const { classes } = JSON.parse(execFileSync('npx', args, { encoding: 'utf8' })) as { classes: { statut: string; communes: number }[] };
	return Object.fromEntries(classes.filter((k) => k.communes > 0).map((k) => [k.statut, k.communes]));
}

/**
 * Communes per class of the sure five-year sum, and how many the « à préciser » aids would raise, from the CLI
 * (run while the page loads).
 */
async function repartitionMontantsCli(...reponses: string[]): Promise<{ classes: Record<string, number>; relevables: number }> {
	const commande = (JSON.parse(readFileSync('package.json', 'utf8')).scripts.aides as string).split(' ');
	const args = [...commande, '--profil', 'medecin-liberal', '--date', '2023-12-27', '--repartition', 'montants', '--json', ...reponses.flatMap((r) => ['--reponse', r])];
	const { stdout } = await promisify(execFile)('npx', args, { encoding: 'utf8' });
	const { classes } = JSON.parse(stdout) as { classes: { classe: { id: string }; communes: number; relevables: number }[] };
	return {
		classes: Object.fromEntries(classes.filter((k) => k.communes > 0).map((k) => [k.classe.id, k.communes])),
		relevables: classes.reduce((n, k) => n + k.relevables, 0)
	};
}

/** The map's tooltip over a point inside the commune. */
async function bulle(page: Page, code: string): Promise<string> {
	const [lon, lat] = pointDans(code);
	await page.evaluate(([lon, lat]) => void (window as any).__carte.jumpTo({ center: [lon, lat], zoom: 9 }), [lon, lat]);
	await attendreRepos(page);
	const { x, y } = await page.evaluate(([lon, lat]) => (window as any).__carte.project([lon, lat]), [lon, lat]);
	const boite = (await page.locator('[data-testid="carte"] canvas').boundingBox())!;
	await page.mouse.move(boite.x + x, boite.y + y);
	return (await page.locator('.bulle-commune').textContent())!;
}

/** Communes per class as the legend prints them. */
async function legende(page: Page): Promise<Record<string, number>> {
	const lignes = page.getByTestId('classes-legende').locator('tbody tr');
	await expect(lignes.first()).toBeVisible();
	return Object.fromEntries(
		await lignes.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-valeur'), Number(tr.querySelectorAll('td')[0].textContent!.replace(/\D/g, ''))]))
	);
}

/** Communes per class as the map itself holds them: the feature state each commune was coloured with. */
async function etatsCarte(page: Page): Promise<Record<string, number>> {
	const codes = (JSON.parse(readFileSync('static/data/proximite.json', 'utf8')) as { codes: string[] }).codes;
	return page.evaluate((codes) => {
		const comptes: Record<string, number> = {};
		for (const id of codes) {
			const classe = (window as any).__carte.getFeatureState({ source: 'occitanie', sourceLayer: 'communes', id }).classe;
			comptes[classe] = (comptes[classe] ?? 0) + 1;
		}
		return comptes;
	}, codes);
}

test.describe('« Mes aides » sur la carte', () => {
	test('choisir un profil colore la carte comme les règles le donnent ; une réponse change les comptes', async ({ page }) => {
		await page.goto('/?aide=caim&date=2023-12-27');
		await attendreCarte(page);
		await expect(page.getByTestId('mode-aides')).toHaveCount(0);
		await page.getByTestId('choix-profil').selectOption('medecin-liberal');
		await expect(page.getByTestId('mode-aides')).toBeChecked();
		await expect(page.getByTestId('choix-aide-carte')).toHaveValue('caim');

		const avant = repartitionCli('caim');
		expect(await legende(page)).toEqual(avant);
		await expect.poll(() => etatsCarte(page)).toEqual(avant);

		// Answering "I settle here" turns the ZIP communes from « à préciser » to « éligible », everywhere at once.
		await page.getByTestId('choix-profil-situation').selectOption('installation');
		const apres = repartitionCli('caim', 'situation=installation');
		expect(apres).not.toEqual(avant);
		await expect.poll(() => legende(page)).toEqual(apres);
		await expect.poll(() => etatsCarte(page)).toEqual(apres);

		// The best of the aids tied to the place, as the CLI computes it.
		await page.getByTestId('choix-aide-carte').selectOption('meilleure');
		await expect.poll(() => legende(page)).toEqual(repartitionCli('meilleure', 'situation=installation'));
		await expect(page).toHaveURL(/profil=medecin-liberal/);
		await expect(page).not.toHaveURL(/aide=/);

		// Back to the zonings: the layer's own classes.
		await page.getByTestId('mode-zonages').check();
		await expect(page.getByTestId('choix-couche')).toHaveValue('zonage-medecins');
		expect(await legende(page)).toEqual({ ZIP: 1419, ZAC: 2556, ZAR: 470, 'non-disponible': 1 });
	});

	test('« Montants » : médecin qui s’installe, à la date des brochures — classes des sommes sûres et hachures comme la CLI, bulle, adresse, au plus près', async ({ page }) => {
		// Each commune in the class of its sure five-year sum, as the CLI adds them up, hatched where the « à préciser »
		// aids would raise it; the mode is restored by the address.
		const cli = repartitionMontantsCli('situation=installation');
		await page.goto('/?profil=medecin-liberal&r.situation=installation&date=2023-12-27');
		await attendreCarte(page);
		await page.getByTestId('mode-montants').check();
		await expect(page).toHaveURL(/carte=montants/);
		const montants = await cli;
		await expect.poll(() => legende(page)).toEqual(montants.classes);
		expect(Object.values(montants.classes).reduce((a, b) => a + b, 0)).toBe(4446);
		await expect.poll(() => etatsCarte(page)).toEqual(montants.classes);
		await expect(page.getByTestId('legende-hachures')).toContainText(`(${montants.relevables} communes)`);
		await page.reload();
		await attendreCarte(page);
		await expect(page.getByTestId('mode-montants')).toBeChecked();
		await expect.poll(() => legende(page)).toEqual(montants.classes);
		const hachees = await page.evaluate(
			(codes) => codes.filter((id) => (window as any).__carte.getFeatureState({ source: 'occitanie', sourceLayer: 'communes', id }).hachee).length,
			(JSON.parse(readFileSync('static/data/proximite.json', 'utf8')) as { codes: string[] }).codes
		);
		expect(hachees).toBe(montants.relevables);
		// Mende (ZAC, mountain): the ARS contract for the mountain areas, sure, 31 250 € to 50 000 € (CLI --montants).
		await expect.poll(() => bulle(page, '48095')).toMatch(/^Mende — jusqu’à 50\s000\s€ sur 5 ans, dont 50\s000\s€ sûrs$/);
		const { violations } = await new AxeBuilder({ page }).include('[data-testid="legende"]').analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
		// Au plus près: the nearest commune with at least 30 000 € sure, a button that selects it.
		await cliquerCommune(page, '48095');
		const auMoins = page.getByTestId('plus-pres-montant');
		await auMoins.getByTestId('seuil-montant').selectOption('30000');
		await expect(auMoins).toContainText(/km (au|à l’)[^:]+ : 31\s250\s€ à 50\s000\s€ sûrs sur 5 ans\./);
		const proche = await auMoins.getByRole('button').getAttribute('data-code');
		await auMoins.getByRole('button').click();
		await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', proche!);
	});

	test('la couche thématique se choisit dans une liste groupée par thème', async ({ page }) => {
		await page.goto('/');
		await attendreCarte(page);
		const groupes = await page.getByTestId('choix-couche').locator('optgroup').evaluateAll((g) => g.map((x) => x.getAttribute('label')));
		expect(groupes).toEqual(['Médecins', 'Chirurgiens-dentistes', 'Autres professions', 'Territoires', 'Accès aux soins']);
		await page.getByTestId('choix-couche').selectOption('montagne');
		expect(await legende(page)).toEqual({ classee: 1578, 'non-classee': 2868 });
		await page.getByTestId('choix-couche').selectOption('apl');
		await expect(page.getByTestId('legende')).toContainText('ce ne sont pas des seuils officiels');
		await expect(page.getByTestId('classes-legende').locator('tr[data-valeur="q1"]')).toContainText('APL de 0 à 1,84');
	});

	test('les noms des communes sont dessinés, les plus grandes à l’échelle de la région', async ({ page }) => {
		await page.goto('/');
		await attendreCarte(page);
		const noms = async () =>
			page.evaluate(() => (window as any).__carte.queryRenderedFeatures({ layers: ['noms'] }).map((f: any) => f.properties.nom as string));
		await expect.poll(noms).toEqual(expect.arrayContaining(['Toulouse', 'Montpellier', 'Mende', 'Foix']));
		const region = await noms();
		expect(region.length).toBeLessThan(40);
		expect(region).not.toContain('Badaroux');
		// Zooming in on Mende shows the small communes around it (Badaroux: about a thousand inhabitants).
		await page.evaluate(() => void (window as any).__carte.jumpTo({ center: [3.5, 44.52], zoom: 10.3 }));
		await expect.poll(noms).toEqual(expect.arrayContaining(['Mende', 'Badaroux']));
	});
});

test.describe('autour d’une commune', () => {
	test('Mende : ses voisines, avec leur zonage et leur statut ; un clic sélectionne', async ({ page }) => {
		await page.goto('/?commune=48095&profil=medecin-liberal&r.situation=installation&date=2023-12-27');
		await attendreCarte(page);
		const voisines = page.getByTestId('voisines');
		// Communes sharing a border with Mende in the commune geometry (COG 2026).
		await expect(voisines.locator('li')).toHaveCount(8);
		for (const code of ['48013', '48016', '48018', '48030', '48042', '48081', '48127', '48137']) {
			await expect(voisines.locator(`li[data-code="${code}"]`)).toHaveCount(1);
		}
		await expect(voisines.locator('li[data-code="48013"]')).toContainText('Badaroux');
		await expect(voisines.locator('li[data-code="48013"]')).toContainText('ZAC');
		await voisines.getByRole('button', { name: 'Badaroux' }).click();
		await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', '48013');
	});

	test('au plus près : la commune la plus proche où le CAIM est ouvert, avec sa distance et sa direction', async ({ page }) => {
		await page.goto('/?commune=09225&profil=medecin-liberal&r.situation=installation&date=2023-12-27'); // Pamiers, ZAC
		await attendreCarte(page);
		const caim = page.getByTestId('plus-pres').locator('li[data-aide="caim"]');
		await expect(caim).toBeVisible();
		// Independent check: the nearest ZIP commune by great-circle distance between the name points.
		const p = JSON.parse(readFileSync('static/data/proximite.json', 'utf8')) as { codes: string[]; centres: [number, number][] };
		const t = JSON.parse(readFileSync('static/data/communes.json', 'utf8')) as { couches: string[]; communes: [string, string, string, number, string, number, number[]][] };
		const zip = new Set(t.communes.filter((l) => l[6][t.couches.indexOf('zonage-medecins')] === 0).map((l) => l[0]));
		const rad = (d: number) => (d * Math.PI) / 180;
		const depart = p.centres[p.codes.indexOf('09225')];
		const km = ([a, b]: [number, number]) =>
			2 * 6371 * Math.asin(Math.sqrt(Math.sin(rad(b - depart[1]) / 2) ** 2 + Math.cos(rad(depart[1])) * Math.cos(rad(b)) * Math.sin(rad(a - depart[0]) / 2) ** 2));
		const [plusProche] = p.codes.map((c, i) => ({ c, d: km(p.centres[i]) })).filter((x) => zip.has(x.c)).sort((a, b) => a.d - b.d);
		const nom = t.communes.find((l) => l[0] === plusProche.c)![1];
		await expect(caim).toContainText(`éligible à ${nom}, ${Math.round(plusProche.d)} km`);
		await caim.getByRole('button', { name: nom }).click();
		await expect(page.getByTestId('panneau-commune')).toHaveAttribute('data-code', plusProche.c);
		await expect(page.getByTestId('aide-caim')).toHaveAttribute('data-statut', 'eligible');
	});
});

test.describe('comparer', () => {
	test('trois communes épinglées côte à côte, qui survivent au rechargement', async ({ page }) => {
		await page.goto('/?commune=48095&profil=medecin-liberal&r.situation=installation&comparer=31555,82112&date=2023-12-27');
		await attendreCarte(page);
		await expect(page.getByTestId('epingles').getByRole('button', { name: /Retirer/ })).toHaveCount(2);
		await page.getByTestId('epingler').click();
		await expect(page).toHaveURL(/comparer=31555%2C82112%2C48095|comparer=31555,82112,48095/);
		// A fourth pin is refused with a message, nothing lost.
		await page.goto('/?commune=09122&comparer=31555,82112,48095&profil=medecin-liberal&r.situation=installation&date=2023-12-27');
		await attendreCarte(page);
		await page.getByTestId('epingler').click();
		await expect(page.getByTestId('avis')).toContainText('3 communes au plus');
		await page.reload();
		await attendreCarte(page);
		await page.getByTestId('ouvrir-comparaison').click();
		const comparaison = page.getByTestId('comparaison');
		await expect(comparaison.locator('thead th')).toHaveCount(3);
		await expect(comparaison).toContainText('Toulouse');
		await expect(comparaison).toContainText('Moissac');
		await expect(comparaison).toContainText('Mende');
		await expect(comparaison.getByRole('row', { name: /Zonage médecins/ })).toContainText('ZAR');
		await expect(comparaison.getByRole('row', { name: /Contrat d’aide à l’installation des médecins \(CAIM\)/ })).toContainText('Éligible — 31 250 € à 50 000 €');
		// The five-year sums side by side: Toulouse's contrat ARS is still to check.
		await expect(comparaison.getByRole('row', { name: /Sûrs \(aides éligibles\)/ }).locator('td')).toHaveText(['0 €', '31 250 € à 50 000 €', '31 250 € à 50 000 €']);
		await expect(comparaison.getByRole('row', { name: /APL 2023/ })).toBeVisible();
		await expect(comparaison.getByRole('row', { name: /Médecins généralistes/ })).toBeVisible();
	});

	test.describe('téléphone', () => {
		test.use({ viewport: { width: 390, height: 844 } });

		test('la comparaison se lit sur un téléphone, sans que la page déborde', async ({ page }) => {
			await page.goto('/?comparer=31555,82112,48095&profil=medecin-liberal&date=2023-12-27');
			await attendreCarte(page);
			await page.getByTestId('ouvrir-comparaison').click();
			await expect(page.getByTestId('comparaison')).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		});
	});

	test('au clavier seul : épingler deux communes et les comparer', async ({ page }) => {
		await page.goto('/');
		await attendreCarte(page);
		for (const nom of ['mende', 'moissac']) {
			await page.locator('#recherche-commune').focus();
			await page.keyboard.type(nom);
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await expect(page.locator('#commune-titre')).toBeFocused();
			// The pin button comes first after the commune's identity.
			for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'epingler')); i++) await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await page.locator('#recherche-commune').fill('');
		}
		await page.getByTestId('ouvrir-comparaison').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#comparaison-titre')).toBeFocused();
		await expect(page.getByTestId('comparaison').locator('thead th')).toHaveCount(2);
	});
});
