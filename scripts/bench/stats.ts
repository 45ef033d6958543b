export interface Resume {
	mediane: number;
	min: number;
	max: number;
	p95: number;
	n: number;
}

/** Nearest-rank percentile on a sorted copy. */
function centile(tries: number[], p: number): number {
	return tries[Math.min(tries.length - 1, Math.max(0, Math.ceil((p / 100) * tries.length) - 1))];
}

export function resumer(valeurs: number[]): Resume {
	if (!valeurs.length) throw new Error('aucune mesure à résumer');
	const t = [...valeurs].sort((a, b) => a - b);
	const milieu = t.length >> 1;
	const mediane = t.length % 2 ? t[milieu] : (t[milieu - 1] + t[milieu]) / 2;
	return { mediane, min: t[0], max: t[t.length - 1], p95: centile(t, 95), n: t.length };
}
