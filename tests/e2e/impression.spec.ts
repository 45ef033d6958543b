import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, attendreCarte } from './outils';
import { lireQr } from './qr';

/**
 * pdftotext in the order the sheet writes its text (-raw: each column through, then the next; the
 * reading-order guess interleaves two dense columns), no-break spaces read as spaces.
 */
function texteDuPdf(fichier: string): string {
	return execFileSync('pdftotext', ['-raw', fichier, '-'], { encoding: 'utf8' }).replace(/[\u202f\u00a0]/g, ' ');
}

/**
 * The page's print, as a PDF file, and its number of pages. page.pdf() fires no « beforeprint » (which brings
 * the sheet up at once for a reader's Ctrl+P): wait for the sheet, which follows the panel one painted frame later.
 */
async function imprimer(page: Page, fichier: string): Promise<{ pdf: string; pages: number; info: string }> {
	await expect(page.getByTestId('fiche-impression')).toBeAttached();
	const pdf = join(mkdtempSync(join(tmpdir(), 'fiche-')), fichier);
	writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
	const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
	return { pdf, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), info };
}

/** The smallest printed text of the sheet, in CSS pixels (9 pt = 12 px). */
async function plusPetitTexte(page: Page): Promise<number> {
	await page.emulateMedia({ media: 'print' });
	const taille = await page.getByTestId('fiche-impression').evaluate((fiche) => {
		const tailles = [...fiche.querySelectorAll('*')]
			.filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && !e.closest('.visuellement-cache'))
			.map((e) => parseFloat(getComputedStyle(e).fontSize));
		return Math.min(...tailles);
	});
	// Back to no emulation: page.pdf() prints with the print styles only then.
	await page.emulateMedia({ media: null });
	return taille;
}

test.describe('fiche imprimable', () => {
	test('Mende, médecin libéral : une fiche A4 de 2 pages au plus avec identité, zonages, aides, sources, date, adresse et QR code', async ({ page, baseURL }) => {
		await page.goto('/?commune=48095&profil=medecin-liberal&r.situation=installation&date=2023-12-27');
		await attendreCarte(page);
		// The rules engine arrives after the first view: print once the aids are shown.
		await expect(page.getByTestId('aide-caim')).toHaveCount(1);
		const url = page.url();
		const { pdf, pages, info } = await imprimer(page, 'mende.pdf');
		expect(pages).toBeLessThanOrEqual(2);
		// A4 is 595 × 842 points.
		expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842/);

		const texte = texteDuPdf(pdf);
		const attendus = [
			'Mende (48095)',
			'Lozère (48)',
			'12 464 hab.',
			// Zonings with their dates
			'Zonage médecins',
			'ZAC — zone d\'action complémentaire',
			'export antérieur à mai 2025',
			'FRR socle',
			'10/07/2025',
			// The five-year sum, its payments year by year and why the CAIM is left out of it
			'Jusqu’à 50 000 € sur 5 ans ici, dont 50 000 € sûrs',
			'1re année',
			'Total sûr',
			'Pourquoi cette combinaison : Contrat d’aide à l’installation des médecins (CAIM) ou Contrat ARS',
			'Hors total :',
			// Aids grouped by status, with amounts, conditions, commitments and brochure pages
			'Aides à l’installation — Je suis médecin libéral',
			'Éligible (2)',
			'À préciser (8)',
			'Non éligible (9)',
			'Contrat ARS d’aide à l’installation Montagne, Massif, QPV',
			'31 250 € à 50 000 €',
			'La commune appartient au Massif central',
			'Engagements :',
			'page #13',
			// Sources, date and address
			'Sources',
			'Imprimé le',
			'règles au 27 décembre 2023',
			url
		];
		// -raw drops the thin spaces between thousands: « 12 464 » reads « 12464 » on both sides.
		const sansMilliers = (t: string) => t.replace(/\s+/g, ' ').replace(/(\d) (?=\d{3}\b)/g, '$1');
		const compact = sansMilliers(texte);
		for (const a of attendus) expect(compact, a).toContain(sansMilliers(a));
		// The aids not open here: their names.
		expect(compact).toContain('Contrat de transition des médecins (COTRAM)');

		// The QR code printed on the first page opens the same view.
		const image = join(dirname(pdf), 'page');
		execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-png', pdf, image]);
		const qr = lireQr(readFileSync(`${image}-1.png`));
		expect(qr).toBe(url);
		expect(qr!.startsWith(baseURL!)).toBe(true);
	});

	test('aux règles du jour, situation non dite (le plus d’aides ouvertes) : 2 pages au plus en 9 pt au moins, pour un médecin, un dentiste et un MSU', async ({ page }) => {
		test.setTimeout(150_000);
		for (const profil of ['medecin-liberal', 'chirurgien-dentiste-liberal', 'medecin-msu']) {
			await page.goto(`/?commune=48095&profil=${profil}`);
			await attendreCarte(page);
			// The sheet follows the view once the rules are loaded.
			await expect(page.getByTestId('fiche-bilan')).toContainText('sur 5 ans ici');
			const { pages } = await imprimer(page, `mende-${profil}.pdf`);
			expect(pages, profil).toBeLessThanOrEqual(2);
			expect(await plusPetitTexte(page), profil).toBeGreaterThanOrEqual(12);
		}
	});

	test('« Imprimer la fiche » ouvre l’impression du navigateur ; l’écran ne montre pas la fiche', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { impressions: number }).impressions = 0;
			window.print = () => {
				(window as unknown as { impressions: number }).impressions++;
			};
		});
		await page.goto('/?commune=48095&profil=medecin-liberal');
		await attendreCarte(page);
		await expect(page.getByTestId('fiche-impression')).toBeHidden();
		await page.getByTestId('imprimer').click();
		expect(await page.evaluate(() => (window as unknown as { impressions: number }).impressions)).toBe(1);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('fiche-impression')).toBeVisible();
		await expect(page.getByTestId('carte')).toBeHidden();
	});
});
