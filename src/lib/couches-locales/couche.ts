/**
 * Local layers: a commune → TVS table and a commune → PDSA sector table from the planner's own files (the ARS
 * has them; no public file gives them). Read with the shared commune-table reader, kept in this browser only.
 * Pure functions.
 */
import { nomImport, normaliser } from '../texte/texte';
import { lireTable, type ContexteLecture, type LectureTable, type ResultatTable, type SchemaTable } from '../tables-communes/lecture';

export type TypeCouche = 'tvs' | 'pdsa';
export const TYPES_COUCHES: readonly TypeCouche[] = ['tvs', 'pdsa'];

/** How each kind is named on the page. */
export const LIBELLES: Record<TypeCouche, { table: string; territoire: string; court: string }> = {
	tvs: { table: 'Table des territoires de vie-santé (TVS)', territoire: 'territoire de vie-santé', court: 'TVS' },
	pdsa: { table: 'Table des secteurs de garde PDSA', territoire: 'secteur de garde PDSA', court: 'Secteur PDSA' }
};

/** Longer is not a name (a paragraph, or a whole line glued by a wrong separator). */
const NOM_TERRITOIRE_MAX = 100;

function schema(type: TypeCouche): SchemaTable<string> {
	const tvs = type === 'tvs';
	const estColonne = tvs ? (n: string) => /\btvs\b|territoires? de vie/.test(n) : (n: string) => /\bpdsa\b|\bsecteurs?\b|\bgarde\b/.test(n);
	const mot = tvs ? 'TVS' : 'secteur';
	return {
		quoi: tvs ? 'une table des TVS' : 'une table des secteurs de garde',
		mots: tvs
			? { valeur: 'TVS', meme: 'même TVS', differentes: 'TVS différents', reportee: 'TVS reporté' }
			: { valeur: 'secteur', meme: 'même secteur', differentes: 'secteurs différents', reportee: 'secteur reporté' },
		colonneAttendue: tvs ? 'une colonne de TVS (« tvs », « territoire de vie-santé »…)' : 'une colonne de secteur de garde (« secteur », « secteur PDSA »…)',
		colonneValeur(noms, _champs, code) {
			const colonnes = noms.flatMap((n, i) => (i !== code && estColonne(n) ? [i] : []));
			// A name reads better than a code on the page: « libellé TVS » before « code TVS ».
			return colonnes.find((i) => /\b(lib|libelle|nom)\b/.test(noms[i])) ?? colonnes[0] ?? null;
		},
		ressembleValeur: (brut) => brut !== '' && !/^\d+([.,]\d+)?$/.test(brut),
		lireValeur(brut) {
			const nom = brut.replace(/\s+/g, ' ').trim();
			if (nom.length > NOM_TERRITOIRE_MAX) return { rejet: `nom de ${mot} trop long (plus de ${NOM_TERRITOIRE_MAX} caractères)` };
			if (!normaliser(nom)) return { rejet: `nom de ${mot} sans lettre ni chiffre` };
			return { valeur: nom };
		}
	};
}

export const SCHEMAS: Record<TypeCouche, SchemaTable<string>> = { tvs: schema('tvs'), pdsa: schema('pdsa') };

export function lireCouche(octets: Uint8Array, contexte: ContexteLecture, type: TypeCouche): ResultatTable<string> {
	return lireTable(octets, contexte, SCHEMAS[type]);
}

export interface CoucheLocale {
	id: string;
	type: TypeCouche;
	nom: string;
	/** Name of the imported file. */
	fichier: string;
	/** Import date, ISO 8601. */
	date: string;
	/** Today's INSEE code → TVS or sector name. */
	territoires: Record<string, string>;
	bilan: { lignesLues: number; communes: number; territoires: number; rejetees: number; absentes: number };
}

export type ResumeCouche = Omit<CoucheLocale, 'territoires'>;

export const NOM_MAX = 120;

/** A layer's name: trimmed, one line, bounded; empty → the file's name, then the kind of table. */
export function nomCouche(nom: string, fichier: string, type: TypeCouche): string {
	return nomImport(nom, fichier, NOM_MAX) || LIBELLES[type].table;
}

export function creerCouche(type: TypeCouche, lecture: LectureTable<string>, m: { id: string; nom: string; fichier: string; date: Date }): CoucheLocale {
	return {
		id: m.id,
		type,
		nom: nomCouche(m.nom, m.fichier, type),
		fichier: m.fichier.slice(0, 255),
		date: m.date.toISOString(),
		territoires: { ...lecture.valeurs },
		bilan: {
			lignesLues: lecture.lignesLues,
			communes: Object.keys(lecture.valeurs).length,
			territoires: new Set(Object.values(lecture.valeurs)).size,
			rejetees: lecture.rejets.length,
			absentes: lecture.absentes.length
		}
	};
}

export function resumerCouche({ territoires: _, ...resume }: CoucheLocale): ResumeCouche {
	return resume;
}

/** Checks what comes back from storage: a record of another version or a damaged one is not used. */
export function estCoucheLocale(v: unknown): v is CoucheLocale {
	const c = v as CoucheLocale;
	return (
		!!c &&
		typeof c === 'object' &&
		typeof c.id === 'string' &&
		(TYPES_COUCHES as readonly string[]).includes(c.type) &&
		typeof c.nom === 'string' &&
		typeof c.fichier === 'string' &&
		typeof c.date === 'string' &&
		!!c.bilan &&
		!!c.territoires &&
		typeof c.territoires === 'object' &&
		Object.values(c.territoires).every((t) => typeof t === 'string')
	);
}
