/** In-browser measurements, each on a page opened in a fresh context (empty HTTP cache). */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { cliquerPoint } from '../pilote-carte';

export const DELAI_CARTE_MS = 60_000;

export interface PageMesuree {
	page: Page;
	contexte: BrowserContext;
	/** Page errors, console errors and requests leaving the local server: any of them means "broken". */
	erreurs: string[];
}

/** A phone held upright: a 360 px wide screen (the narrowest common one), touch, two device pixels per CSS pixel. */
export const TELEPHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;

export interface OptionsPage {
	/** Chromium's CPU slowed down this many times (CDP Emulation.setCPUThrottlingRate on the page's session). */
	ralentissement?: number;
	/** The phone's screen (TELEPHONE) instead of a 1366 × 800 desktop window. */
	telephone?: boolean;
}

export async function ouvrir(navigateur: Browser, origine: string, chemin: string, options: OptionsPage = {}): Promise<PageMesuree> {
	// A first visit: the offline cache, filled in the background after the first view, is not part
	// of its cost (it would add the whole site's bytes to the figures).
	const ecran = options.telephone ? TELEPHONE : { viewport: { width: 1366, height: 800 } };
	const contexte = await navigateur.newContext({ ...ecran, locale: 'fr-FR', serviceWorkers: 'block' });
	const page = await contexte.newPage();
	if (options.ralentissement && options.ralentissement > 1) {
		// Set before the navigation: the page loads, parses and runs on the slowed-down CPU from its first byte.
		const cdp = await contexte.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.ralentissement });
	}
	const erreurs: string[] = [];
	page.on('pageerror', (e) => erreurs.push(`erreur de page : ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') erreurs.push(`console.error : ${m.text()} (${m.location().url})`);
	});
	// Observed rather than routed: request interception would slow down every load being timed.
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origine) && !url.startsWith('data:') && !url.startsWith('blob:')) erreurs.push(`requête externe : ${url}`);
	});
	await page.goto(origine + chemin);
	return { page, contexte, erreurs };
}

/**
 * Navigation → first idle map: the page's 'carte-idle' mark, relative to navigation start; also
 * navigation → map creation ('carte-debut'), to tell loading the page from loading the map; and
 * the idle instant on the machine's clock.
 */
export async function attendreCarteIdle(page: Page): Promise<{ idle: number; debut: number; idleEpoch: number }> {
	await page
		.waitForFunction(() => performance.getEntriesByName('carte-idle').length > 0, null, { timeout: DELAI_CARTE_MS, polling: 50 })
		.catch(() => {
			throw new Error(`la carte n'est jamais au repos (marque « carte-idle » absente après ${DELAI_CARTE_MS / 1000} s)`);
		});
	return page.evaluate(() => ({
		idle: performance.getEntriesByName('carte-idle')[0].startTime,
		debut: performance.getEntriesByName('carte-debut')[0]?.startTime ?? NaN,
		// The same instant on the machine's clock, which the bench server stamps requests with.
		idleEpoch: performance.timeOrigin + performance.getEntriesByName('carte-idle')[0].startTime
	}));
}

export function entitesRendues(page: Page, couche: string): Promise<number> {
	return page.evaluate((couche) => (window as any).__carte.queryRenderedFeatures({ layers: [couche] }).length, couche);
}

/**
 * Click → panel with evaluated aids, clicked as the e2e tests do (scripts/pilote-carte.ts). Measured by the page's own marks
 * ('selection-commune' in the click handler → 'aides-rendues' after Svelte's tick), so the
 * Playwright round trips are not counted.
 */
export async function mesurerClic(page: Page, code: string, point: [number, number]): Promise<number> {
	await page.evaluate(() => {
		performance.clearMarks('selection-commune');
		performance.clearMarks('aides-rendues');
	});
	await cliquerPoint(page, point);
	await page
		.locator(`[data-testid="panneau-commune"][data-code="${code}"] [data-testid^="aide-"]`)
		.first()
		.waitFor({ timeout: 10_000 })
		.catch(() => {
			throw new Error(`le clic sur la commune ${code} n'a pas affiché son panneau avec les aides`);
		});
	await page.waitForFunction(() => performance.getEntriesByName('aides-rendues').length > 0, null, { timeout: 5_000, polling: 20 });
	return page.evaluate(() => {
		const [debut] = performance.getEntriesByName('selection-commune');
		const [fin] = performance.getEntriesByName('aides-rendues');
		return fin.startTime - debut.startTime;
	});
}

export interface MesureRecherche {
	/** The page's marks 'recherche-frappe' → 'recherche-resultats', null if they are missing or out of order. */
	marques: number | null;
	/** Wall clock in the page, from dispatching the input event to the first option being visible. */
	horloge: number;
}

