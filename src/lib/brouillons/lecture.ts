/**
 * Reads a draft médecins zoning from a file a planner picks: the shared commune-table reader
 * (../tables-communes/lecture.ts) with the médecins classes as values. Nothing is applied or stored
 * here: the caller shows the summary first.
 */
import { normaliser } from '../texte/texte';
import { controlerTaille, lireTable, TAILLE_MAX, type LectureTable, type Refus, type SchemaTable, type ValeurLue } from '../tables-communes/lecture';

export { controlerTaille, TAILLE_MAX };
export type { ContexteLecture, LigneRejetee, Avertissement } from '../tables-communes/lecture';

/** Classes a draft can give a commune: the médecins layer's domain. */
export const CLASSES_MEDECINS = ['ZIP', 'ZAC', 'ZAR', 'non-disponible'] as const;
export type ClasseMedecins = (typeof CLASSES_MEDECINS)[number];

export interface Lecture extends Omit<LectureTable<ClasseMedecins>, 'colonnes' | 'valeurs'> {
	/** Names of the two columns read, as the header gives them ("colonne 1" without a header). */
	colonnes: { code: string; classe: string };
	/** Today's INSEE code → class, for every commune the file sets; the others keep the zoning in force. */
	classes: Record<string, ClasseMedecins>;
}

export type ResultatLecture = { ok: true; lecture: Lecture } | Refus;

const ATTENDU = 'ZIP, ZAC, ZAR ou Non disponible, ou les libellés CartoSanté 1_ZIP, 2_ZAC, 4_ZAR, N/A - résultat non disponible';
const PROFESSIONS = /dentist|infirm|kine|masseur|orthophon|sage/;
const estColonneClasse = (n: string) => /\b(zonage|zone|zones|classe|niveau)\b/.test(n) || n.startsWith('zonage');

const CLASSES: Record<string, ClasseMedecins | 'HZ'> = {
	zip: 'ZIP',
	'1 zip': 'ZIP',
	zac: 'ZAC',
	'2 zac': 'ZAC',
	zar: 'ZAR',
	'4 zar': 'ZAR',
	hz: 'HZ',
	'3 hz': 'HZ',
	'n a': 'non-disponible',
	'non disponible': 'non-disponible',
	'resultat non disponible': 'non-disponible'
};
/** The classes' full names in the zoning arrêtés, normalised (any case, accents, apostrophe): read with a warning. */
const LIBELLES_OFFICIELS: Record<string, ClasseMedecins> = {
	'zone d intervention prioritaire': 'ZIP',
	'zone d action complementaire': 'ZAC',
	'zone d appui regional': 'ZAR',
	'zone d appui regionale': 'ZAR'
};

function lireClasse(brut: string): ClasseMedecins | 'HZ' | null {
	// "ZIP — zone d'intervention prioritaire" (the app's own export) → "ZIP"; "N/A - résultat…" → "N/A".
	return CLASSES[normaliser(brut.split(/\s[—–-]\s/)[0])] ?? null;
}

export const SCHEMA_MEDECINS: SchemaTable<ClasseMedecins> = {
	quoi: 'un zonage',
	mots: { valeur: 'classe', meme: 'même classe', differentes: 'classes différentes', reportee: 'classe reportée' },
	colonneAttendue: 'une colonne de classe (« zonage », « classe »…)',
	colonneValeur(noms, champs, code) {
		const classes = noms.flatMap((n, i) => (estColonneClasse(n) && i !== code ? [i] : []));
		if (code < 0 || !classes.length) return classes.length ? classes[0] : null;
		// The communes table exports every layer: the médecins' one is named so.
		const medecins = classes.filter((i) => /medecin|\bmg\b|generaliste/.test(noms[i]));
		const classe = medecins[0] ?? (classes.length === 1 ? classes[0] : -1);
		if (classe < 0) {
			return `Plusieurs colonnes de zonage (${classes.map((i) => `« ${champs[i]} »`).join(', ')}) et aucune n’est celle des médecins : gardez la colonne du zonage médecins, ou nommez-la « zonage médecins ».`;
		}
		if (!medecins.length && PROFESSIONS.test(noms[classe])) {
			return `La colonne « ${champs[classe]} » est le zonage d’une autre profession : seuls les brouillons du zonage médecins (ZIP, ZAC, ZAR) sont pris en charge.`;
		}
		return classe;
	},
	ressembleValeur: (brut) => lireClasse(brut) !== null,
	lireValeur(brut): ValeurLue<ClasseMedecins> {
		const classe = lireClasse(brut);
		if (classe === 'HZ') return { rejet: `classe « ${brut} » (hors zonage) : le zonage médecins d’Occitanie et les règles des aides ne connaissent que ZIP, ZAC et ZAR` };
		if (classe) return { valeur: classe };
		const officielle = LIBELLES_OFFICIELS[normaliser(brut).replace(/^zones /, 'zone ')];
		if (officielle) return { valeur: officielle, avertissement: `classe « ${brut} » lue comme ${officielle} (libellé officiel en toutes lettres)` };
		return { rejet: `classe inconnue (attendu : ${ATTENDU})` };
	}
};

/** Reads the file. `contexte` says which communes exist today and where former codes went. */
export function lireFichier(octets: Uint8Array, contexte: Parameters<typeof lireTable>[1]): ResultatLecture {
	const r = lireTable(octets, contexte, SCHEMA_MEDECINS);
	if (!r.ok) return r;
	const { colonnes, valeurs, ...reste } = r.lecture;
	return { ok: true, lecture: { ...reste, colonnes: { code: colonnes.code, classe: colonnes.valeur }, classes: valeurs } };
}
