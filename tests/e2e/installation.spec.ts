import { test, expect, attendreCarte } from './outils';

/** Width and height from a PNG's IHDR chunk. */
function dimensionsPng(octets: Buffer): [number, number] {
	expect(octets.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [octets.readUInt32BE(16), octets.readUInt32BE(20)];
}

test('l’application s’installe : manifeste, icônes construites depuis le SVG, aucune erreur d’installabilité', async ({ page, request, baseURL }) => {
	await page.goto('/');
	await attendreCarte(page);
	const lien = await page.locator('link[rel="manifest"]').getAttribute('href');
	const adresse = new URL(lien!, page.url()).href;
	const manifeste = await (await request.get(adresse)).json();
	expect(manifeste).toMatchObject({ lang: 'fr', display: 'standalone', start_url: './', scope: './' });
	expect(manifeste.name).toContain('Occitanie');
	const tailles = new Set<string>();
	for (const icone of manifeste.icons as { src: string; sizes: string; type: string }[]) {
		const reponse = await request.get(new URL(icone.src, adresse).href);
		expect(reponse.status(), icone.src).toBe(200);
		const [l, h] = dimensionsPng(await reponse.body());
		expect(`${l}x${h}`).toBe(icone.sizes);
		tailles.add(icone.sizes);
	}
	expect([...tailles].sort()).toEqual(['192x192', '512x512']);
	for (const raccourci of manifeste.shortcuts as { url: string }[]) {
		expect((await request.get(new URL(raccourci.url, adresse).href)).status(), raccourci.url).toBe(200);
	}
	expect(new URL(manifeste.start_url, adresse).href).toBe(`${baseURL}/`);
	// Chromium's own verdict (the criteria of its install prompt); a Playwright context is a
	// private window, which only that browser-side error reports.
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
	expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});
