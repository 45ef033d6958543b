/**
 * DONNÉES DE TEST fabriquées à la main : ces communes n'existent pas telles quelles.
 * Elles servent uniquement à vérifier les jointures, la recherche et la validation.
 */
import { createRequire } from 'node:module';
import type { Commune, Zonages } from '../../src/lib/commune/types';
import type { ContexteLecture } from '../../src/lib/tables-communes/lecture';

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

/**
 * The real commune list of Occitanie and its former codes (@etalab/decoupage-administratif, as the geodata
 * build): what the import of a commune table is checked against.
 */
export function contexteOccitanie(): ContexteLecture {
	const require = createRequire(import.meta.url);
	const brutes: { code: string; nom: string; type: string; region?: string; departement: string; anciensCodes?: string[] }[] = require('@etalab/decoupage-administratif/data/communes.json');
	const actuelles = brutes.filter((c) => c.type === 'commune-actuelle' && c.region === '76');
	return {
		communes: new Map(actuelles.map((c) => [c.code, { nom: c.nom, departement: c.departement }])),
		anciensCodes: Object.fromEntries(actuelles.flatMap((c) => (c.anciensCodes ?? []).map((a) => [a, c.code])))
	};
}
