/**
 * The bench's CPU index: one fixed, deterministic pure-JS workload timed in node — numbers, strings,
 * objects and maps, the kind of work the page does (rules engine, tables, Svelte) — so that figures
 * from two machines, or from one machine under two loads, can be compared. Reported in milliseconds
 * (median of a few runs, lower is faster), beside the machine's load average: on a shared machine the
 * index taken at the start and at the end of a run says how steady it was.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/** Sizes fixed once and for all: changing them changes the index's scale (≈ 300 ms on the reference 2-core machine). */
const TOURS_NOMBRES = 6_000_000;
const TOURS_TEXTES = 400_000;
const TOURS_OBJETS = 300_000;

/** What the workload computes, checked on every run: a different value means the work was not the same. */
export const EMPREINTE_ATTENDUE = 155_661_230;

/** xorshift32: the same pseudo-random sequence on every machine. */
function aleatoire(graine: number): () => number {
	let x = graine >>> 0 || 1;
	return () => {
		x ^= x << 13;
		x >>>= 0;
		x ^= x >>> 17;
		x ^= x << 5;
		x >>>= 0;
		return x;
	};
}

/** FNV-1a over 32-bit values. */
const melanger = (h: number, v: number) => Math.imul(h ^ (v >>> 0), 16777619) >>> 0;

/** The workload; returns its fingerprint. */
export function travailCpu(): number {
	let h = 2166136261;
	// Numbers: integer mixing and floating-point arithmetic.
	const r = aleatoire(42);
	let s = 0;
	for (let i = 0; i < TOURS_NOMBRES; i++) {
		const v = r();
		s += Math.sqrt(v & 0xffff) * 0.5 + (v % 7);
		if ((i & 0xfff) === 0) h = melanger(h, Math.floor(s));
	}
	h = melanger(h, Math.floor(s % 1e9));
	// Strings: formatting, concatenation, splitting, searching.
	const r2 = aleatoire(7);
	let texte = '';
	for (let i = 0; i < TOURS_TEXTES; i++) {
		const mot = r2().toString(36);
		texte += mot + (i % 16 === 15 ? '\n' : ' ');
		if (texte.length > 4096) {
			const lignes = texte.split('\n');
			for (const l of lignes) h = melanger(h, l.length + l.indexOf('z'));
			texte = lignes[lignes.length - 1];
		}
	}
	// Objects and maps: short-lived records, keyed look-ups, JSON round trips.
	const r3 = aleatoire(99);
	const table = new Map<string, { n: number; cle: string }>();
	for (let i = 0; i < TOURS_OBJETS; i++) {
		const cle = `k${r3() % 5000}`;
		const o = table.get(cle) ?? { n: 0, cle };
		o.n++;
		table.set(cle, o);
		if (i % 1000 === 0) h = melanger(h, JSON.parse(JSON.stringify(o)).n);
	}
	for (const o of table.values()) h = melanger(h, o.n);
	return h;
}

export interface IndiceCpu {
	/** Median duration of the workload, ms. */
	ms: number;
	executions: number[];
	/** The machine's load average over the last minute, and its core count, when the index was taken. */
	charge: number;
}

/** Times the workload `n` times after one warm-up run (the JIT compiles it), checking its fingerprint. */
export function mesurerIndiceCpu(n = 5): IndiceCpu {
	const verifier = (e: number) => {
		if (e !== EMPREINTE_ATTENDUE) throw new Error(`indice CPU : empreinte ${e}, ${EMPREINTE_ATTENDUE} attendue (travail modifié ?)`);
	};
	verifier(travailCpu());
	const executions: number[] = [];
	for (let i = 0; i < n; i++) {
		const debut = performance.now();
		verifier(travailCpu());
		executions.push(performance.now() - debut);
	}
	const tries = [...executions].sort((a, b) => a - b);
	return { ms: tries[Math.floor(n / 2)], executions, charge: loadavg()[0] };
}
