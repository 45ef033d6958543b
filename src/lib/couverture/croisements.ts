/**
 * Cross-tabulations a planner asks for: the médecins zoning against the mountain classification,
 * QPV, France Ruralités Revitalisation or the département. Communes and population per cell.
 */
import type { Commune } from '../commune/types';
import { nomDepartement } from '../commune/departements';
import { COUCHE_PAR_ID, type CoucheId, type ValeurCouche } from '../zonages/couches';
import { ecrireCsv, type Cellule } from '../csv/csv';
import type { Effectif } from './repartition';

export type Croisement = 'montagne' | 'qpv' | 'frr' | 'departement';

export const CROISEMENTS: readonly { id: Croisement; label: string }[] = [
	{ id: 'montagne', label: 'Zone de montagne' },
	{ id: 'qpv', label: 'Quartiers prioritaires (QPV)' },
	{ id: 'frr', label: 'France Ruralités Revitalisation (FRR)' },
	{ id: 'departement', label: 'Département' }
];

export interface TableauCroise {
	croisement: Croisement;
	/** Médecins classes that hold at least one commune. */
	lignes: ValeurCouche[];
	colonnes: { id: string; label: string }[];
	/** cellules[ligne][colonne] */
	cellules: Effectif[][];
	totauxLignes: Effectif[];
	totauxColonnes: Effectif[];
	total: Effectif;
}

const vide = (): Effectif => ({ communes: 0, population: 0 });

export function croiser(communes: readonly Commune[], croisement: Croisement): TableauCroise {
	const colonneDe = (c: Commune) => (croisement === 'departement' ? c.departement : c.zonages[croisement as CoucheId]);
	const colonnes =
		croisement === 'departement'
			? [...new Set(communes.map((c) => c.departement))].sort().map((id) => ({ id, label: `${id} — ${nomDepartement(id)}` }))
			: COUCHE_PAR_ID[croisement].valeurs.filter((v) => communes.some((c) => colonneDe(c) === v.id)).map((v) => ({ id: v.id, label: v.label }));
	const lignes = COUCHE_PAR_ID['zonage-medecins'].valeurs.filter((v) => communes.some((c) => c.zonages['zonage-medecins'] === v.id));
	const iL = new Map(lignes.map((v, i) => [v.id, i]));
	const iC = new Map(colonnes.map((v, i) => [v.id, i]));
	const cellules = lignes.map(() => colonnes.map(vide));
	const totauxLignes = lignes.map(vide);
	const totauxColonnes = colonnes.map(vide);
	const total = vide();
	for (const c of communes) {
		const l = iL.get(c.zonages['zonage-medecins'])!;
		const k = iC.get(colonneDe(c))!;
		for (const e of [cellules[l][k], totauxLignes[l], totauxColonnes[k], total]) {
			e.communes++;
			e.population += c.population;
		}
	}
	return { croisement, lignes, colonnes, cellules, totauxLignes, totauxColonnes, total };
}

/** Long format, one row per cell (totals included), as spreadsheets pivot it best. */
export function croisementVersCsv(t: TableauCroise, brouillon?: string): string {
	const nomColonne = CROISEMENTS.find((c) => c.id === t.croisement)!.label;
	const lignes: Cellule[][] = [];
	const classe = (v: ValeurCouche | null) => (v ? v.label : 'Total') + (v && brouillon ? ` (brouillon « ${brouillon} »)` : '');
	t.lignes.forEach((v, l) => {
		t.colonnes.forEach((col, k) => lignes.push([classe(v), col.label, t.cellules[l][k].communes, t.cellules[l][k].population]));
		lignes.push([classe(v), 'Total', t.totauxLignes[l].communes, t.totauxLignes[l].population]);
	});
	t.colonnes.forEach((col, k) => lignes.push([classe(null), col.label, t.totauxColonnes[k].communes, t.totauxColonnes[k].population]));
	lignes.push([classe(null), 'Total', t.total.communes, t.total.population]);
	return ecrireCsv(['zonage_medecins', nomColonne, 'communes', 'population'], lignes);
}
