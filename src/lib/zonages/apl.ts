/**
 * APL (accessibilité potentielle localisée aux médecins généralistes, DREES): the quintile classes of
 * the map layer, and the statistics a user may ask of several communes. The DREES note of the
 * workbook says a mean APL over an area must be weighted by the standardised population.
 * Pure functions, shared by the geodata build and the app.
 */
/**
 * Accessibilité potentielle localisée (APL) aux médecins généralistes, DREES: consultations or visits
 * accessible per year per standardised inhabitant. APL 2022 is computed on the 2020 population,
 * APL 2023 on the 2021 population; `moins65` counts only doctors aged 65 or under.
 */
export interface Apl {
	apl2022: number;
	apl2023: number;
	moins65_2022: number;
	moins65_2023: number;
	popStandardisee2020: number;
	popStandardisee2021: number;
}

export type AnneeApl = 2022 | 2023;

/** Each APL vintage and the population it was computed on. */
const CHAMPS: Record<AnneeApl, { apl: keyof Apl; moins65: keyof Apl; population: keyof Apl }> = {
	2022: { apl: 'apl2022', moins65: 'moins65_2022', population: 'popStandardisee2020' },
	2023: { apl: 'apl2023', moins65: 'moins65_2023', population: 'popStandardisee2021' }
};

/** One class of the layer: values in ]min, max], the first class also holding `min` itself. */
export interface IntervalleApl {
	id: string;
	min: number;
	max: number;
}

/**
 * The five classes `q1`…`q5` of the layer: quintiles of the communes' APL 2023, so that each holds
 * a fifth of the communes (ties at a break stay together). The k-th break is the smallest value
 * with at least k/5 of the values at or below it. Not an official threshold.
 */
export function quintilesApl2023(apls: readonly (Apl | null)[]): IntervalleApl[] {
	const valeurs = apls.flatMap((a) => (a ? [a.apl2023] : [])).sort((a, b) => a - b);
	if (!valeurs.length) return [];
	const borne = (k: number) => valeurs[Math.ceil((k * valeurs.length) / 5) - 1];
	return [1, 2, 3, 4, 5].map((k) => ({ id: `q${k}`, min: k === 1 ? valeurs[0] : borne(k - 1), max: borne(k) }));
}

/** The class of an APL 2023 value among the intervals of quintilesApl2023. */
export function classeApl(valeur: number, intervalles: readonly IntervalleApl[]): string {
	return (intervalles.find((i) => valeur <= i.max) ?? intervalles[intervalles.length - 1]).id;
}

/**
 * Mean APL of a set of communes weighted by standardised population, as the DREES requires;
 * communes without APL are left out. Null when no commune of the set has a value.
 */
export function moyennePonderee(
	communes: readonly { apl: Apl | null }[],
	annee: AnneeApl,
	moins65 = false
): number | null {
	const champs = CHAMPS[annee];
	let somme = 0;
	let poids = 0;
	for (const { apl } of communes) {
		if (!apl) continue;
		somme += apl[moins65 ? champs.moins65 : champs.apl] * apl[champs.population];
		poids += apl[champs.population];
	}
	return poids > 0 ? somme / poids : null;
}

/**
 * Rank of a commune's APL among the communes given (those of Occitanie): 1 is the weakest access;
 * communes with the same APL share a rank. Null when the commune has no APL or is not in the list.
 */
export function rangApl(
	communes: readonly { code: string; apl: Apl | null }[],
	code: string,
	annee: AnneeApl
): { rang: number; sur: number } | null {
	const champ = CHAMPS[annee].apl;
	const valeur = communes.find((c) => c.code === code)?.apl?.[champ];
	if (valeur === undefined) return null;
	const valeurs = valeursTriees(communes, annee);
	// Rank = 1 + how many are strictly lower: the first index holding `valeur`, by binary search.
	let [bas, haut] = [0, valeurs.length];
	while (bas < haut) {
		const milieu = (bas + haut) >> 1;
		if (valeurs[milieu] < valeur) bas = milieu + 1;
		else haut = milieu;
	}
	return { rang: 1 + bas, sur: valeurs.length };
}

/** Sorted once per list and year: a commune's panel asks for a rank at every click. */
const triees = new WeakMap<object, Partial<Record<AnneeApl, Float64Array>>>();
function valeursTriees(communes: readonly { apl: Apl | null }[], annee: AnneeApl): Float64Array {
	let parAnnee = triees.get(communes);
	if (!parAnnee) triees.set(communes, (parAnnee = {}));
	return (parAnnee[annee] ??= Float64Array.from(communes.flatMap((c) => (c.apl ? [c.apl[CHAMPS[annee].apl]] : []))).sort());
}
