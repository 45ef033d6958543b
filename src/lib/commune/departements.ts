/** Département names from the official COG list (@etalab/decoupage-administratif). */
import departements from '@etalab/decoupage-administratif/data/departements.json';

const NOMS = new Map((departements as { code: string; nom: string }[]).map((d) => [d.code, d.nom]));

export function nomDepartement(code: string): string {
	return NOMS.get(code) ?? code;
}
