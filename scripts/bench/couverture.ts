/**
 * Measurements of the coverage page (/couverture) for `npm run bench`:
 *  - import + validation + comparison of a 4,446-row draft, in node with the app's own modules, then
 *    the aids gained or lost (the rules engine, cold); and a 4,446-row commune → TVS table;
 *  - navigation → the page's first render after its data has loaded, in Chromium (its marks
 *    'couverture-donnees' → 'couverture-rendue', set after Svelte's update and the next frame).
 * bench.ts formats and prints the figures with its own helpers (lignesCouverture).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from '@playwright/test';
import type { Commune } from '../../src/lib/commune/types';
import { viderMemo } from '../../src/lib/aides';
import { changements, creerBrouillon, effetsAides, lireFichier, tableauTransitions, zonageVersCsv, type ClasseMedecins } from '../../src/lib/brouillons';
import { creerCouche, lireCouche } from '../../src/lib/couches-locales/couche';
import { appliquerCouchesLocales } from '../../src/lib/couches-locales/faits';
import { ouvrir } from './navigateur';
import { resumer, type Resume } from './stats';

export const CIBLES_COUVERTURE = { importMs: 300, renduMs: 500, importTableMs: 300 };

const EXECUTIONS_IMPORT = 7;
const EXECUTIONS_RENDU = 5;
const PROFIL = 'medecin-liberal';

/**
 * The benchmark's draft file: the real médecins zoning exported as the page does, every class then
 * shifted (ZIP → ZAC → ZAR → ZIP). A synthetic input for timing only, never shown as a zoning: it
 * makes every commune change class, the worst case for the comparison and the aid evaluations.
 */
export function fichierBench(communes: readonly Commune[]): Uint8Array {
	const suivante: Record<string, ClasseMedecins> = { ZIP: 'ZAC', ZAC: 'ZAR', ZAR: 'ZIP' };
	const decalees = communes.map((c) => ({ ...c, zonages: { ...c.zonages, 'zonage-medecins': suivante[c.zonages['zonage-medecins']] ?? c.zonages['zonage-medecins'] } }));
	return new TextEncoder().encode(zonageVersCsv(decalees));
}

export interface MesureImport {
	lignes: number;
	changements: number;
	/** Read, validate, build the draft, list the transitions by département. */
	ms: Resume;
	/** Then the aids of a médecin libéral before and after in every changed commune, memo emptied. */
	aidesMs: Resume;
	/** A commune → TVS table of every commune: read, validate, build the stored layer, apply it to the communes. */
	tableMs: Resume;
}

/**
 * What the page computes between a file picked and its comparison shown: read + validate the file,
 * build the draft, list the transitions by département; then, timed apart, the aids gained or lost
 * for a médecin libéral (the rules engine's own cost, benchmarked on its own by bench-aides). Each run
 * starts with the rules' memo emptied (cold), after one untimed warm-up run.
 */
export function mesurerImport(communes: readonly Commune[], build: string): MesureImport {
	const anciensCodes = JSON.parse(readFileSync(join(build, 'data/anciens-codes.json'), 'utf8')) as Record<string, string>;
	const contexte = { communes: new Map(communes.map((c) => [c.code, c])), anciensCodes };
	const octets = fichierBench(communes);
	const executer = () => {
		const debut = performance.now();
		const r = lireFichier(octets, contexte);
		if (!r.ok) throw new Error(`fichier de banc refusé : ${r.erreur}`);
		const b = creerBrouillon(r.lecture, { id: '0000000000000000', nom: 'banc', fichier: 'banc.csv', date: new Date() });
		const liste = changements(communes, b);
		tableauTransitions(liste);
		const milieu = performance.now();
		effetsAides(liste, b, PROFIL);
		return { lignes: r.lecture.lignesLues, changements: liste.length, ms: milieu - debut, aidesMs: performance.now() - milieu };
	};
	const { lignes, changements: n } = executer();
	const mesures = Array.from({ length: EXECUTIONS_IMPORT }, () => {
		viderMemo();
		return executer();
	});
	// Synthetic TVS names (one per 20 communes in code order), for timing only: no TVS table is public.
	const tvs = new TextEncoder().encode(['code_insee;tvs', ...communes.map((c, i) => `${c.code};TVS de banc ${Math.floor(i / 20)}`)].join('\n'));
	const table = () => {
		const debut = performance.now();
		const r = lireCouche(tvs, contexte, 'tvs');
		if (!r.ok) throw new Error(`table de banc refusée : ${r.erreur}`);
		appliquerCouchesLocales(communes, { tvs: creerCouche('tvs', r.lecture, { id: '0000000000000000', nom: 'banc', fichier: 'banc.csv', date: new Date() }).territoires });
		return performance.now() - debut;
	};
	table();
	const tableMs = resumer(Array.from({ length: EXECUTIONS_IMPORT }, table));
	return { lignes, changements: n, ms: resumer(mesures.map((m) => m.ms)), aidesMs: resumer(mesures.map((m) => m.aidesMs)), tableMs };
}

