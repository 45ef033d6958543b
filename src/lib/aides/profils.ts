/** Profiles the user can pick, the aids each one sees, and the questions the rules may ask. */
import { REGLES, type NomRegle } from './regles';
import type { AideId, Profil, ProfilId, Question } from './types';

const EXERCICE_COORDONNE: AideId[] = [
	'aide-esp',
	'aide-msp',
	'aci-msp',
	'aide-cpts',
	'aci-cpts',
	'formation-coordonnateurs'
];
const CENTRES_DE_SANTE: AideId[] = ['aide-cds', 'aci-cds', 'contrats-demographiques-cds'];
const ETUDIANT_MEDECINE: AideId[] = ['cesp', 'forfait-transport', 'forfait-hebergement', 'cder'];
const MEDECIN_LIBERAL: AideId[] = [
	'caim',
	'contrat-ars-territoires',
	'cde',
	'coscom',
	'cotram',
	'cstm',
	'exoneration-pdsa',
	'exoneration-zrr',
	'exoneration-frr',
	...EXERCICE_COORDONNE
];

/** Profiles, in display order, with the aids each one is shown (eligible or not). */
export const PROFILS: readonly (Profil & { aides: readonly AideId[] })[] = [
	{ id: 'etudiant-medecine-2e-cycle', libelle: 'Je suis étudiant·e en médecine (2e cycle)', aides: ETUDIANT_MEDECINE },
	{ id: 'etudiant-medecine-3e-cycle', libelle: 'Je suis étudiant·e en médecine (3e cycle)', aides: ETUDIANT_MEDECINE },
	{ id: 'etudiant-odontologie', libelle: 'Je suis étudiant·e en odontologie (2e ou 3e cycle)', aides: ['cesp'] },
	{ id: 'medecin-remplacant', libelle: 'Je suis jeune médecin remplaçant·e', aides: ['cder', 'cde'] },
	{ id: 'medecin-liberal', libelle: 'Je suis médecin libéral', aides: MEDECIN_LIBERAL },
	{
		id: 'medecin-msu',
		libelle: 'Je suis médecin libéral maître de stage universitaire (MSU)',
		aides: ['coscom-msu', ...MEDECIN_LIBERAL]
	},
	{
		id: 'medecin-salarie',
		libelle: 'Je suis médecin généraliste salarié·e',
		aides: ['contrat-400mg-exercice-partage', 'contrat-400mg-ambulatoire', ...CENTRES_DE_SANTE, 'aide-cpts', 'aci-cpts']
	},
	{
		id: 'chirurgien-dentiste-liberal',
		libelle: 'Je suis chirurgien·ne-dentiste libéral·e',
		aides: ['caicd', 'contrat-ars-territoires', 'camcd', 'exoneration-zrr', 'exoneration-frr', ...EXERCICE_COORDONNE]
	},
	{
		id: 'autre-professionnel-sante',
		libelle: 'Je suis un·e autre professionnel·le de santé',
		aides: ['exoneration-zrr', 'exoneration-frr', ...EXERCICE_COORDONNE, ...CENTRES_DE_SANTE]
	},
	{
		id: 'structure-exercice-coordonne',
		libelle: 'Je représente une structure d’exercice coordonné (ESP, MSP, CDS, CPTS)',
		aides: [...EXERCICE_COORDONNE, ...CENTRES_DE_SANTE]
	}
];

export const PROFIL_PAR_ID: ReadonlyMap<string, (typeof PROFILS)[number]> = new Map(PROFILS.map((p) => [p.id, p]));

export function estProfil(id: string): id is ProfilId {
	return PROFIL_PAR_ID.has(id);
}

/** Answer keys (CLI/URL friendly) → the publicodes rule holding the question. */
const REGLE_PAR_CLE = {
	'stage-plus-15-km': 'réponses . stage à plus de 15 km',
	'logement-a-titre-onereux': 'réponses . logement à titre onéreux',
	'licence-remplacement': 'réponses . licence de remplacement',
	'premiere-annee-liberal': 'réponses . première année en libéral',
	'installation-en-qpv': 'réponses . installation en QPV',
	'installation-partie-classee-frr': 'réponses . installation en partie classée FRR',
	'signataire-cesp': 'réponses . signataire CESP',
	'beneficiaire-caim': 'réponses . bénéficiaire CAIM',
	'beneficiaire-caicd': 'réponses . bénéficiaire CAICD',
	age: 'réponses . âge',
	'age-successeur': 'réponses . âge du successeur',
	'installe-hors-zip': 'réponses . installé hors ZIP',
	'secteur-garde-avec-zip': 'réponses . secteur de garde avec ZIP',
	'equipe-esp': 'réponses . équipe ESP',
	'equipe-msp': 'réponses . équipe MSP',
	'equipe-cds': 'réponses . équipe CDS',
	'centre-de-sante': 'réponses . centre de santé',
	'projet-cpts': 'réponses . projet CPTS'
} as const satisfies Record<string, NomRegle>;

export type CleQuestion = keyof typeof REGLE_PAR_CLE;

/** Every question the rules may ask, by answer key; wording and type come from the rules. */
export const QUESTIONS: Readonly<Record<CleQuestion, Question & { regle: NomRegle }>> = Object.fromEntries(
	Object.entries(REGLE_PAR_CLE).map(([cle, regle]) => {
		const r: { question: string; type?: 'nombre' } = REGLES[regle];
		return [cle, { cle, libelle: r.question, type: r.type === 'nombre' ? 'nombre' : 'oui-non', regle }];
	})
) as Record<CleQuestion, Question & { regle: NomRegle }>;

export const QUESTION_PAR_REGLE: ReadonlyMap<string, Question> = new Map(
	Object.values(QUESTIONS).map((q) => [q.regle, { cle: q.cle, libelle: q.libelle, type: q.type }])
);

export function estCleQuestion(cle: string): cle is CleQuestion {
	return Object.hasOwn(REGLE_PAR_CLE, cle);
}
