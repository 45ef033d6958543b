/**
 * DONNÉES DE TEST fabriquées à la main : ces communes n'existent pas telles quelles.
 * Elles servent uniquement à vérifier les jointures, la recherche et la validation.
 */
import type { Commune, Zonages } from '../../src/lib/commune/types';

const ZONAGES_TEST: Zonages = {
	'zonage-medecins': 'ZAC',
	'zonage-dentistes': 'intermediaire',
	'zonage-infirmiers': 'intermediaire',
	'zonage-masseurs-kinesitherapeutes': 'intermediaire',
	'zonage-orthophonistes': 'intermediaire',
	'zonage-sages-femmes': 'intermediaire',
	apl: 'non-disponible',
	massif: 'hors-massif',
	qpv: 'sans-qpv',
	zrr: 'non-classee',
	frr: 'non-classee',
	montagne: 'non-classee',
	pdsa: 'non-disponible',
	tvs: 'non-disponible'
};

export function communeTest(partiel: Partial<Omit<Commune, 'zonages'>> & { zonages?: Partial<Zonages> } = {}): Commune {
	const { zonages, ...reste } = partiel;
	return {
		code: '99001',
		nom: 'Commune de test',
		departement: '99',
		population: 100,
		codesPostaux: ['99000'],
		epci: null,
		apl: null,
		qpv: [],
		notes: [],
		...reste,
		zonages: { ...ZONAGES_TEST, ...zonages }
	};
}
