/**
 * The communes table for planners: filter, sort and export to CSV. Pure functions; the aid column
 * comes from the rules engine's results, and the five-year sums from src/lib/montants, passed in by
 * the caller.
 */
import { COUCHES, valeurCouche, type CoucheId } from '../zonages/couches';
import { normaliser } from '../texte/texte';
import type { Commune } from './types';
import { ecrireCsv, type Cellule } from '../csv/csv';

export interface Filtres {
	texte: string;
	departement: string | null;
	couche: CoucheId;
	valeur: string | null;
}

/**
 * `apl2023` sorts the APL number itself; the `apl` layer id would sort its quintiles. `surs` and
 * `jusqua` sort the five-year sums: the sure one, and all that may be had.
 */
export type CleTri = 'nom' | 'code' | 'departement' | 'population' | 'apl2023' | CoucheId | 'aide' | 'surs' | 'jusqua';

/** A commune's five-year sums (a Bilan of src/lib/montants): the sure part, and sure plus possible. */
export interface SommesCommune {
	surs: { min: number; max: number };
	total: { min: number; max: number };
}

export function filtrer(communes: readonly Commune[], f: Filtres): Commune[] {
	const q = normaliser(f.texte);
	return communes.filter(
		(c) =>
			(!f.departement || c.departement === f.departement) &&
			(!f.valeur || c.zonages[f.couche] === f.valeur) &&
			(!q || normaliser(c.nom).includes(q) || c.code.startsWith(f.texte.trim()) || c.codesPostaux.some((cp) => cp.startsWith(f.texte.trim())))
	);
}

/** Layer columns sort in the layer's own order (ZIP before ZAC), not alphabetically. */
export function trier(
	communes: readonly Commune[],
	cle: CleTri,
	sens: 1 | -1,
	aide?: (c: Commune) => string,
	sommes?: (c: Commune) => SommesCommune | undefined
): Commune[] {
	const rang = (couche: CoucheId, v: string) => COUCHES.find((x) => x.id === couche)!.valeurs.findIndex((x) => x.id === v);
	const valeur = (c: Commune): string | number => {
		if (cle === 'nom') return normaliser(c.nom);
		if (cle === 'code' || cle === 'departement') return c[cle];
		if (cle === 'population') return c.population;
		// Communes without APL go last, as "non disponible" does in a layer's order.
		if (cle === 'apl2023') return c.apl?.apl2023 ?? Infinity;
		if (cle === 'aide') return aide ? aide(c) : '';
		// The upper figure, as the map's classes; then the code.
		if (cle === 'surs') return sommes?.(c)?.surs.max ?? -1;
		if (cle === 'jusqua') return sommes?.(c)?.total.max ?? -1;
		return rang(cle, c.zonages[cle]);
	};
	return [...communes].sort((a, b) => {
		const va = valeur(a);
		const vb = valeur(b);
		return (va < vb ? -1 : va > vb ? 1 : a.code.localeCompare(b.code)) * sens;
	});
}

/**
 * Semicolon-separated CSV with a BOM, as French spreadsheets expect (src/lib/csv/csv.ts); every layer
 * as its label, the APL 2023 as a number with a decimal comma. `aide` adds one column (e.g. "CAIM —
 * médecin libéral") with each commune's status. `brouillon` names the draft whose médecins zoning the
 * communes carry, in that column's header. `sommes` adds the five-year sums in euros after the layers
 * (the sure one's two figures, then all that may be had), their headers saying for whom and when
 * (`contexte`: profile, situation, rules' date).
 */
export function versCsv(
	communes: readonly Commune[],
	aide?: { titre: string; statut: (c: Commune) => string },
	brouillon?: string,
	sommes?: { contexte: string; de: (c: Commune) => SommesCommune | undefined }
): string {
	const colonne = (id: string) => (brouillon && id === 'zonage-medecins' ? `${id} (brouillon « ${brouillon} »)` : id);
	const colonnesSommes = sommes ? ['somme_sure_5_ans_min', 'somme_sure_5_ans_max', 'somme_jusqua_5_ans'].map((id) => `${id} (euros, ${sommes.contexte})`) : [];
	const entete = ['code_insee', 'nom', 'departement', 'population', 'codes_postaux', ...COUCHES.map((c) => colonne(c.id)), ...colonnesSommes, 'apl_mg_2023', 'qpv_2024'];
	if (aide) entete.push(aide.titre);
	const lignes = communes.map((c) => {
		const champs: Cellule[] = [
			c.code,
			c.nom,
			c.departement,
			c.population,
			c.codesPostaux.join(' '),
			...COUCHES.map((couche) => valeurCouche(couche.id, c.zonages[couche.id])?.label ?? c.zonages[couche.id]),
			...(sommes ? montants(sommes.de(c)) : []),
			c.apl?.apl2023,
			c.qpv.map((q) => `${q.nom} (${q.code})`).join(' | ')
		];
		if (aide) champs.push(aide.statut(c));
		return champs;
	});
	return ecrireCsv(entete, lignes);
}

const montants = (s: SommesCommune | undefined): Cellule[] => (s ? [s.surs.min, s.surs.max, s.total.max] : [null, null, null]);
