/**
 * APL 2023 against the médecins zoning. Every statistic over several communes is weighted by their
 * standardised population (2021, the population APL 2023 is computed on), as the DREES note
 * requires: a commune of 50 inhabitants weighs fifty times less than one of 2,500.
 *
 * "Out of line" communes are a reading aid, not an official threshold: a ZAR commune whose APL is
 * below the weighted median of the ZIP communes, or a ZIP commune whose APL is above the weighted
 * median of the ZAR communes. The zoning is decided on territoires de vie-santé with more indicators
 * than APL, so such a commune is a question to look at, never an error.
 */
import type { Commune } from '../commune/types';
import { moyennePonderee } from '../zonages/apl';
import { COUCHE_PAR_ID, type ValeurCouche } from '../zonages/couches';
import { nomDepartement } from '../commune/departements';
import { ecrireCsv } from '../csv/csv';

export interface PointPondere {
	valeur: number;
	poids: number;
}

/**
 * Weighted quantile of points sorted by value: the smallest value at which the cumulative weight
 * reaches `p` of the total weight (the weighted counterpart of the nearest-rank quantile).
 */
export function quantilePondere(tries: readonly PointPondere[], p: number): number {
	const total = tries.reduce((s, x) => s + x.poids, 0);
	if (!tries.length || total <= 0) return NaN;
	let cumul = 0;
	for (const x of tries) {
		cumul += x.poids;
		if (cumul >= p * total) return x.valeur;
	}
	return tries[tries.length - 1].valeur;
}

export const CLASSES_APL = ['ZIP', 'ZAC', 'ZAR'] as const;
export type ClasseApl = (typeof CLASSES_APL)[number];

export interface DistributionApl {
	classe: ValeurCouche;
	/** Communes of the class, and those with an APL (the others are left out). */
	communes: number;
	avecApl: number;
	populationStandardisee: number;
	min: number;
	p10: number;
	q1: number;
	mediane: number;
	q3: number;
	p90: number;
	max: number;
	/** Weighted mean (src/lib/zonages/apl.ts). */
	moyenne: number;
}

/** The weighted distribution of APL 2023 in ZIP, ZAC and ZAR; a class without any APL is left out. */
export function distributionsApl(communes: readonly Commune[]): DistributionApl[] {
	return CLASSES_APL.flatMap((id) => {
		const membres = communes.filter((c) => c.zonages['zonage-medecins'] === id);
		const points = membres
			.flatMap((c) => (c.apl ? [{ valeur: c.apl.apl2023, poids: c.apl.popStandardisee2021 }] : []))
			.sort((a, b) => a.valeur - b.valeur);
		if (!points.length) return [];
		const q = (p: number) => quantilePondere(points, p);
		return [
			{
				classe: COUCHE_PAR_ID['zonage-medecins'].valeurs.find((v) => v.id === id)!,
				communes: membres.length,
				avecApl: points.length,
				populationStandardisee: points.reduce((s, x) => s + x.poids, 0),
				min: points[0].valeur,
				p10: q(0.1),
				q1: q(0.25),
				mediane: q(0.5),
				q3: q(0.75),
				p90: q(0.9),
				max: points[points.length - 1].valeur,
				moyenne: moyennePonderee(membres, 2023)!
			}
		];
	});
}

export interface CommuneDecalee {
	commune: Commune;
	classe: 'ZIP' | 'ZAR';
	apl: number;
	/** The class whose weighted median it crosses, and that median. */
	reference: { classe: 'ZIP' | 'ZAR'; mediane: number };
}

/**
 * ZAR communes with an APL below the ZIP weighted median, then ZIP communes with an APL above the ZAR
 * weighted median, each from the farthest to the nearest to that median.
 */
export function communesDecalees(communes: readonly Commune[], distributions: readonly DistributionApl[]): CommuneDecalee[] {
	const mediane = (id: string) => distributions.find((d) => d.classe.id === id)?.mediane;
	const mZip = mediane('ZIP');
	const mZar = mediane('ZAR');
	if (mZip === undefined || mZar === undefined) return [];
	const zar: CommuneDecalee[] = [];
	const zip: CommuneDecalee[] = [];
	for (const c of communes) {
		if (!c.apl) continue;
		const apl = c.apl.apl2023;
		if (c.zonages['zonage-medecins'] === 'ZAR' && apl < mZip) zar.push({ commune: c, classe: 'ZAR', apl, reference: { classe: 'ZIP', mediane: mZip } });
		if (c.zonages['zonage-medecins'] === 'ZIP' && apl > mZar) zip.push({ commune: c, classe: 'ZIP', apl, reference: { classe: 'ZAR', mediane: mZar } });
	}
	zar.sort((a, b) => a.apl - b.apl || a.commune.code.localeCompare(b.commune.code));
	zip.sort((a, b) => b.apl - a.apl || a.commune.code.localeCompare(b.commune.code));
	return [...zar, ...zip];
}

export function decaleesVersCsv(liste: readonly CommuneDecalee[], brouillon?: string): string {
	return ecrireCsv(
		['code_insee', 'nom', 'departement', 'nom_departement', 'population', 'zonage_medecins', 'apl_mg_2023', 'population_standardisee_2021', 'mediane_ponderee_comparee', 'classe_de_la_mediane', 'brouillon'],
		liste.map((d) => [
			d.commune.code,
			d.commune.nom,
			d.commune.departement,
			nomDepartement(d.commune.departement),
			d.commune.population,
			d.classe,
			d.apl,
			d.commune.apl!.popStandardisee2021,
			d.reference.mediane,
			d.reference.classe,
			brouillon ?? ''
		])
	);
}
