/**
 * Drives the live map from Playwright, for the e2e tests and the benchmark alike: a click on a
 * commune is a click on the pixel the map itself projects for a point inside it.
 */
import type { Page } from '@playwright/test';

/** Resolves when the map is still, loaded and has all its tiles. */
export async function attendreRepos(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((ok) => {
				const carte = (window as any).__carte;
				if (!carte.isMoving() && carte.loaded() && carte.areTilesLoaded()) ok();
				else carte.once('idle', () => ok());
			})
	);
}

/** Centres the map on [lon, lat] at zoom 9, waits for it, then clicks that point's pixel. */
export async function cliquerPoint(page: Page, [lon, lat]: [number, number]): Promise<void> {
	await page.evaluate(([lon, lat]) => void (window as any).__carte.jumpTo({ center: [lon, lat], zoom: 9 }), [lon, lat]);
	await attendreRepos(page);
	const { x, y } = await page.evaluate(([lon, lat]) => (window as any).__carte.project([lon, lat]), [lon, lat]);
	const boite = (await page.locator('[data-testid="carte"] canvas').boundingBox())!;
	await page.mouse.click(boite.x + x, boite.y + y);
}