/**
 * One input event carrying the whole query into the empty, closed search box: the results list is
 * built from scratch, the costliest case. The event is dispatched inside the page so the start time
 * is exact (a Playwright keystroke would add an unknown IPC delay before the page sees it).
 * Both marks fall in the same task — the input handler, then Svelte's flush whose $effect marks the
 * results once the DOM holds them — so their difference is the search plus DOM update, without paint,
 * which no mark can observe. The wall clock (stopped by a MutationObserver, i.e. right after that
 * same flush) is the fallback when the page did not mark, e.g. a query with no result.
 */
export async function mesurerRecherche(page: Page, requete: string): Promise<MesureRecherche> {
	const champ = page.locator('#recherche-commune');
	await champ.fill('');
	await page.locator('#recherche-resultats').waitFor({ state: 'hidden' });
	const m = await page.evaluate(
		(requete) =>
			new Promise<MesureRecherche>((ok, ko) => {
				const champ = document.getElementById('recherche-commune') as HTMLInputElement;
				const liste = document.getElementById('recherche-resultats')!;
				performance.clearMarks('recherche-frappe');
				performance.clearMarks('recherche-resultats');
				let t0 = 0;
				// Inline callbacks only: tsx would wrap a named function in a helper the page does not have.
				const obs = new MutationObserver(() => {
					if (liste.hidden || !liste.querySelector('[role="option"]')) return;
					const horloge = performance.now() - t0;
					obs.disconnect();
					clearTimeout(delai);
					const [a] = performance.getEntriesByName('recherche-frappe');
					const [b] = performance.getEntriesByName('recherche-resultats');
					ok({ marques: a && b && b.startTime >= a.startTime ? b.startTime - a.startTime : null, horloge });
				});
				obs.observe(liste, { attributes: true, childList: true, subtree: true });
				const delai = setTimeout(() => {
					obs.disconnect();
					ko(new Error(`aucun résultat affiché pour « ${requete} »`));
				}, 5_000);
				champ.focus();
				t0 = performance.now();
				champ.value = requete;
				champ.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: requete }));
			}),
		requete
	);
	await champ.fill('');
	return m;
}

/** Waits until the rules engine has coloured the map for the profile in the URL ("Mes aides" legend shown). */
export async function attendreMoteur(page: Page): Promise<void> {
	await page.locator('[data-testid="mode-aides"]:checked').waitFor({ timeout: DELAI_CARTE_MS });
	await page.locator('[data-testid="classes-legende"]').waitFor({ timeout: DELAI_CARTE_MS });
}

/**
 * A change of the control `testid` (the situation chooser, the rules' date) → "Mes aides" map recoloured:
 * the control is set in the page (no Playwright round trip in the timing), and the time runs until the
 * map's 'carte-recoloree' mark, set at the first frame drawn after the new colours (Carte.svelte). Each
 * value must differ from the previous one.
 */
export async function mesurerRecoloration(page: Page, testid: string, valeurs: string[]): Promise<number[]> {
	const durees: number[] = [];
	for (const valeur of valeurs) durees.push(await recolorer(page, testid, valeur));
	return durees;
}

/** One gesture in the page — the control `testid` set to `valeur`, or clicked without one — timed to 'carte-recoloree'. */
function recolorer(page: Page, testid: string, valeur?: string): Promise<number> {
	return page.evaluate(
		([testid, valeur]) =>
			new Promise<number>((ok, ko) => {
				const choix = document.querySelector(`[data-testid="${testid}"]`) as HTMLSelectElement | HTMLInputElement;
				const t0 = performance.now();
				if (valeur === undefined) choix.click();
				else {
					choix.value = valeur;
					choix.dispatchEvent(new Event('change', { bubbles: true }));
				}
				const debut = Date.now();
				// Inline callback only: tsx would wrap a named function in a helper the page does not have.
				const minuterie = setInterval(() => {
					const fin = performance.getEntriesByName('carte-recoloree').find((m) => m.startTime > t0);
					if (fin || Date.now() - debut > 10_000) clearInterval(minuterie);
					if (fin) ok(fin.startTime - t0);
					else if (Date.now() - debut > 10_000) ko(new Error(`carte jamais recolorée après « ${valeur ?? testid} »`));
				}, 5);
			}),
		[testid, valeur] as const
	);
}

/**
 * The map switched from "Mes aides" to « Montants » (`bascules` times, back to "Mes aides" between, untimed), then
 * answers given in « Montants » (the control `testid` set to each of `valeurs`, as mesurerRecoloration): each timed
 * until the map's 'carte-recoloree' mark, the switch by clicking the legend's radio button inside the page.
 */
