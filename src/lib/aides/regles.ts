/**
 * The brochures' eligibility rules, as publicodes 1.x rules (a plain object, so that it loads the
 * same way in vite and in tsx). Each aid is a `toutes ces conditions` of named conditions; each
 * condition carries `raisons` (French sentence when it holds / fails), which the wrapper
 * (evaluer.ts) walks to explain a result. Placeholders in braces ({zonage-medecins}, {massif}…)
 * are replaced with the commune's value labels.
 *
 * Commune data that is "non disponible" is left out of the situation: publicodes then reports it
 * as a missing variable, so such a commune can never come out eligible on a rule that reads it.
 * Pages: médecins brochure 27/12/2023 (M#) and chirurgiens-dentistes 30/06/2023 (D#).
 */

export interface Raisons {
	oui?: string;
	non?: string;
	/** Context given when the condition cannot be settled yet (before the missing data/questions). */
	inconnu?: string;
}

/** A publicodes rule plus our explanation texts (publicodes ignores the extra key). */
export interface Regle {
	titre?: string;
	description?: string;
	question?: string;
	type?: 'nombre';
	valeur?: string;
	'une possibilité'?: string[];
	'toutes ces conditions'?: string[];
	'une de ces conditions'?: string[];
	raisons?: Raisons;
}

const possibilites = (...valeurs: string[]) => valeurs.map((v) => `'${v}'`);
const profil = (...ids: string[]) =>
	ids.length === 1 ? { valeur: `profil = '${ids[0]}'` } : { 'une de ces conditions': ids.map((id) => `profil = '${id}'`) };

