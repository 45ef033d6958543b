/**
 * Times what the « Montants » map needs for every commune, cold: the statuses (the rules engine, memo emptied),
 * then the five-year sums, each commune's class and hatching, and the legend (src/lib/montants). In node, like
 * the rules benchmark (bench-aides).
 */
import { performance } from 'node:perf_hooks';
import type { Commune } from '../../src/lib/commune/types';
import { statutsCommunes, viderMemo, type ProfilId } from '../../src/lib/aides';
import { aujourdhui } from '../../src/lib/aides/date';
import { bilansCommunes, colorationMontants, fichesChiffrables, legendeMontants } from '../../src/lib/montants/carte';
import type { MesureBench } from '../bench-aides';

export interface MesureMontants extends MesureBench {
	/** The sums, classes and legend alone, once the statuses are known (median, ms). */
	sommesMedianeMs: number;
}

export function benchMontants(communes: readonly Commune[], profil: ProfilId, runs = 7): MesureMontants {
	const date = aujourdhui();
	const montants = () => {
		const debut = performance.now();
		const statuts = statutsCommunes(communes, profil, {}, date);
		const milieu = performance.now();
		const bilans = bilansCommunes(statuts, fichesChiffrables(profil));
		colorationMontants(bilans, '');
		legendeMontants(communes, bilans, date);
		const fin = performance.now();
		return { total: fin - debut, sommes: fin - milieu };
	};
	// One untimed run builds the Engine and the profile's fiches and warms the JIT.
	montants();
	const mesures = Array.from({ length: runs }, () => {
		viderMemo();
		return montants();
	});
	const mediane = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(runs / 2)];
	const totaux = mesures.map((m) => m.total);
	return {
		communes: communes.length,
		runs,
		medianeMs: mediane(totaux),
		minMs: Math.min(...totaux),
		maxMs: Math.max(...totaux),
		sommesMedianeMs: mediane(mesures.map((m) => m.sommes))
	};
}
