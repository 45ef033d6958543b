/**
 * Coverage by class: communes and population in each class of a layer, for the region and for each
 * département. Pure functions over the communes (with a draft applied, when one is active).
 */
import type { Commune } from '../commune/types';
import { nomDepartement } from '../commune/departements';
import { COUCHE_PAR_ID, NON_DISPONIBLE, type CoucheId } from '../zonages/couches';
import { classesLegende, type ClasseLegende } from '../zonages/statistiques';
import { ecrireCsv, type Cellule } from '../csv/csv';

export interface Effectif {
	communes: number;
	population: number;
}

/** The layers a planner reviews: every profession's zoning, then mountain, massifs, QPV and FRR. */
export const COUCHES_COUVERTURE: readonly CoucheId[] = [
	'zonage-medecins',
	'zonage-dentistes',
	'zonage-infirmiers',
	'zonage-masseurs-kinesitherapeutes',
	'zonage-orthophonistes',
	'zonage-sages-femmes',
	'montagne',
	'massif',
	'qpv',
	'frr'
];

export interface Territoire {
	/** INSEE code of the département, or of the region (76). */
	code: string;
	nom: string;
	region: boolean;
}

export const OCCITANIE: Territoire = { code: '76', nom: 'Occitanie', region: true };

/** The region, then its départements in code order. */
export function territoires(communes: readonly Commune[]): Territoire[] {
	const deps = [...new Set(communes.map((c) => c.departement))].sort();
	return [OCCITANIE, ...deps.map((code) => ({ code, nom: nomDepartement(code), region: false }))];
}

export function communesDu(communes: readonly Commune[], t: Territoire): readonly Commune[] {
	return t.region ? communes : communes.filter((c) => c.departement === t.code);
}

export interface Repartition extends Effectif {
	couche: CoucheId;
	/** In the layer's order; an empty "non disponible" class is left out, other empty classes kept. */
	classes: ClasseLegende[];
}

export function repartition(communes: readonly Commune[], couche: CoucheId): Repartition {
	const classes = classesLegende(communes, couche).filter((c) => c.communes > 0 || c.valeur.id !== NON_DISPONIBLE);
	return {
		couche,
		classes,
		communes: communes.length,
		population: communes.reduce((s, c) => s + c.population, 0)
	};
}

/** Share of a total in percent, one decimal; 0 for an empty total. */
export function part(n: number, total: number): number {
	return total > 0 ? Math.round((n / total) * 1000) / 10 : 0;
}

/**
 * Every layer, for the region and each département, one row per class. `brouillon` names the
 * active draft: the médecins rows then say they come from it.
 */
export function repartitionVersCsv(communes: readonly Commune[], brouillon?: string): string {
	const lignes: Cellule[][] = [];
	for (const t of territoires(communes)) {
		const ici = communesDu(communes, t);
		for (const couche of COUCHES_COUVERTURE) {
			const r = repartition(ici, couche);
			const nom = COUCHE_PAR_ID[couche].label + (brouillon && couche === 'zonage-medecins' ? ` — brouillon « ${brouillon} »` : '');
			for (const c of r.classes) {
				lignes.push([t.code, t.nom, nom, c.valeur.label, c.communes, c.population, part(c.population, r.population)]);
			}
		}
	}
	return ecrireCsv(['code_territoire', 'territoire', 'couche', 'classe', 'communes', 'population', 'part_population_pct'], lignes);
}
