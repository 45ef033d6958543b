/**
 * The profiles a user can pick, in display order. Which aids each one sees is written in the aid
 * files (`profils:` of src/lib/aides/regles/*.publicodes), where groups of profiles may be named.
 */
import { IDS_PROFILS, type Profil, type ProfilId } from './types';
import type { CoucheId } from '../zonages/couches';

/** Each profile's label (the type makes sure none is missing); the order is IDS_PROFILS'. */
const LIBELLES: Record<ProfilId, string> = {
	'etudiant-medecine-2e-cycle': 'Je suis étudiant·e en médecine (2e cycle)',
	'etudiant-medecine-3e-cycle': 'Je suis étudiant·e en médecine (3e cycle)',
	'etudiant-odontologie': 'Je suis étudiant·e en odontologie (2e ou 3e cycle)',
	'etudiant-infirmier': 'Je suis étudiant·e infirmier·e ou en formation d’infirmier en pratique avancée (IPA)',
	'medecin-remplacant': 'Je suis jeune médecin remplaçant·e',
	'medecin-liberal': 'Je suis médecin libéral·e',
	'medecin-msu': 'Je suis médecin libéral·e maître de stage universitaire (MSU)',
	'medecin-salarie': 'Je suis médecin généraliste salarié·e',
	'chirurgien-dentiste-liberal': 'Je suis chirurgien·ne-dentiste libéral·e',
	'infirmier': 'Je suis infirmier·e libéral·e',
	'masseur-kinesitherapeute': 'Je suis masseur·se-kinésithérapeute libéral·e',
	'orthophoniste': 'Je suis orthophoniste libéral·e',
	'sage-femme': 'Je suis sage-femme libérale',
	'autre-professionnel-sante': 'Je suis un·e autre professionnel·le de santé',
	'structure-exercice-coordonne': 'Je représente une structure d’exercice coordonné (ESP, MSP, CDS, CPTS)'
};

export const PROFILS: readonly Profil[] = IDS_PROFILS.map((id) => ({ id, libelle: LIBELLES[id] }));

/** Named groups the aid files may list instead of each profile. */
export const GROUPES_PROFILS: Readonly<Record<string, readonly ProfilId[]>> = {
	'médecins libéraux': ['medecin-liberal', 'medecin-msu'],
	'étudiants en médecine': ['etudiant-medecine-2e-cycle', 'etudiant-medecine-3e-cycle'],
	'autres professions de santé': ['infirmier', 'masseur-kinesitherapeute', 'orthophoniste', 'sage-femme', 'autre-professionnel-sante']
};

export function estProfil(id: string): id is ProfilId {
	return (IDS_PROFILS as readonly string[]).includes(id);
}

/**
 * The médecins libéraux say whether they settle, practise, prepare their succession or come to help;
 * the chirurgiens-dentistes whether they settle or practise (brochure D, p. #8 and #12).
 */
export function situationsPossibles(profil: ProfilId | null): readonly string[] {
	if (profil === 'chirurgien-dentiste-liberal') return ['installation', 'exercice'];
	return profil !== null && GROUPES_PROFILS['médecins libéraux'].includes(profil) ? ['installation', 'exercice', 'transition', 'renfort'] : [];
}

export function demandeSituation(profil: ProfilId | null): boolean {
	return situationsPossibles(profil).length > 0;
}

/** The zoning each profile lives by: the map shows it when the profile is chosen. */
export const COUCHE_DU_PROFIL: Partial<Record<ProfilId, CoucheId>> = {
	'etudiant-medecine-2e-cycle': 'zonage-medecins',
	'etudiant-medecine-3e-cycle': 'zonage-medecins',
	'medecin-remplacant': 'zonage-medecins',
	'medecin-liberal': 'zonage-medecins',
	'medecin-msu': 'zonage-medecins',
	'medecin-salarie': 'zonage-medecins',
	'etudiant-odontologie': 'zonage-dentistes',
	'chirurgien-dentiste-liberal': 'zonage-dentistes',
	infirmier: 'zonage-infirmiers',
	'etudiant-infirmier': 'zonage-infirmiers',
	'masseur-kinesitherapeute': 'zonage-masseurs-kinesitherapeutes',
	orthophoniste: 'zonage-orthophonistes',
	'sage-femme': 'zonage-sages-femmes'
};
