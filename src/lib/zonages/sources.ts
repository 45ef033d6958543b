/** The sources manifest (data/sources.json) the geodata build writes: each layer's source, date and coverage. */
import type { CoucheId } from './couches';
import type { IntervalleApl } from './apl';

export interface SourceCouche {
	id: CoucheId;
	source: string;
	date: string;
	disponible: boolean;
	couverture: number;
	raison: string | null;
	/** Ranges of the classes of a numeric layer (APL quintiles), for the legend. */
	intervalles?: IntervalleApl[];
}

export interface ManifesteSources {
	couches: SourceCouche[];
	communes: { source: string; date: string; nombre: number };
	qpv2015: { source: string; date: string };
	contexte: { source: string; date: string };
}
