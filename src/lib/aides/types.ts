/** Public types of the aid rules engine (shared by the UI, the CLI and the tests). */

export type ProfilId =
	| 'etudiant-medecine-2e-cycle'
	| 'etudiant-medecine-3e-cycle'
	| 'etudiant-odontologie'
	| 'medecin-remplacant'
	| 'medecin-liberal'
	| 'medecin-msu'
	| 'medecin-salarie'
	| 'chirurgien-dentiste-liberal'
	| 'autre-professionnel-sante'
	| 'structure-exercice-coordonne';

export type AideId =
	| 'cesp'
	| 'forfait-transport'
	| 'forfait-hebergement'
	| 'cder'
	| 'coscom-msu'
	| 'caim'
	| 'contrat-ars-territoires'
	| 'contrat-400mg-exercice-partage'
	| 'contrat-400mg-ambulatoire'
	| 'exoneration-zrr'
	| 'exoneration-frr'
	| 'coscom'
	| 'cotram'
	| 'cstm'
	| 'exoneration-pdsa'
	| 'aide-esp'
	| 'aide-msp'
	| 'aci-msp'
	| 'aide-cds'
	| 'aci-cds'
	| 'contrats-demographiques-cds'
	| 'aide-cpts'
	| 'aci-cpts'
	| 'formation-coordonnateurs'
	| 'caicd'
	| 'camcd'
	| 'cde';

export type Statut = 'eligible' | 'a-preciser' | 'non-eligible';

export type TypeQuestion = 'oui-non' | 'nombre';

export interface Question {
	cle: string;
	libelle: string;
	type: TypeQuestion;
}

export type Reponses = Record<string, boolean | number>;

export type Document = 'médecins 27/12/2023' | 'chirurgiens-dentistes 30/06/2023';

export interface Source {
	document: Document;
	/** Printed page number of the brochure, e.g. '#13'. */
	page: string;
}

export interface Montant {
	/** Null when the brochure only gives a ceiling ("plafonné à …"). */
	min: number | null;
	max: number;
	unite: '€';
	periode: 'unique' | 'mois' | 'trimestre' | 'an';
}

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
	duree: string | null;
	financeur: string;
	obligations: string[];
	incompatibleAvec: AideId[];
	source: Source;
	validite: string | null;
}

export interface Profil {
	id: ProfilId;
	libelle: string;
}