export async function mesurerRecolorationMontants(page: Page, bascules: number, testid: string, valeurs: string[]): Promise<number[]> {
	const durees: number[] = [];
	for (let i = 0; i < bascules; i++) {
		durees.push(await recolorer(page, 'mode-montants'));
		await recolorer(page, 'mode-aides');
	}
	await page.locator('[data-testid="mode-montants"]').check();
	await page.locator('[data-testid="legende-hachures"]').waitFor({ timeout: DELAI_CARTE_MS });
	return [...durees, ...(await mesurerRecoloration(page, testid, valeurs))];
}

/** The page's first in-browser evaluation of every commune's statuses (cold memo): its 'regles-communes' measure, NaN if absent. */
export function dureeRegles(page: Page): Promise<number> {
	return page.evaluate(() => performance.getEntriesByName('regles-communes')[0]?.duration ?? NaN);
}

export interface MesureLienQr {
	/** Navigation start → the panel's mark ('aides-rendues' for our page, 'panneau-commune' for the naive one). */
	panneauMs: number;
	/** Layout shifts after the panel appeared, summed until the map was idle and one more second (CLS, without input). */
	decalage: number;
	/** The smallest font size of the panel's visible text as drawn on screen (SVG text scaled with its drawing), px, and that text. */
	police: { px: number; texte: string };
	/** The page's viewport meta, and whether it lets the reader zoom (no user-scalable=no, maximum-scale ≥ 2). */
	viewport: { contenu: string; zoomPossible: boolean };
}

/**
 * A shared link opened on a phone (cold cache): navigation start → the page's `marque` (the commune's panel
 * in the DOM, `panneau` its selector, which must hold `contenu`); then, until the map is idle plus one second,
 * the layout shifts after that instant; the panel's smallest visible text; the viewport meta.
 */
export async function mesurerLienQr(page: Page, marque: string, panneau: string, contenu: string): Promise<MesureLienQr> {
	await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, marque, { timeout: DELAI_CARTE_MS, polling: 50 }).catch(() => {
		throw new Error(`le panneau de la commune n'est jamais affiché (marque « ${marque} » absente après ${DELAI_CARTE_MS / 1000} s)`);
	});
	await page.locator(`${panneau} ${contenu}`).first().waitFor({ state: 'attached', timeout: DELAI_CARTE_MS }).catch(() => {
		throw new Error(`le panneau (${panneau}) n'a pas son contenu attendu (${contenu})`);
	});
	const panneauMs = await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, marque);
	await page.waitForFunction(() => performance.getEntriesByName('carte-idle').length > 0, null, { timeout: DELAI_CARTE_MS, polling: 50 }).catch(() => {
		throw new Error(`la carte n'est jamais au repos après le panneau (marque « carte-idle » absente après ${DELAI_CARTE_MS / 1000} s)`);
	});
	await page.waitForTimeout(1000);
	const m = await page.evaluate(
		async ([panneau, apres]) => {
			// Layout-shift entries are buffered from the navigation on: observed now, they all come at once.
			const entrees: PerformanceEntry[] = [];
			const obs = new PerformanceObserver((liste) => entrees.push(...liste.getEntries()));
			obs.observe({ type: 'layout-shift', buffered: true });
			await new Promise((ok) => setTimeout(ok, 200));
			entrees.push(...obs.takeRecords());
			obs.disconnect();
			const decalage = entrees
				.filter((e) => e.startTime > apres && !(e as unknown as { hadRecentInput: boolean }).hadRecentInput)
				.reduce((s, e) => s + (e as unknown as { value: number }).value, 0);
			const racine = document.querySelector(panneau)!;
			let police = { px: Infinity, texte: '' };
			for (const el of [racine, ...racine.querySelectorAll('*')]) {
				const texte = [...el.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.textContent!.trim())
					.join(' ')
					.trim();
				// Only what is drawn: a closed <details>' content or a visually hidden label is not read on screen.
				const boite = el.getBoundingClientRect();
				if (!texte || boite.width <= 1 || boite.height <= 1) continue;
				// SVG text is drawn at its font size times the drawing's scale on screen.
				const echelle = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
				const px = parseFloat(getComputedStyle(el).fontSize) * echelle;
				if (px < police.px) police = { px, texte: texte.slice(0, 60) };
			}
			const contenu = document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '';
			const reglages = Object.fromEntries(contenu.split(',').map((r) => r.split('=').map((x) => x.trim().toLowerCase())));
			const bloque = ['no', '0'].includes(reglages['user-scalable']) || (reglages['maximum-scale'] !== undefined && Number(reglages['maximum-scale']) < 2);
			return { decalage, police, viewport: { contenu, zoomPossible: contenu !== '' && !bloque } };
		},
		[panneau, panneauMs] as const
	);
	return { panneauMs, ...m };
}
