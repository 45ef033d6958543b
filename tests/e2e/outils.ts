/**
 * Shared e2e fixture: every test fails on a page error, a console error, or a request that leaves
 * the local origin. Helpers click real communes by projecting a point inside them through the map.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { pointOnFeature } from '@turf/turf';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Polygon } from 'geojson';
import { cliquerPoint } from '../../scripts/pilote-carte';

export const test = base.extend<{ erreursAttendues: RegExp[]; erreurs: string[] }>({
	/** Errors a test provokes on purpose (a 404 it serves, a request the CSP must refuse). */
	erreursAttendues: [[], { option: true }],
	erreurs: [
		async ({ page, baseURL, erreursAttendues }, use) => {
			const erreurs: string[] = [];
			page.on('pageerror', (e) => erreurs.push(`pageerror: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') erreurs.push(`console.error: ${m.text()}`);
			});
			await page.route('**/*', (route) => {
				const url = route.request().url();
				if (url.startsWith(baseURL!) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
				erreurs.push(`requête externe : ${url}`);
				return route.abort();
			});
			await use(erreurs);
			const inattendues = erreurs.filter((e) => !erreursAttendues.some((r) => r.test(e)));
			expect(inattendues, 'erreurs de page, de console ou requêtes externes').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

let topo: Topology | undefined;
/** A point guaranteed inside the commune, from the geometry the app itself serves. */
export function pointDans(code: string): [number, number] {
	topo ??= JSON.parse(readFileSync('static/data/communes.topo.json', 'utf8')) as Topology;
	const g = (topo.objects.communes as GeometryCollection).geometries.find((x) => x.id === code);
	if (!g) throw new Error(`commune ${code} absente de la géométrie`);
	return pointOnFeature(feature(topo, g) as Feature<Polygon>).geometry.coordinates as [number, number];
}

export async function attendreCarte(page: Page): Promise<void> {
	await expect(page.getByTestId('carte')).toHaveAttribute('data-etat', 'prete', { timeout: 30_000 });
}

/** Clicks the pixel the map projects for a point inside the commune. */
export async function cliquerCommune(page: Page, code: string): Promise<void> {
	await cliquerPoint(page, pointDans(code));
}
