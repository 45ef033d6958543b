/**
 * What the local layers change in a result, from the communes as shown (the zoning in force, or the active
 * draft applied): each commune's sector counts a ZIP commune or not (the PDSA exemption), its TVS counts a
 * montagne or massif commune or not (the médecins' ARS contract), and the TVS a draft splits across classes.
 * Pure functions.
 */
import type { Commune } from '../commune/types';
import { NON_DISPONIBLE } from '../zonages/couches';

/** Today's INSEE code → TVS or sector name, for the communes the imported table sets. */
export type Territoires = Readonly<Record<string, string>>;

/** The communes of each territory, in the communes' order; communes absent from the table are left out. */
export function grouper(communes: readonly Commune[], territoires: Territoires): Map<string, Commune[]> {
	const groupes = new Map<string, Commune[]>();
	for (const c of communes) {
		const t = territoires[c.code];
		if (t === undefined) continue;
		const groupe = groupes.get(t);
		if (groupe) groupe.push(c);
		else groupes.set(t, [c]);
	}
	return groupes;
}

/** « yes » when a commune qualifies, « no » when all are known and none does, null (non disponible) when some is unknown. */
function verdict(groupe: readonly Commune[], oui: (c: Commune) => boolean | null): boolean | null {
	let inconnu = false;
	for (const c of groupe) {
		const v = oui(c);
		if (v) return true;
		if (v === null) inconnu = true;
	}
	return inconnu ? null : false;
}

const ZIP = (c: Commune) => (c.zonages['zonage-medecins'] === NON_DISPONIBLE ? null : c.zonages['zonage-medecins'] === 'ZIP');
const MONTAGNE_OU_MASSIF = (c: Commune) => {
	const { montagne, massif } = c.zonages;
	if (montagne === 'classee' || (massif !== 'hors-massif' && massif !== NON_DISPONIBLE)) return true;
	return montagne === NON_DISPONIBLE || massif === NON_DISPONIBLE ? null : false;
};

/**
 * The communes with the `pdsa` and `tvs` layers filled from the imported tables, as the rules read them;
 * a commune absent from a table, or whose territory cannot be settled, stays « non disponible ».
 */
export function appliquerCouchesLocales(communes: readonly Commune[], tables: { tvs?: Territoires | null; pdsa?: Territoires | null }): Commune[] {
	const valeurs = (table: Territoires | null | undefined, oui: (c: Commune) => boolean | null, avec: string, sans: string) => {
		const parCommune = new Map<string, string>();
		if (!table) return parCommune;
		for (const groupe of grouper(communes, table).values()) {
			const v = verdict(groupe, oui);
			if (v !== null) for (const c of groupe) parCommune.set(c.code, v ? avec : sans);
		}
		return parCommune;
	};
	const pdsa = valeurs(tables.pdsa, ZIP, 'secteur-avec-zip', 'secteur-sans-zip');
	const tvs = valeurs(tables.tvs, MONTAGNE_OU_MASSIF, 'tvs-montagne-massif', 'tvs-sans-montagne-massif');
	if (!pdsa.size && !tvs.size) return communes.slice();
	return communes.map((c) => {
		const p = pdsa.get(c.code) ?? c.zonages.pdsa;
		const t = tvs.get(c.code) ?? c.zonages.tvs;
		return p === c.zonages.pdsa && t === c.zonages.tvs ? c : { ...c, zonages: { ...c.zonages, pdsa: p, tvs: t } };
	});
}

/** The communes of a territory in one médecins class, and their inhabitants. */
export interface ClasseTerritoire {
	classe: string;
	communes: Commune[];
	population: number;
}

export interface TvsPartage {
	tvs: string;
	/** Per médecins class in the draft, in ZIP, ZAC, ZAR, non disponible order: its communes and inhabitants. */
	classes: ClasseTerritoire[];
	population: number;
}

const ORDRE = ['ZIP', 'ZAC', 'ZAR', NON_DISPONIBLE];

/** A territory's communes by médecins class, in ZIP, ZAC, ZAR, non disponible order; classes without a commune are left out. */
export function classesDe(groupe: readonly Commune[]): ClasseTerritoire[] {
	const parClasse = new Map<string, Commune[]>();
	for (const c of groupe) {
		const k = c.zonages['zonage-medecins'];
		const liste = parClasse.get(k);
		if (liste) liste.push(c);
		else parClasse.set(k, [c]);
	}
	return [...parClasse]
		.sort(([a], [b]) => ORDRE.indexOf(a) - ORDRE.indexOf(b))
		.map(([classe, cs]) => ({ classe, communes: cs, population: cs.reduce((s, c) => s + c.population, 0) }));
}

/**
 * Médecins zoning is decided per TVS: a TVS whose communes are in different classes (the draft applied)
 * is likely a mistake. Largest population first.
 */
export function tvsPartages(communes: readonly Commune[], tvs: Territoires): TvsPartage[] {
	const partages: TvsPartage[] = [];
	for (const [nom, groupe] of grouper(communes, tvs)) {
		const classes = classesDe(groupe);
		if (classes.length < 2) continue;
		partages.push({ tvs: nom, classes, population: classes.reduce((s, c) => s + c.population, 0) });
	}
	return partages.sort((a, b) => b.population - a.population || a.tvs.localeCompare(b.tvs, 'fr'));
}