/** Data loaded → page rendered, each run in a fresh context (empty cache), as a first visit. */
export async function mesurerRendu(navigateur: Browser, origine: string): Promise<Resume> {
	const durees: number[] = [];
	for (let i = 0; i < EXECUTIONS_RENDU; i++) {
		const p = await ouvrir(navigateur, origine, '/couverture');
		try {
			await p.page.waitForFunction(() => performance.getEntriesByName('couverture-rendue').length > 0, null, { timeout: 30_000, polling: 50 }).catch(() => {
				throw new Error('la page /couverture ne s’est jamais rendue (marque « couverture-rendue » absente)');
			});
			if (p.erreurs.length) throw new Error(`/couverture : ${p.erreurs.join(' ; ')}`);
			durees.push(
				await p.page.evaluate(() => performance.getEntriesByName('couverture-rendue')[0].startTime - performance.getEntriesByName('couverture-donnees')[0].startTime)
			);
		} finally {
			await p.contexte.close();
		}
	}
	return resumer(durees);
}

type Ligne = [mesure: string, nous: string, reference: string, rapport: string, cible: string];

/** The benchmark table's rows for these figures, with bench.ts's own formatting. */
export function lignesCouverture(
	imp: MesureImport,
	rendu: Resume,
	f: { plage: (r: Pick<Resume, 'mediane' | 'min' | 'max'>) => string; coche: (ok: boolean) => string }
): { lignes: Ligne[]; atteintes: { importBrouillon: boolean; renduCouverture: boolean; importTable: boolean } } {
	const atteintes = {
		importBrouillon: imp.ms.mediane <= CIBLES_COUVERTURE.importMs,
		renduCouverture: rendu.mediane <= CIBLES_COUVERTURE.renduMs,
		importTable: imp.tableMs.mediane <= CIBLES_COUVERTURE.importTableMs
	};
	return {
		atteintes,
		lignes: [
			[
				`Brouillon : import + validation + transitions (${imp.lignes.toLocaleString('fr-FR')} lignes, ${imp.changements.toLocaleString('fr-FR')} changements, ${imp.ms.n}×)`,
				f.plage(imp.ms),
				'—',
				'',
				`≤ ${CIBLES_COUVERTURE.importMs} ms ${f.coche(atteintes.importBrouillon)}`
			],
			[`  puis aides gagnées ou perdues, médecin libéral (moteur de règles à froid)`, f.plage(imp.aidesMs), '—', '', ''],
			[
				`Table des TVS : import + validation + application (${imp.lignes.toLocaleString('fr-FR')} lignes, ${imp.tableMs.n}×)`,
				f.plage(imp.tableMs),
				'—',
				'',
				`≤ ${CIBLES_COUVERTURE.importTableMs} ms ${f.coche(atteintes.importTable)}`
			],
			[`/couverture : données chargées → premier rendu (${rendu.n}×)`, f.plage(rendu), '—', '', `≤ ${CIBLES_COUVERTURE.renduMs} ms ${f.coche(atteintes.renduCouverture)}`]
		]
	};
}
