import type { CoucheId } from '../zonages/couches';

/** The value of every zoning layer for one commune (ids from src/lib/zonages/couches.ts). */
export type Zonages = Record<CoucheId, string>;

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

export interface Qpv {
	code: string;
	nom: string;
}

/** One commune of Occitanie, COG 2025/2026, as the app and the rules engine see it. */
export interface Commune {
	/** INSEE code, COG 2025/2026 — the join key. */
	code: string;
	nom: string;
	departement: string;
	population: number;
	codesPostaux: string[];
	epci: { siren: string; nom: string } | null;
	zonages: Zonages;
	/** Null when the DREES file gives no value for the commune ("non disponible", with a note). */
	apl: Apl | null;
	/** QPV 2024 located (at least partly) in the commune. */
	qpv: Qpv[];
	/** Data caveats specific to this commune (e.g. merged communes with differing values). */
	notes: string[];
}
