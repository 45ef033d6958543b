/** Public types of the aid rules engine (shared by the UI, the CLI and the tests). */

export const IDS_PROFILS = [
	'etudiant-medecine-2e-cycle',
	'etudiant-medecine-3e-cycle',
	'etudiant-odontologie',
	'etudiant-infirmier',
	'medecin-remplacant',
	'medecin-liberal',
	'medecin-msu',
	'medecin-salarie',
	'chirurgien-dentiste-liberal',
	'infirmier',
	'masseur-kinesitherapeute',
	'orthophoniste',
	'sage-femme',
	'autre-professionnel-sante',
	'structure-exercice-coordonne'
] as const;
export type ProfilId = (typeof IDS_PROFILS)[number];

/** Every aid, each defined by one file of src/lib/aides/regles/. */
export const IDS_AIDES = [
	'cesp',
	'forfait-transport',
	'forfait-hebergement',
	'cder',
	'indemnite-docteur-junior',
	'coscom-msu',
	'aide-ipa',
	'caim',
	'aide-primo-installation',
	'aide-cabinet-secondaire',
	'majoration-fmt',
	'contrat-ars-territoires',
	'caicd',
	'caicd-2023',
	'conventionnement-regule',
	'contrat-400mg-exercice-partage',
	'contrat-400mg-ambulatoire',
	'contrats-conventionnels',
	'exoneration-frr',
	'exoneration-zrr',
	'cde',
	'coscom',
	'cotram',
	'cstm',
	'solidarite-territoriale',
	'exoneration-pdsa',
	'camcd',
	'camcd-2023',
	'aide-esp',
	'aide-msp',
	'aci-msp',
	'aide-cds',
	'aci-cds',
	'contrats-demographiques-cds',
	'aide-cpts',
	'aci-cpts',
	'formation-coordonnateurs'
] as const;
export type AideId = (typeof IDS_AIDES)[number];

/** 'information': an entry that is neither a gain nor a refusal (no question could settle it). */
export type Statut = 'eligible' | 'a-preciser' | 'non-eligible' | 'information';

export type TypeQuestion = 'oui-non' | 'nombre' | 'choix';

export interface Question {
	cle: string;
	libelle: string;
	type: TypeQuestion;
	/** The possible answers of a 'choix' question, in order. */
	options?: readonly { id: string; libelle: string }[];
	/** The accepted range of a 'nombre' answer, both included. */
	plage?: readonly [number, number];
}

export type Reponse = boolean | number | string;
export type Reponses = Record<string, Reponse>;

export type Document = 'médecins 27/12/2023' | 'chirurgiens-dentistes 30/06/2023' | 'hors brochure';

export interface Source {
	document: Document;
	/** Printed page number of the brochure, e.g. '#13' (empty outside the brochures). */
	page: string;
	/** For 'hors brochure': the text that grounds the rule instead (law, official list and date). */
	reference?: string;
}

export interface Montant {
	/** Null when the brochure only gives a ceiling ("plafonné à …"). */
	min: number | null;
	max: number;
	unite: '€';
	periode: 'unique' | 'jour' | 'mois' | 'trimestre' | 'an';
	/** What the figure covers when it is only one part of the aid ("charges patronales"). */
	objet?: string;
}

/**
 * How an amount is paid over the first years, from the aid's text (its `versements` block): what
 * the sums over five years and their calendar are made of.
 */
export type Versements = {
	/** French, shown to users: « Versée en 2 fois : la 1re et la 3e année du contrat ». */
	enClair: string;
	/** The brochure page or official text the calendar comes from. */
	source: string;
} & (
	| { type: 'calendrier'; /** Contract years (1 = the first) a one-off amount is paid in. */ annees: number[]; /** Each year's share (sum 1). */ parts: number[] }
	| { type: 'periodique'; /** Years a yearly, quarterly or monthly amount is paid, from year 1 (0.5 = six months). */ annees: number }
	| { type: 'duree-inconnue'; /** Why the length cannot be known here: the amount is shown apart, never summed. */ raison: string }
);

export interface ResultatAide {
	id: AideId;
	titre: string;
	statut: Statut;
	/** Plain French sentences: why yes, what is still to answer, or why not. */
	raisons: string[];
	/** Questions whose answer would settle an 'a-preciser' result (empty otherwise). */
	questions: Question[];
	montant: Montant | null;
	montantTexte: string | null;
	versements: Versements | null;
	/** Paid to a structure (ESP, MSP, CPTS, centre de santé), not to the person. */
	collective: boolean;
	duree: string | null;
	financeur: string;
	obligations: string[];
	incompatibleAvec: AideId[];
	source: Source;
	validite: string | null;
	/** What the chosen commune stands for in this aid (place of installation, of the internship…). */
	lieu: string | null;
	/** The date the rules were read at (AAAA-MM-JJ). */
	date: string;
	/** The window in which the aid can be newly subscribed (AAAA-MM-JJ, both included; null = open-ended). */
	ouverture: string | null;
	fermeture: string | null;
	/** Text, article, address and date read that ground the window. */
	sourceValidite: string | null;
	/** Not in the brochures: grounded on the text `source.reference` names. */
	horsBrochure: boolean;
}

export interface Profil {
	id: ProfilId;
	libelle: string;
}
