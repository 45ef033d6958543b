/**
 * A draft against the zoning in force: which communes change class (transitions), how many people
 * that concerns per département, and which aids each profile gains or loses there — the last from
 * the rules engine itself, run on the communes as the draft sees them. Pure functions.
 */
import type { Commune } from '../commune/types';
import { nomDepartement } from '../commune/departements';
import { COUCHE_PAR_ID, libelleCourt, valeurCouche } from '../zonages/couches';
import { AIDES, PROFIL_PAR_ID, QUESTIONS, demandeSituation, statutsCommunes, type AideId, type ProfilId, type Reponses, type Statut } from '../aides';
import { ecrireCsv, type Cellule } from '../csv/csv';
import { appliquerBrouillon, type Brouillon, type ClasseMedecins } from './brouillon';
import { aujourdhui } from '../aides/date';
import { formatJour } from '../texte/format';

const COUCHE = 'zonage-medecins';

/** ZIP is the most under-served class: a lower rank is a higher priority. */
const RANG: Record<string, number> = { ZIP: 0, ZAC: 1, ZAR: 2 };

export type CategorieTransition = 'renforcee-2' | 'renforcee-1' | 'allegee-1' | 'allegee-2' | 'indeterminee' | 'inchangee';

export interface DefinitionCategorie {
	id: CategorieTransition;
	label: string;
	/** Diverging orange–purple (ColorBrewer PuOr), readable with the common colour-vision deficiencies. */
	couleur: string;
}

/** In map legend order. The map also names each commune's transition in its tooltip; the table lists them all. */
export const CATEGORIES_TRANSITION: readonly DefinitionCategorie[] = [
	{ id: 'renforcee-2', label: 'Plus prioritaire de deux niveaux (ZAR → ZIP)', couleur: '#b35806' },
	{ id: 'renforcee-1', label: 'Plus prioritaire d’un niveau (ZAR → ZAC, ZAC → ZIP)', couleur: '#f1a340' },
	{ id: 'allegee-1', label: 'Moins prioritaire d’un niveau (ZIP → ZAC, ZAC → ZAR)', couleur: '#998ec3' },
	{ id: 'allegee-2', label: 'Moins prioritaire de deux niveaux (ZIP → ZAR)', couleur: '#542788' },
	{ id: 'indeterminee', label: 'Vers ou depuis « non disponible »', couleur: '#5a5a5a' },
	{ id: 'inchangee', label: 'Classe inchangée', couleur: '#f7f7f7' }
];

export function categorieTransition(avant: string, apres: string): CategorieTransition {
	if (avant === apres) return 'inchangee';
	if (!(avant in RANG) || !(apres in RANG)) return 'indeterminee';
	const ecart = RANG[avant] - RANG[apres];
	return ecart === 2 ? 'renforcee-2' : ecart === 1 ? 'renforcee-1' : ecart === -1 ? 'allegee-1' : 'allegee-2';
}

const court = (classe: string) => libelleCourt(valeurCouche(COUCHE, classe) ?? { id: classe, label: classe, couleur: '' });
export const libelleTransition = (avant: string, apres: string) => `${court(avant)} → ${court(apres)}`;

export interface Changement {
	commune: Commune;
	avant: string;
	apres: ClasseMedecins;
	categorie: CategorieTransition;
}

/** The communes whose médecins class the draft changes, in code order. */
export function changements(communes: readonly Commune[], brouillon: Pick<Brouillon, 'classes'>): Changement[] {
	return communes.flatMap((commune) => {
		const apres = brouillon.classes[commune.code];
		const avant = commune.zonages[COUCHE];
		return apres === undefined || apres === avant ? [] : [{ commune, avant, apres, categorie: categorieTransition(avant, apres) }];
	});
}

export interface Effectif {
	communes: number;
	population: number;
}

export interface LigneTransition {
	avant: string;
	apres: string;
	libelle: string;
	categorie: CategorieTransition;
	total: Effectif;
	/** By département code; départements without this transition are absent. */
	departements: Record<string, Effectif>;
}

const ajouter = (e: Effectif, c: Commune) => {
	e.communes++;
	e.population += c.population;
};

/** One row per transition that occurs (ZAR → ZAC…), in the médecins layer's order, with totals per département. */
export function tableauTransitions(liste: readonly Changement[]): LigneTransition[] {
	const ordre = COUCHE_PAR_ID[COUCHE].valeurs.map((v) => v.id);
	const lignes = new Map<string, LigneTransition>();
	for (const ch of liste) {
		const cle = `${ch.avant}>${ch.apres}`;
		let l = lignes.get(cle);
		if (!l) {
			l = { avant: ch.avant, apres: ch.apres, libelle: libelleTransition(ch.avant, ch.apres), categorie: ch.categorie, total: { communes: 0, population: 0 }, departements: {} };
			lignes.set(cle, l);
		}
		ajouter(l.total, ch.commune);
		ajouter((l.departements[ch.commune.departement] ??= { communes: 0, population: 0 }), ch.commune);
	}
	return [...lignes.values()].sort((a, b) => ordre.indexOf(a.avant) - ordre.indexOf(b.avant) || ordre.indexOf(a.apres) - ordre.indexOf(b.apres));
}

