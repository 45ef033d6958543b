/**
 * A département's key figures against the 12 others and the region, as the commune panel and the
 * comparison show them: one row per indicator (value, rank, the 13 values and the region's). Pure,
 * and without d3, so that the comparison does not load the charts' code.
 */
import { formatDecimal } from '../texte/format';
import type { ChiffresDepartements, DepartementChiffres, IdBarometre, IdEffectif } from './departements';

export type IdComparaison = 'msp' | 'centres-sante' | 'cpts' | 'ald' | 'medecins-generalistes' | 'chirurgiens-dentistes';

export interface PointDepartement {
	code: string;
	nom: string;
	valeur: number;
	/** The count behind a rate ("19 MSP"), when the rate is per inhabitant. */
	nombre?: number;
	date: string;
}

export interface IndicateurCompare {
	id: IdComparaison;
	titre: string;
	/** "pour 100 000 habitants", "% de la population"… */
	unite: string;
	source: string;
	definition: string;
	avertissement?: string;
	/** The 13 départements, highest value first. */
	departements: PointDepartement[];
	/** The chosen département and its rank among the 13 (1 = highest value). */
	choisi: PointDepartement & { rang: number };
	/** Occitanie: the baromètre's own figure, or the sum of the 13 départements for the Insee counts. */
	region: PointDepartement;
}

/** Rates per 100 000 inhabitants use the Insee 2025 population estimate of the same export. */
const pour100000 = (n: number, population: number) => (n / population) * 1e5;

const BAROMETRE: { id: IdBarometre; titre: string; taux: boolean }[] = [
	{ id: 'msp', titre: 'Maisons de santé pluriprofessionnelles (MSP)', taux: true },
	{ id: 'centres-sante', titre: 'Centres de santé pluriprofessionnels', taux: true },
	{ id: 'cpts', titre: 'Population couverte par une CPTS', taux: false },
	{ id: 'ald', titre: 'Patients en ALD ayant un médecin traitant', taux: false }
];
const EFFECTIFS: { id: IdEffectif & IdComparaison; titre: string }[] = [
	{ id: 'medecins-generalistes', titre: 'Médecins généralistes' },
	{ id: 'chirurgiens-dentistes', titre: 'Chirurgiens-dentistes' }
];

function classer(id: IdComparaison, code: string, points: PointDepartement[], region: PointDepartement, entete: Omit<IndicateurCompare, 'departements' | 'choisi' | 'region' | 'id'>): IndicateurCompare {
	const tries = [...points].sort((a, b) => b.valeur - a.valeur || a.code.localeCompare(b.code));
	const i = tries.findIndex((p) => p.code === code);
	if (i < 0) throw new Error(`Département inconnu : ${code}`);
	return { id, ...entete, departements: tries, choisi: { ...tries[i], rang: tries.filter((p) => p.valeur > tries[i].valeur).length + 1 }, region };
}

export function indicateursCompares(c: ChiffresDepartements, code: string): IndicateurCompare[] {
	const population = (d: DepartementChiffres) => d.effectifs.population;
	const populationRegion = c.departements.reduce((s, d) => s + population(d), 0);
	const barometre = BAROMETRE.map(({ id, titre, taux }) => {
		const ind = c.indicateurs[id];
		const point = (d: { code: string; nom: string; barometre: DepartementChiffres['barometre'] }, pop: number): PointDepartement => {
			const v = d.barometre[id];
			return taux ? { code: d.code, nom: d.nom, valeur: pour100000(v.valeur, pop), nombre: v.valeur, date: v.date } : { code: d.code, nom: d.nom, valeur: v.valeur, date: v.date };
		};
		return classer(id, code, c.departements.map((d) => point(d, population(d))), point(c.region, populationRegion), {
			titre,
			unite: taux ? 'pour 100 000 habitants' : '%',
			source: ind.source,
			definition: ind.definition
		});
	});
	const effectifs = EFFECTIFS.map(({ id, titre }) => {
		const ind = c.indicateurs[id];
		const total = c.departements.reduce((s, d) => s + d.effectifs[id], 0);
		return classer(
			id,
			code,
			c.departements.map((d) => ({ code: d.code, nom: d.nom, valeur: pour100000(d.effectifs[id], population(d)), nombre: d.effectifs[id], date: '2024' })),
			{ code: c.region.code, nom: `${c.region.nom} (somme des 13 départements)`, valeur: pour100000(total, populationRegion), nombre: total, date: '2024' },
			{ titre, unite: 'pour 100 000 habitants', source: ind.source, definition: ind.definition, avertissement: ind.avertissement }
		);
	});
	return [...barometre, ...effectifs];
}

/** "19,9" for a rate, "83" for a percentage as the baromètre gives it. */
export function formatValeur(ind: Pick<IndicateurCompare, 'unite'>, v: number): string {
	return formatDecimal(v, ind.unite === '%' ? 2 : 1);
}

/** "2023-12-01" → "12/2023". */
export function moisAnnee(date: string): string {
	const [a, m] = date.split('-');
	return m ? `${m}/${a}` : a;
}
