import { COUCHE_PAR_ID, type CoucheId, type ValeurCouche, type Zonages } from './couches';

export interface ClasseLegende {
	valeur: ValeurCouche;
	communes: number;
	population: number;
}

/** Communes and population per value of a layer, in the layer's order, empty classes kept. */
export function classesLegende(communes: readonly { zonages: Zonages; population: number }[], couche: CoucheId): ClasseLegende[] {
	const classes = COUCHE_PAR_ID[couche].valeurs.map((valeur) => ({ valeur, communes: 0, population: 0 }));
	const parId = new Map(classes.map((c) => [c.valeur.id, c]));
	for (const c of communes) {
		const classe = parId.get(c.zonages[couche])!;
		classe.communes++;
		classe.population += c.population;
	}
	return classes;
}