/** The answers the comparison assumes: a médecin libéral who settles in the commune (the aids differ by situation). */
export function reponsesComparaison(profil: ProfilId): Reponses {
	return demandeSituation(profil) ? { situation: 'installation' } : {};
}

export const SITUATION_COMPARAISON = QUESTIONS.situation?.options?.find((o) => o.id === 'installation')?.libelle ?? 'installation';

export interface EffetAide {
	aide: AideId;
	titre: string;
	/** Becomes eligible with the draft. */
	gagnent: Effectif & { codes: string[] };
	/** Was eligible and no longer is. */
	perdent: Effectif & { codes: string[] };
	/** Other status changes (e.g. non éligible → à préciser where the draft says "non disponible"). */
	autres: Effectif & { codes: string[] };
}

export interface EffetsAides {
	profil: ProfilId;
	/** The date the rules were read at (AAAA-MM-JJ). */
	date: string;
	reponses: Reponses;
	effets: EffetAide[];
	/** Each changed commune's status per aid, before and after, for the CSV. */
	statuts: Map<string, { avant: ReadonlyMap<AideId, Statut>; apres: ReadonlyMap<AideId, Statut> }>;
}

/**
 * The aids of a profile in the communes the draft changes, evaluated by the rules engine on the
 * zoning in force and on the draft. Only those communes can change: every other input is the same.
 */
export function effetsAides(liste: readonly Changement[], brouillon: Pick<Brouillon, 'classes'>, profil: ProfilId, date = aujourdhui()): EffetsAides {
	const reponses = reponsesComparaison(profil);
	const avant = liste.map((ch) => ch.commune);
	const apres = appliquerBrouillon(avant, brouillon);
	const rAvant = statutsCommunes(avant, profil, reponses, date);
	const rApres = statutsCommunes(apres, profil, reponses, date);
	const vide = () => ({ communes: 0, population: 0, codes: [] as string[] });
	const effets = new Map<AideId, EffetAide>(PROFIL_PAR_ID.get(profil)!.aides.map((a) => [a, { aide: a, titre: AIDES[a].titre, gagnent: vide(), perdent: vide(), autres: vide() }]));
	const statuts: EffetsAides['statuts'] = new Map();
	for (const c of avant) {
		const av = rAvant.get(c.code)!;
		const ap = rApres.get(c.code)!;
		statuts.set(c.code, { avant: av, apres: ap });
		for (const [id, s0] of av) {
			const s1 = ap.get(id);
			if (!s1 || s1 === s0) continue;
			const e = effets.get(id)!;
			const cible = s1 === 'eligible' ? e.gagnent : s0 === 'eligible' ? e.perdent : e.autres;
			ajouter(cible, c);
			cible.codes.push(c.code);
		}
	}
	return { profil, date, reponses, effets: [...effets.values()], statuts };
}

const TEXTE_STATUT: Record<Statut, string> = { eligible: 'Éligible', 'a-preciser': 'À préciser', 'non-eligible': 'Non éligible', information: 'Pour information' };

/**
 * The diff as CSV: one row per changed commune, its class in force and in the draft, and when
 * aid effects are given, the status before and after of every aid that changes somewhere.
 */
export function changementsVersCsv(liste: readonly Changement[], brouillon: Pick<Brouillon, 'nom'>, effets?: EffetsAides): string {
	const aides = effets ? effets.effets.filter((e) => e.gagnent.communes + e.perdent.communes + e.autres.communes > 0) : [];
	const profil = effets ? `${PROFIL_PAR_ID.get(effets.profil)!.libelle}, règles au ${formatJour(effets.date)}` : '';
	const entete = ['code_insee', 'nom', 'departement', 'nom_departement', 'population', 'zonage_medecins_en_vigueur', 'zonage_medecins_brouillon', 'transition', 'brouillon'];
	for (const a of aides) entete.push(`${a.titre} — en vigueur (${profil})`, `${a.titre} — brouillon (${profil})`);
	const statut = (rs: ReadonlyMap<AideId, Statut> | undefined, id: AideId) => {
		const s = rs?.get(id);
		return s ? TEXTE_STATUT[s] : '';
	};
	const lignes = liste.map((ch): Cellule[] => {
		const s = effets?.statuts.get(ch.commune.code);
		return [
			ch.commune.code,
			ch.commune.nom,
			ch.commune.departement,
			nomDepartement(ch.commune.departement),
			ch.commune.population,
			court(ch.avant),
			court(ch.apres),
			libelleTransition(ch.avant, ch.apres),
			brouillon.nom,
			...aides.flatMap((a) => [statut(s?.avant, a.aide), statut(s?.apres, a.aide)])
		];
	});
	return ecrireCsv(entete, lignes);
}

/** A médecins zoning in the format the import reads (ZIP, ZAC, ZAR, Non disponible): the zoning in force, or a draft applied. */
export function zonageVersCsv(communes: readonly Commune[]): string {
	return ecrireCsv(
		['code_insee', 'nom', 'zonage_medecins'],
		communes.map((c) => [c.code, c.nom, court(c.zonages[COUCHE])])
	);
}