export const REGLES = {
	profil: {
		titre: 'Profil choisi',
		'une possibilité': possibilites(
			'etudiant-medecine-2e-cycle',
			'etudiant-medecine-3e-cycle',
			'etudiant-odontologie',
			'medecin-remplacant',
			'medecin-liberal',
			'medecin-msu',
			'medecin-salarie',
			'chirurgien-dentiste-liberal',
			'autre-professionnel-sante',
			'structure-exercice-coordonne'
		)
	},

	// ——— Données de la commune cliquée (absentes de la situation quand « non disponibles ») ———
	commune: { valeur: 'oui' },
	'commune . zonage médecins': { 'une possibilité': possibilites('ZIP', 'ZAC', 'ZAR') },
	'commune . zonage dentistes': {
		'une possibilité': possibilites('tres-sous-dotee', 'sous-dotee', 'intermediaire', 'tres-dotee', 'non-prioritaire')
	},
	'commune . massif': { 'une possibilité': possibilites('massif-central', 'pyrenees', 'hors-massif') },
	'commune . département': {
		description: 'Seuls les trois départements prioritaires de l’ARS sont distingués ; les autres valent « autre ».',
		'une possibilité': possibilites('09', '32', '65', 'autre')
	},
	'commune . avec QPV': {
		description: 'La commune compte au moins un QPV (liste 2024).',
		raisons: { non: 'La commune ne compte aucun quartier prioritaire de la politique de la ville (QPV 2024).' }
	},
	'commune . zrr': { 'une possibilité': possibilites('zrr', 'non-classee') },
	'commune . frr': {
		'une possibilité': possibilites('frr-plus', 'frr-socle', 'frr-beneficiaire', 'frr-beneficiaire-partiel', 'non-classee')
	},

	// ——— Public visé par chaque aide ———
	public: { valeur: 'oui' },
	'public . étudiant en médecine': {
		...profil('etudiant-medecine-2e-cycle', 'etudiant-medecine-3e-cycle'),
		raisons: { non: 'Aide réservée aux étudiants en médecine de 2e ou 3e cycle.' }
	},
	'public . étudiant en 3e cycle de médecine': {
		...profil('etudiant-medecine-3e-cycle'),
		raisons: {
			non: 'Le CDER étudiant est réservé aux étudiants de 3e cycle de médecine qui font des remplacements (brochure médecins, p. #9).'
		}
	},
	'public . étudiant en odontologie': {
		...profil('etudiant-odontologie'),
		raisons: { non: 'Aide réservée aux étudiants en odontologie de 2e ou 3e cycle.' }
	},
	'public . médecin remplaçant': {
		...profil('medecin-remplacant'),
		raisons: { non: 'Aide réservée aux jeunes médecins remplaçants.' }
	},
	'public . médecin libéral': {
		...profil('medecin-liberal', 'medecin-msu'),
		raisons: { non: 'Aide réservée aux médecins libéraux.' }
	},
	'public . maître de stage': {
		...profil('medecin-msu'),
		raisons: { non: 'Aide réservée aux médecins maîtres de stage universitaires (MSU).' }
	},
	'public . médecin salarié': {
		...profil('medecin-salarie'),
		raisons: { non: 'Aide réservée aux médecins généralistes salariés.' }
	},
	'public . chirurgien-dentiste': {
		...profil('chirurgien-dentiste-liberal'),
		raisons: { non: 'Aide réservée aux chirurgiens-dentistes libéraux.' }
	},

	// ——— Zones ———
	zone: { valeur: 'oui' },
	'zone . ZIP': {
		valeur: "commune . zonage médecins = 'ZIP'",
		raisons: {
			oui: 'La commune est en ZIP (zone d’intervention prioritaire) du zonage médecins.',
			non: 'La commune est en {zonage-medecins} du zonage médecins : cette aide est réservée aux ZIP.'
		}
	},
	'zone . ZAC': { valeur: "commune . zonage médecins = 'ZAC'" },
	'zone . sous-dense médecins': {
		'une de ces conditions': ['zone . ZIP', 'zone . ZAC'],
		raisons: {
			oui: 'La commune est en {zonage-medecins}, zone sous-dense du zonage médecins (ZIP ou ZAC).',
			non: 'La commune est en {zonage-medecins} du zonage médecins : cette aide est réservée aux zones sous-denses (ZIP ou ZAC).'
		}
	},
	'zone . dentaire très sous-dotée': {
		valeur: "commune . zonage dentistes = 'tres-sous-dotee'",
		raisons: {
			oui: 'La commune est en zone très sous-dotée du zonage dentaire.',
			non: 'La commune est en zone {zonage-dentistes} du zonage dentaire : cette aide est réservée aux zones très sous-dotées.'
		}
	},
	'zone . dentaire sous-dotée': { valeur: "commune . zonage dentistes = 'sous-dotee'" },
	'zone . dentaire sous-dense': {
		'une de ces conditions': ['zone . dentaire très sous-dotée', 'zone . dentaire sous-dotée'],
		raisons: {
			oui: 'La commune est en zone {zonage-dentistes} du zonage dentaire.',
			non: 'La commune est en zone {zonage-dentistes} du zonage dentaire : il faut une zone très sous-dotée ou sous-dotée.'
		}
	},
	// Contrat ARS « Montagne Massif QPV départements 09 – 32 – 65 » (M#13, D#10).
	'zone . massif': {
		valeur: "commune . massif != 'hors-massif'",
		raisons: {
			oui: 'La commune appartient au {massif} (territoire ciblé par l’ARS).',
			non: 'La commune est hors massif.'
		}
	},
	'zone . département prioritaire': {
		valeur: "commune . département != 'autre'",
		raisons: {
			oui: 'La commune est dans l’un des 3 départements prioritaires de l’ARS : {departement}.',
			non: 'La commune n’est pas dans l’un des 3 départements prioritaires (Ariège, Gers, Hautes-Pyrénées).'
		}
	},
	'zone . QPV': {
		'toutes ces conditions': ['commune . avec QPV', 'réponses . installation en QPV'],
		raisons: {
			oui: 'Vous vous installez dans un quartier prioritaire de la politique de la ville (QPV) de la commune.',
			inconnu: 'La commune compte au moins un quartier prioritaire (QPV) : l’aide vaut pour une installation dans ce quartier.'
		}
	},
	'zone . territoire ciblé ARS': {
		'une de ces conditions': ['zone . massif', 'zone . département prioritaire', 'zone . QPV']
	},
	'zone . FRR': {
		'une de ces conditions': ["commune . frr = 'frr-plus'", "commune . frr = 'frr-socle'", "commune . frr = 'frr-beneficiaire'"],
		raisons: {
			non: 'La commune n’est pas classée FRR+, FRR socle ou FRR bénéficiaire dans le zonage France Ruralités Revitalisation (classement : {frr}).'
		}
	},
	'zone . FRR partielle': {
		'toutes ces conditions': ["commune . frr = 'frr-beneficiaire-partiel'", 'réponses . installation en partie classée FRR']
	},
	'zone . classée FRR': {
		'une de ces conditions': ['zone . FRR', 'zone . FRR partielle'],
		raisons: {
			oui: 'La commune est classée {frr} dans le zonage France Ruralités Revitalisation.',
			inconnu: 'La commune n’est que partiellement classée dans le zonage France Ruralités Revitalisation (FRR).'
		}
	},
	'zone . ZRR': {
		valeur: "commune . zrr = 'zrr'",
		raisons: {
			oui: 'La commune était classée en zone de revitalisation rurale (ZRR 2017).',
			non: 'La commune n’était pas classée en zone de revitalisation rurale (ZRR 2017).'
		}
	},
	'zone . secteur de garde avec ZIP': {
		'une de ces conditions': ['zone . ZIP', 'réponses . secteur de garde avec ZIP'],
		raisons: {
			oui: 'Le secteur de garde compte au moins une commune en ZIP.',
			non: 'Le secteur de garde ne compte aucune commune en ZIP.',
			inconnu:
				'L’exonération dépend de la présence d’au moins une commune en ZIP dans votre secteur de garde PDSA ; les secteurs de garde ne sont pas publiés en données ouvertes (contactez l’ARS).'
		}
	},

	// ——— Faits à demander (« réponses ») ———
	réponses: { valeur: 'oui' },
	'réponses . stage à plus de 15 km': {
		question: 'Votre stage est-il situé à plus de 15 km de votre UFR de rattachement et de votre domicile ?',
		raisons: {
			oui: 'Votre stage est à plus de 15 km de votre UFR et de votre domicile.',
			non: 'Le forfait transport suppose un stage à plus de 15 km de l’UFR de rattachement et du domicile.'
		}
	},
	'réponses . logement à titre onéreux': {
		question: 'Supportez-vous la charge d’un logement à titre onéreux pendant le stage ?',
		raisons: {
			oui: 'Vous supportez la charge d’un logement à titre onéreux.',
			non: 'Le forfait hébergement suppose de supporter la charge d’un logement à titre onéreux.'
		}
	},
	'réponses . licence de remplacement': {
		question: 'Avez-vous une licence de remplacement validée par l’Ordre des médecins ?',
		raisons: {
			oui: 'Vous avez une licence de remplacement validée par l’Ordre.',
			non: 'Le CDER étudiant suppose une licence de remplacement validée par l’Ordre des médecins.'
		}
	},
	'réponses . première année en libéral': {
		question: 'Êtes-vous dans votre première année d’exercice en libéral ?',
		raisons: {
			oui: 'Vous êtes dans votre première année d’exercice en libéral.',
			non: 'Le CDER s’adresse aux médecins remplaçants dans leur première année d’exercice en libéral.'
		}
	},
	'réponses . installation en QPV': {
		question: 'Votre cabinet sera-t-il situé dans un quartier prioritaire (QPV) de la commune ?',
		raisons: { non: 'Votre cabinet ne sera pas dans un QPV de la commune.' }
	},
	'réponses . installation en partie classée FRR': {
		question: 'Votre lieu d’exercice est-il dans la partie de la commune classée FRR ? (à vérifier auprès de la DDFIP)',
		raisons: { non: 'Votre lieu d’exercice n’est pas dans la partie de la commune classée FRR.' }
	},
	'réponses . signataire CESP': {
		question: 'Êtes-vous signataire d’un contrat d’engagement de service public (CESP) ?'
	},
	'réponses . bénéficiaire CAIM': {
		question: 'Avez-vous bénéficié du contrat d’aide à l’installation des médecins (CAIM) ?'
	},
	'réponses . bénéficiaire CAICD': {
		question: 'Avez-vous bénéficié du contrat d’aide à l’installation des chirurgiens-dentistes (CAICD) ?'
	},
	'réponses . âge': { question: 'Quel est votre âge (en années) ?', type: 'nombre' },
	'réponses . âge du successeur': { question: 'Quel est l’âge du médecin que vous accueillez (en années) ?', type: 'nombre' },
	'réponses . installé hors ZIP': {
		question: 'Êtes-vous installé·e hors ZIP (vous viendriez en renfort dans cette commune en ZIP) ?',
		raisons: {
			oui: 'Vous êtes installé·e hors ZIP.',
			non: 'Le CSTM s’adresse aux médecins installés hors ZIP qui viennent en renfort en ZIP.'
		}
	},
	'réponses . secteur de garde avec ZIP': {
		question: 'Votre secteur de garde PDSA compte-t-il au moins une commune en ZIP ? (à demander à l’ARS)'
	},
	'réponses . équipe ESP': {
		question: 'Votre équipe compte-t-elle au moins un médecin et un auxiliaire médical ?',
		raisons: {
			oui: 'L’équipe compte au moins un médecin et un auxiliaire médical.',
			non: 'Condition initiale non remplie : au moins un médecin et un auxiliaire médical.'
		}
	},
	'réponses . équipe MSP': {
		question:
			'La maison de santé réunit-elle au moins deux médecins et un auxiliaire médical, avec un projet de santé validé en comité de sélection ?',
		raisons: {
			oui: 'La MSP réunit au moins deux médecins et un auxiliaire médical autour d’un projet de santé validé.',
			non: 'Condition initiale non remplie : au moins deux médecins et un auxiliaire médical avec un projet de santé validé.'
		}
	},
	'réponses . équipe CDS': {
		question:
			'Le centre de santé réunit-il au moins deux médecins et un auxiliaire médical salariés, avec un projet de santé validé par l’ARS ?',
		raisons: {
			oui: 'Le centre de santé réunit au moins deux médecins et un auxiliaire médical salariés autour d’un projet de santé validé.',
			non: 'Condition initiale non remplie : au moins deux médecins et un auxiliaire médical salariés avec un projet de santé validé par l’ARS.'
		}
	},
	'réponses . centre de santé': {
		question: 'La structure est-elle un centre de santé (CDS) ?',
		raisons: { oui: 'La structure est un centre de santé.', non: 'Ce financement est réservé aux centres de santé.' }
	},
	'réponses . projet CPTS': {
		question:
			'Le projet réunit-il les professionnels d’un territoire en CPTS, avec un projet de santé validé par l’ARS ?',
		raisons: {
			oui: 'Les professionnels du territoire sont réunis en CPTS autour d’un projet de santé validé.',
			non: 'Condition initiale non remplie : les professionnels d’un territoire avec un projet de santé validé par l’ARS.'
		}
	},

	// ——— Conditions composées ———
	condition: { valeur: 'oui' },
	'condition . pas de CAIM': {
		valeur: 'réponses . bénéficiaire CAIM = non',
		raisons: {
			oui: 'Vous n’avez pas bénéficié du CAIM.',
			non: 'Le COSCOM est réservé aux médecins qui n’ont pas bénéficié du CAIM (brochure médecins, p. #19).'
		}
	},
	'condition . pas de CAICD': {
		valeur: 'réponses . bénéficiaire CAICD = non',
		raisons: {
			oui: 'Vous n’avez pas bénéficié du CAICD.',
			non: 'Le CAMCD est réservé aux chirurgiens-dentistes qui n’ont pas bénéficié du CAICD (brochure chirurgiens-dentistes, p. #13).'
		}
	},
	'condition . médecin de plus de 60 ans': {
		valeur: 'réponses . âge > 60',
		raisons: { oui: 'Vous avez plus de 60 ans.', non: 'Le COTRAM est réservé aux médecins de plus de 60 ans.' }
	},
	'condition . successeur de moins de 50 ans': {
		valeur: 'réponses . âge du successeur < 50',
		raisons: {
			oui: 'Vous accueillez un médecin de moins de 50 ans.',
			non: 'Le COTRAM suppose d’accueillir un médecin de moins de 50 ans.'
		}
	},
	'condition . non signataire CESP': { valeur: 'réponses . signataire CESP = non' },
	// « Attention les signataires CESP ne peuvent accéder à cette aide que dans les zones sous dotées ou très sous dotées » (brochure chirurgiens-dentistes, p. #10).
	'condition . zone compatible CESP': {
		'une de ces conditions': ['condition . non signataire CESP', 'zone . dentaire sous-dense'],
		raisons: {
			oui: 'Pas de restriction liée au CESP : vous n’êtes pas signataire, ou la zone dentaire est très sous-dotée ou sous-dotée.',
			inconnu:
				'Les signataires d’un CESP ne peuvent en bénéficier qu’en zone très sous-dotée ou sous-dotée ; la commune est en zone {zonage-dentistes} du zonage dentaire.',
			non: 'Signataire d’un CESP, vous ne pouvez bénéficier de cette aide qu’en zone très sous-dotée ou sous-dotée ; la commune est en zone {zonage-dentistes}.'
		}
	},
	'condition . MSP ou CPTS': {
		'une de ces conditions': ['réponses . équipe MSP', 'réponses . projet CPTS'],
		raisons: { non: 'Ce financement concerne les coordonnateurs de MSP et de CPTS ayant un projet de santé validé.' }
	},
	'condition . CDE encore proposé': {
		valeur: 'non',
		raisons: {
			non: 'Les contrats de début d’exercice (CDE, et avant eux PTMG et PTMA) ne sont plus proposés depuis janvier 2024 (brochure médecins, p. #4).'
		}
	},

	// ——— Aides (une règle par aide et par public) ———
	// Étudiants (M#7, M#8, M#9 ; D#7)
	'CESP médecine': { 'toutes ces conditions': ['public . étudiant en médecine', 'zone . sous-dense médecins'] },
	'CESP odontologie': { 'toutes ces conditions': ['public . étudiant en odontologie', 'zone . dentaire sous-dense'] },
	// « quel que soit le zonage » : la seule condition du forfait transport est la distance.
	'forfait transport': { 'toutes ces conditions': ['public . étudiant en médecine', 'réponses . stage à plus de 15 km'] },
	'forfait hébergement': {
		'toutes ces conditions': [
			'public . étudiant en médecine',
			'zone . sous-dense médecins',
			'réponses . logement à titre onéreux'
		]
	},
	'CDER étudiant': {
		'toutes ces conditions': [
			'public . étudiant en 3e cycle de médecine',
			'zone . sous-dense médecins',
			'réponses . licence de remplacement'
		]
	},
	'CDER remplaçant': {
		'toutes ces conditions': ['public . médecin remplaçant', 'zone . sous-dense médecins', 'réponses . première année en libéral']
	},
	'COSCOM MSU': { 'toutes ces conditions': ['public . maître de stage', 'zone . ZIP'] },

	// Installation (M#12, M#13, M#15, M#16, M#17 ; D#9, D#10, D#11)
	CAIM: { 'toutes ces conditions': ['public . médecin libéral', 'zone . ZIP'] },
	'contrat ARS territoires médecins': {
		'toutes ces conditions': ['public . médecin libéral', 'zone . sous-dense médecins', 'zone . territoire ciblé ARS']
	},
	'contrat ARS territoires dentistes': {
		'toutes ces conditions': ['public . chirurgien-dentiste', 'zone . territoire ciblé ARS', 'condition . zone compatible CESP']
	},
	CDE: { 'toutes ces conditions': ['condition . CDE encore proposé'] },
	// Volet 1 : « quel que soit le zonage pour l’activité en établissement ».
	'contrat 400 MG exercice partagé': { 'toutes ces conditions': ['public . médecin salarié'] },
	'contrat 400 MG ambulatoire': { 'toutes ces conditions': ['public . médecin salarié', 'zone . ZIP'] },
	'exonération ZRR': { 'toutes ces conditions': ['zone . ZRR'] },
	'exonération FRR': { 'toutes ces conditions': ['zone . classée FRR'] },
	CAICD: { 'toutes ces conditions': ['public . chirurgien-dentiste', 'zone . dentaire très sous-dotée'] },

	// Maintien en ZIP / zone très sous-dotée (M#19 à M#22 ; D#13)
	COSCOM: { 'toutes ces conditions': ['public . médecin libéral', 'zone . ZIP', 'condition . pas de CAIM'] },
	COTRAM: {
		'toutes ces conditions': [
			'public . médecin libéral',
			'zone . ZIP',
			'condition . médecin de plus de 60 ans',
			'condition . successeur de moins de 50 ans'
		]
	},
	CSTM: { 'toutes ces conditions': ['public . médecin libéral', 'zone . ZIP', 'réponses . installé hors ZIP'] },
	'exonération PDSA': { 'toutes ces conditions': ['public . médecin libéral', 'zone . secteur de garde avec ZIP'] },
	CAMCD: {
		'toutes ces conditions': ['public . chirurgien-dentiste', 'zone . dentaire très sous-dotée', 'condition . pas de CAICD']
	},

	// Exercice coordonné, « sur tout le territoire » sauf les aides aux centres de santé (M#24 à M#27 ; D#15 à D#18)
	'aide ESP': { 'toutes ces conditions': ['réponses . équipe ESP'] },
	'aide MSP': { 'toutes ces conditions': ['réponses . équipe MSP'] },
	'ACI MSP': { 'toutes ces conditions': ['réponses . équipe MSP'] },
	'aide CDS': { 'toutes ces conditions': ['zone . sous-dense médecins', 'réponses . équipe CDS'] },
	'ACI CDS': { 'toutes ces conditions': ['réponses . centre de santé'] },
	'contrats démographiques CDS': { 'toutes ces conditions': ['zone . ZIP', 'réponses . centre de santé'] },
	'aide CPTS': { 'toutes ces conditions': ['réponses . projet CPTS'] },
	'ACI CPTS': { 'toutes ces conditions': ['réponses . projet CPTS'] },
	'formation des coordonnateurs': { 'toutes ces conditions': ['condition . MSP ou CPTS'] }
} satisfies Record<string, Regle>;

export type NomRegle = keyof typeof REGLES;
