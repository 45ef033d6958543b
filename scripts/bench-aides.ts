/**
 * Times every commune's statuses for one profile (what the map colours): `npm run bench:aides [-- --profil <id>]`.
 * After one untimed warm-up run, each run starts with an empty memo, so it measures real rule evaluations (one per distinct
 * zoning signature) plus the per-commune lookups.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { decoderTable } from '../src/lib/commune/table';
import type { Commune } from '../src/lib/commune/types';
import { estProfil, statutsCommunes, viderMemo, type ProfilId } from '../src/lib/aides';

export interface MesureBench {
	communes: number;
	runs: number;
	medianeMs: number;
	minMs: number;
	maxMs: number;
}

/** Median/min/max wall time of `runs` cold evaluations of all communes (reusable by other benchmarks). */
export function benchAides(communes: readonly Commune[], profil: ProfilId, runs = 7): MesureBench {
	// One untimed run builds the Engine and warms the JIT, so runs compare like with like.
	statutsCommunes(communes, profil);
	const durees: number[] = [];
	for (let i = 0; i < runs; i++) {
		viderMemo();
		const debut = performance.now();
		statutsCommunes(communes, profil);
		durees.push(performance.now() - debut);
	}
	durees.sort((a, b) => a - b);
	return {
		communes: communes.length,
		runs,
		medianeMs: durees[Math.floor(runs / 2)],
		minMs: durees[0],
		maxMs: durees[runs - 1]
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const i = process.argv.indexOf('--profil');
	const profil = i >= 0 ? process.argv[i + 1] : 'medecin-liberal';
	if (!profil || !estProfil(profil)) {
		console.error(`Profil inconnu : « ${profil ?? ''} ».`);
		process.exit(2);
	}
	const fichier = fileURLToPath(new URL('../static/data/communes.json', import.meta.url));
	const communes = decoderTable(JSON.parse(readFileSync(fichier, 'utf8')));
	const m = benchAides(communes, profil);
	const ms = (x: number) => `${x.toFixed(1)} ms`;
	console.log(
		`Aides « ${profil} » pour ${m.communes} communes : médiane ${ms(m.medianeMs)} (min ${ms(m.minMs)}, max ${ms(m.maxMs)}, ${m.runs} exécutions, mémo vidé à chaque exécution).`
	);
}
