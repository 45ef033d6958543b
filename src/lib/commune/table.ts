import { COUCHES, COUCHE_PAR_ID, type CoucheId } from '../zonages/couches';
import type { Apl, Commune, Zonages } from './types';

/** Bumped whenever a row changes shape: an app never reads a table it does not understand. */
const FORMAT = 2;

/** Order of the APL numbers in a row. */
const CHAMPS_APL: readonly (keyof Apl)[] = ['apl2022', 'apl2023', 'moins65_2022', 'moins65_2023', 'popStandardisee2020', 'popStandardisee2021'];

/**
 * The compact per-commune attribute table served as `data/communes.json`.
 * Rows are arrays and layer values are indices into each layer's value domain: half the bytes of
 * keyed objects, and an unknown value cannot even be written.
 */
export interface TableCommunes {
	format: typeof FORMAT;
	/** Layer ids, in the order of each row's `zonages` indices. */
	couches: CoucheId[];
	epci: [siren: string, nom: string][];
	communes: LigneCommune[];
}

export type LigneCommune = [
	code: string,
	nom: string,
	departement: string,
	population: number,
	codesPostaux: string,
	epci: number,
	zonages: number[],
	qpv: [code: string, nom: string][],
	notes: string[],
	/** APL numbers in the order of CHAMPS_APL; null = non disponible. */
	apl: number[] | null
];

export function encoderTable(communes: readonly Commune[]): TableCommunes {
	const couches = COUCHES.map((c) => c.id);
	const epci: [string, string][] = [];
	const indexEpci = new Map<string, number>();
	const lignes = communes.map((c): LigneCommune => {
		let e = -1;
		if (c.epci) {
			e = indexEpci.get(c.epci.siren) ?? -1;
			if (e < 0) {
				e = epci.push([c.epci.siren, c.epci.nom]) - 1;
				indexEpci.set(c.epci.siren, e);
			}
		}
		const zonages = couches.map((id) => {
			const i = COUCHE_PAR_ID[id].valeurs.findIndex((v) => v.id === c.zonages[id]);
			if (i < 0) throw new Error(`Commune ${c.code} : valeur inconnue « ${c.zonages[id]} » pour la couche ${id}`);
			return i;
		});
		return [
			c.code,
			c.nom,
			c.departement,
			c.population,
			c.codesPostaux.join(' '),
			e,
			zonages,
			c.qpv.map((q) => [q.code, q.nom]),
			c.notes,
			c.apl && CHAMPS_APL.map((k) => c.apl![k])
		];
	});
	return { format: FORMAT, couches, epci, communes: lignes };
}

/** Decodes the table; throws a French message when the file is not what the app expects. */
export function decoderTable(raw: unknown): Commune[] {
	const t = raw as TableCommunes;
	if (!t || t.format !== FORMAT || !Array.isArray(t.communes) || !Array.isArray(t.couches)) {
		throw new Error('Le fichier des communes est illisible ou d’un format inattendu.');
	}
	const domaines = t.couches.map((id) => {
		const couche = COUCHE_PAR_ID[id];
		if (!couche) throw new Error(`Le fichier des communes cite une couche inconnue : ${id}.`);
		return couche.valeurs;
	});
	return t.communes.map(([code, nom, departement, population, cp, e, z, qpv, notes, apl]) => {
		const zonages = {} as Zonages;
		t.couches.forEach((id, i) => {
			zonages[id] = domaines[i][z[i]]?.id ?? 'non-disponible';
		});
		const epci = e >= 0 ? { siren: t.epci[e][0], nom: t.epci[e][1] } : null;
		return {
			code,
			nom,
			departement,
			population,
			codesPostaux: cp ? cp.split(' ') : [],
			epci,
			zonages,
			apl: apl ? (Object.fromEntries(CHAMPS_APL.map((k, i) => [k, apl[i]])) as unknown as Apl) : null,
			qpv: qpv.map(([c, n]) => ({ code: c, nom: n })),
			notes
		};
	});
}
