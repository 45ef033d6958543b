/**
 * Key figures by département, not by commune: health structures and coverage from the Baromètre des
 * résultats de l'action publique (DITP), counts of professionals from Insee Statistiques locales.
 * scripts/geodata builds them into data/departements-chiffres.json; this module types, decodes and
 * loads that file, and derives the per-inhabitant ratios (computed here, never stored twice).
 */
import { chargerJson, FICHIERS, urlDonnees } from '../donnees/charger';

/** Bumped whenever the file changes shape. */
export const FORMAT_CHIFFRES = 1;

/** Indicators of the baromètre: MSP (IND-311), centres de santé (IND-318), CPTS (IND-589), ALD (IND-312). */
export type IdBarometre = 'msp' | 'centres-sante' | 'cpts' | 'ald';
/** Counts of professionals in the Insee export. */
export type IdEffectif = 'medecins-generalistes' | 'chirurgiens-dentistes' | 'infirmiers';
export type IdIndicateur = IdBarometre | IdEffectif | 'population';

export interface Indicateur {
	/** Identifier in the source: the baromètre's indicator id, or the Insee export's column. */
	code: string;
	/** Name as the source file gives it. */
	nom: string;
	/** Definition as the source publishes it (quoted), to show beside the figure. */
	definition: string;
	source: string;
	unite: 'nombre' | '%';
	/** What the figure is not, when it is easily mistaken for something else. */
	avertissement?: string;
}

/** A value at the date the source gives (ISO, e.g. "2023-12-01"). */
export interface ValeurDatee {
	valeur: number;
	date: string;
}

/** A département, the region or France, as the baromètre measures it. */
export interface ZoneBarometre {
	/** INSEE code of the département or region ("09", "76"), "FR" for France. */
	code: string;
	nom: string;
	/** The latest value of each indicator, with its own date (they differ between indicators). */
	barometre: Record<IdBarometre, ValeurDatee>;
	/** Every MSP count of the baromètre since 2017, oldest first. */
	serieMsp: ValeurDatee[];
}

export type Effectifs = Record<IdEffectif, number> & {
	/** Insee population estimate of 2025, the denominator of the ratios. */
	population: number;
};

export interface DepartementChiffres extends ZoneBarometre {
	/** Insee Statistiques locales: counts of 2024, population estimate of 2025. */
	effectifs: Effectifs;
}

export interface ChiffresDepartements {
	format: typeof FORMAT_CHIFFRES;
	indicateurs: Record<IdIndicateur, Indicateur>;
	/** The 13 départements of Occitanie, by code. */
	departements: DepartementChiffres[];
	region: ZoneBarometre;
	france: ZoneBarometre;
}

/** Professionals per 100 000 inhabitants (counts 2024 over the population estimate of 2025). */
export function pour100000(e: Effectifs): Record<IdEffectif, number> {
	const ratio = (n: number) => (n / e.population) * 1e5;
	return {
		'medecins-generalistes': ratio(e['medecins-generalistes']),
		'chirurgiens-dentistes': ratio(e['chirurgiens-dentistes']),
		infirmiers: ratio(e.infirmiers)
	};
}

export const NB_DEPARTEMENTS = 13;

/** Checks the shape of the file; throws a French message when it is not what the app expects. */
export function decoderChiffres(raw: unknown): ChiffresDepartements {
	const t = raw as ChiffresDepartements;
	if (!t || t.format !== FORMAT_CHIFFRES || !Array.isArray(t.departements) || !t.region || !t.france || !t.indicateurs) {
		throw new Error('Le fichier des chiffres des départements est illisible ou d’un format inattendu.');
	}
	if (t.departements.length !== NB_DEPARTEMENTS) {
		throw new Error(`Le fichier des chiffres des départements compte ${t.departements.length} départements au lieu de ${NB_DEPARTEMENTS}.`);
	}
	return t;
}

export async function chargerChiffresDepartements(base: string, f: typeof fetch = fetch): Promise<ChiffresDepartements> {
	return decoderChiffres(await chargerJson<unknown>(urlDonnees(base, FICHIERS.chiffresDepartements), f));
}
