/**
 * The ceilings of the médecins zoning: the share of the regional population that may be in ZIP, and in ZIP + ZAC,
 * fixed region by region by the annex of the arrêté du 13 novembre 2017 (modified). The application could not
 * read Occitanie's figures in an official text: the planner enters them, and the page says so. Pure functions.
 */
import type { Commune } from '../commune/types';
import { nomDepartement } from '../commune/departements';
import { formatNombre } from '../texte/format';

export interface Plafonds {
	/** Largest share of the regional population in ZIP, in %. */
	zip: number;
	/** Largest share in ZIP + ZAC, in %. */
	zipZac: number;
	/** When the planner entered them, ISO 8601. */
	saisisLe: string;
}

export const SOURCE_PLAFONDS =
	'aucun chiffre officiel n’a pu être vérifié par l’application : voir l’annexe de l’arrêté du 13 novembre 2017 modifié';

export type Saisie = { ok: true; zip: number; zipZac: number } | { ok: false; erreurs: { zip?: string; zipZac?: string } };

/** « 12,5 », « 12.5 », « 12,5 % » → 12.5; anything else → null. */
function lirePourcentage(brut: string): number | null {
	const t = brut.replace(/\s|%/g, '').replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Checks the two ceilings as typed: numbers between 0 and 100 %, ZIP no more than ZIP + ZAC. */
export function validerPlafonds(zipBrut: string, zipZacBrut: string): Saisie {
	const erreurs: { zip?: string; zipZac?: string } = {};
	const lire = (brut: string, cle: 'zip' | 'zipZac', nom: string) => {
		if (!brut.trim()) {
			erreurs[cle] = `Saisissez la part maximale de la population en ${nom}, en %.`;
			return null;
		}
		const v = lirePourcentage(brut);
		if (v === null) erreurs[cle] = `« ${brut.trim().slice(0, 20)} » n’est pas un pourcentage : écrivez un nombre, par exemple 12,5.`;
		else if (v < 0 || v > 100) erreurs[cle] = `La part en ${nom} doit être comprise entre 0 et 100 %.`;
		else return v;
		return null;
	};
	const zip = lire(zipBrut, 'zip', 'ZIP');
	const zipZac = lire(zipZacBrut, 'zipZac', 'ZIP + ZAC');
	if (zip !== null && zipZac !== null && zip > zipZac) {
		erreurs.zip = `La part en ZIP (${formatNombre(zip)} %) ne peut pas dépasser la part en ZIP + ZAC (${formatNombre(zipZac)} %) : les ZIP en font partie.`;
	}
	return zip !== null && zipZac !== null && !erreurs.zip ? { ok: true, zip, zipZac } : { ok: false, erreurs };
}

/** Checks what comes back from storage. */
export function estPlafonds(v: unknown): v is Plafonds {
	const p = v as Plafonds;
	return !!p && typeof p === 'object' && typeof p.saisisLe === 'string' && validerPlafonds(String(p.zip), String(p.zipZac)).ok;
}

export interface Mesure {
	/** INSEE code of the département, or 76 for the region. */
	code: string;
	nom: string;
	population: number;
	zip: number;
	zipZac: number;
	/** Shares of the regional population, in %. */
	partZip: number;
	partZipZac: number;
	/** Shares of the territory's own population, in % (the region's are the same as above). */
	partZipIci: number;
	partZipZacIci: number;
}

const part = (n: number, total: number) => (total > 0 ? (n / total) * 100 : 0);

/** Population in ZIP and in ZIP + ZAC for the region, then each département, as shares of the regional population. */
export function mesurer(communes: readonly Commune[]): { region: Mesure; departements: Mesure[] } {
	const totaux = new Map<string, { population: number; zip: number; zipZac: number }>();
	const region = { population: 0, zip: 0, zipZac: 0 };
	for (const c of communes) {
		let t = totaux.get(c.departement);
		if (!t) totaux.set(c.departement, (t = { population: 0, zip: 0, zipZac: 0 }));
		const classe = c.zonages['zonage-medecins'];
		for (const x of [t, region]) {
			x.population += c.population;
			if (classe === 'ZIP') x.zip += c.population;
			if (classe === 'ZIP' || classe === 'ZAC') x.zipZac += c.population;
		}
	}
	const mesure = (code: string, nom: string, t: typeof region): Mesure => ({
		code,
		nom,
		...t,
		partZip: part(t.zip, region.population),
		partZipZac: part(t.zipZac, region.population),
		partZipIci: part(t.zip, t.population),
		partZipZacIci: part(t.zipZac, t.population)
	});
	return {
		region: mesure('76', 'Occitanie', region),
		departements: [...totaux].sort(([a], [b]) => a.localeCompare(b)).map(([code, t]) => mesure(code, nomDepartement(code), t))
	};
}

export interface Ecart {
	plafond: number;
	part: number;
	/** Inhabitants still allowed under the ceiling; negative: inhabitants above it. */
	marge: number;
	depasse: boolean;
}

/** The region against each ceiling: the largest whole number of inhabitants the ceiling allows, minus those classed. */
export function comparer(region: Mesure, plafonds: Pick<Plafonds, 'zip' | 'zipZac'>): { zip: Ecart; zipZac: Ecart } {
	const ecart = (plafond: number, habitants: number, partActuelle: number): Ecart => {
		// A hair of tolerance so that 12,5 % of 1 000 gives 125, not 124 through floating point.
		const permis = Math.floor((plafond * region.population) / 100 + 1e-9);
		return { plafond, part: partActuelle, marge: permis - habitants, depasse: habitants > permis };
	};
	return { zip: ecart(plafonds.zip, region.zip, region.partZip), zipZac: ecart(plafonds.zipZac, region.zipZac, region.partZipZac) };
}
