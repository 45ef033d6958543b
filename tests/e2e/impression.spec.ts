import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, attendreCarte } from './outils';
import { lireQr } from './qr';

/** pdftotext in reading order (columns one after the other), no-break spaces read as spaces. */
function texteDuPdf(fichier: string): string {
	return execFileSync('pdftotext', [fichier, '-'], { encoding: 'utf8' }).replace(/[\u202f\u00a0]/g, ' ');
}

test.describe('fiche imprimable', () => {
	test('Mende, médecin libéral : une fiche A4 de 2 pages au plus avec identité, zonages, aides, sources, date, adresse et QR code', async ({ page, baseURL }) => {
		await page.goto('/?commune=48095&profil=medecin-liberal&r.situation=installation&date=2023-12-27');
		await attendreCarte(page);
		// The rules engine arrives after the first view: print once the aids are shown.
		await expect(page.getByTestId('aide-caim')).toHaveCount(1);
		const url = page.url();
		const dossier = mkdtempSync(join(tmpdir(), 'fiche-'));
		const pdf = join(dossier, 'mende.pdf');
		writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));

		const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
		const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
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
		const compact = texte.replace(/\s+/g, ' ');
		for (const a of attendus) expect(compact, a).toContain(a);
		// Nothing collapsed on screen is missing on paper: the non-eligible aids' reasons are printed.
		expect(compact).toContain('Contrat de transition des médecins (COTRAM)');

		// The QR code printed on the first page opens the same view.
		execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-png', pdf, join(dossier, 'page')]);
		const qr = lireQr(readFileSync(join(dossier, 'page-1.png')));
		expect(qr).toBe(url);
		expect(qr!.startsWith(baseURL!)).toBe(true);
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
