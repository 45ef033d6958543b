/** Checks that fail the build with precise messages, and the per-layer summary it prints. */
import { COUCHES } from '../../src/lib/zonages/couches';
import type { Commune } from '../../src/lib/commune/types';

export function valider(communes: readonly Commune[], idsGeometrie: readonly string[], attendu?: number): string[] {
	const erreurs: string[] = [];
	const doublons = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
	for (const d of new Set(doublons(communes.map((c) => c.code)))) erreurs.push(`Code INSEE en double dans la table : ${d}`);
	for (const d of new Set(doublons(idsGeometrie))) erreurs.push(`Code INSEE en double dans la géométrie : ${d}`);

	const geo = new Set(idsGeometrie);
	const codes = new Set(communes.map((c) => c.code));
	for (const c of communes) if (!geo.has(c.code)) erreurs.push(`Commune sans géométrie : ${c.code} ${c.nom}`);
	for (const id of geo) if (!codes.has(id)) erreurs.push(`Géométrie sans commune : ${id}`);
	if (attendu !== undefined && communes.length !== attendu) {
		erreurs.push(`Nombre de communes : ${communes.length}, attendu ${attendu}`);
	}

	for (const c of communes) {
		for (const couche of COUCHES) {
			const v = c.zonages[couche.id];
			if (v === undefined || v === '') erreurs.push(`Commune ${c.code} : aucune valeur pour la couche ${couche.id}`);
			else if (!couche.valeurs.some((x) => x.id === v)) {
				erreurs.push(`Commune ${c.code} : valeur inconnue « ${v} » pour la couche ${couche.id}`);
			} else if (!couche.disponible && v !== 'non-disponible') {
				erreurs.push(`Commune ${c.code} : la couche ${couche.id} n'a pas de source, valeur « ${v} » inattendue`);
			}
		}
		if ((c.zonages.qpv === 'avec-qpv') !== c.qpv.length > 0) erreurs.push(`Commune ${c.code} : QPV incohérents`);
	}
	return erreurs;
}

export type Comptes = Record<string, Record<string, number>>;

export function compter(communes: readonly Commune[]): Comptes {
	const comptes: Comptes = {};
	for (const couche of COUCHES) {
		const parValeur: Record<string, number> = Object.fromEntries(couche.valeurs.map((v) => [v.id, 0]));
		for (const c of communes) parValeur[c.zonages[couche.id]]++;
		comptes[couche.id] = parValeur;
	}
	return comptes;
}
