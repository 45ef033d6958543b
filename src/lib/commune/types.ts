import type { Zonages } from '../zonages/couches';
import type { Apl } from '../zonages/apl';

export type { Apl, Zonages };


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
