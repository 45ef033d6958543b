/**
 * What the brochures say about each aid besides eligibility: title, amount, duration, payer,
 * commitments, page. Amounts are copied as printed. When the médecins and chirurgiens-dentistes
 * brochures (or two pages of one brochure) differ, a `variante` overrides the base for some profiles.
 */
import type { NomRegle } from './regles';
import type { AideId, Montant, ProfilId, Source } from './types';

export interface FicheAide {
	id: AideId;
	titre: string;
	/** The publicodes rule that decides eligibility. */
	regle: NomRegle;
	montant: Montant | null;
	montantTexte: string | null;
	duree: string | null;
	financeur: string;
	obligations: string[];
	source: Source;
	/** Set when the brochure's rule or zoning has been superseded since. */
	validite: string | null;
	/** Context always added to the reasons (non-cumul details, data caveats). */
	notes: string[];
	/** Other aids it cannot be combined with; symmetric (derived from NON_CUMULS). */
	incompatibleAvec: AideId[];
}

type Variante = Partial<Omit<FicheAide, 'id' | 'incompatibleAvec'>> & { profils: ProfilId[] };
type DefinitionAide = Omit<FicheAide, 'incompatibleAvec' | 'notes'> & { notes?: string[]; variantes?: Variante[] };

const M = (page: string): Source => ({ document: 'médecins 27/12/2023', page });
const D = (page: string): Source => ({ document: 'chirurgiens-dentistes 30/06/2023', page });
const euros = (min: number | null, max: number, periode: Montant['periode']): Montant => ({ min, max, unite: '€', periode });

const CNG = 'Centre national de gestion (CNG)';
const ETAT_CHU = 'État, par l’intermédiaire des CHU de rattachement';
const ARS = 'ARS Occitanie';
const AM_ARS = 'Assurance Maladie, avec co-signature de l’ARS';
const AM = 'Assurance Maladie';
const DDFIP = 'Services fiscaux (DDFIP)';

const EXERCICE_COORDONNE =
	'Participer à un exercice coordonné (groupe formé entre médecins ou groupe pluri-professionnel, quelle que soit sa forme juridique).';
const PDSA = 'Participer à la permanence des soins ambulatoires (PDSA).';
const ZONAGE_DENTAIRE =
	'La brochure (30/06/2023) renvoie au zonage dentaire de 2012 ; un nouveau zonage s’applique depuis 2024 et c’est lui qui est utilisé ici : à confirmer auprès de l’ARS.';

const DENTISTES: ProfilId[] = ['chirurgien-dentiste-liberal'];
/** Collective aids appear in both brochures, on different pages. */
const collective = (pageMedecins: string, pageDentistes: string) => ({
	source: M(pageMedecins),
	variantes: [{ profils: DENTISTES, source: D(pageDentistes) }]
});

const DEFINITIONS: DefinitionAide[] = [
	{
		id: 'cesp',
		titre: 'Contrat d’engagement de service public (CESP)',
		regle: 'CESP médecine',
		montant: euros(1200, 1200, 'mois'),
		montantTexte: 'Allocation mensuelle de 1 200 € brut (1 085 € net)',
		duree: 'De la signature du contrat jusqu’à la validation du DES et de la thèse',
		financeur: CNG,
		obligations: [
			'S’installer en zone sous-dense (ZIP ou ZAC) à la fin des études, autant de mois que de mensualités perçues.'
		],
		source: M('#7'),
		validite: null,
		notes: [
			'Aide ouverte à partir de la 4e année des études ; la commune choisie est prise comme lieu d’installation envisagé.'
		],
		variantes: [
			{
				profils: ['etudiant-odontologie'],
				regle: 'CESP odontologie',
				duree: 'De la signature du contrat jusqu’à la validation de la thèse',
				obligations: [
					'S’installer en zone très sous-dotée ou sous-dotée du zonage dentaire à la fin des études, autant de mois que de mensualités perçues.'
				],
				source: D('#7'),
				validite: ZONAGE_DENTAIRE
			}
		]
	},
	{
		id: 'forfait-transport',
		titre: 'Forfait mensuel de transport',
		regle: 'forfait transport',
		montant: euros(130, 130, 'mois'),
		montantTexte: '130 € par mois',
		duree: null,
		financeur: ETAT_CHU,
		obligations: [],
		source: M('#8'),
		validite: null,
		notes: ['Condition de distance « quel que soit le zonage » : la zone de la commune n’intervient pas.']
	},
	{
		id: 'forfait-hebergement',
		titre: 'Forfait mensuel d’hébergement',
		regle: 'forfait hébergement',
		montant: euros(300, 300, 'mois'),
		montantTexte: '300 € par mois (étudiants de 3e cycle)',
		duree: null,
		financeur: ETAT_CHU,
		obligations: [
			'Fournir au CHU une attestation sur l’honneur certifiant supporter la charge d’un logement à titre onéreux.'
		],
		source: M('#8'),
		validite: null,
		notes: ['La commune choisie est prise comme lieu du stage.'],
		variantes: [
			{
				profils: ['etudiant-medecine-2e-cycle'],
				montant: euros(150, 150, 'mois'),
				montantTexte: '150 € par mois (étudiants de 2e cycle)'
			}
		]
	},
	{
		id: 'cder',
		titre: 'Contrat de début d’exercice remplaçant (CDER)',
		regle: 'CDER étudiant',
		montant: euros(8325, 15000, 'trimestre'),
		montantTexte:
			'Rémunération complémentaire forfaitaire de 8 325 à 15 000 € par trimestre, au prorata du nombre de journées de remplacement (de 29 à 53 jours)',
		duree: 'Pendant les 12 premiers mois (engagement sur 3 ans)',
		financeur: ARS,
		obligations: ['Réaliser des remplacements en ambulatoire.', 'S’engager sur 3 ans.'],
		source: M('#9'),
		validite: null,
		notes: [
			'Forfait complémentaire sous condition pendant tout le contrat en cas de maladie, maternité, paternité ou adoption (sauf aide conventionnelle ou légale).'
		],
		variantes: [
			{
				profils: ['medecin-remplacant'],
				regle: 'CDER remplaçant',
				montantTexte:
					'Garantie de revenus (forfait complémentaire sous conditions) de 8 325 à 15 000 € par trimestre, au prorata du nombre de journées de remplacement (de 29 à 53 jours)',
				obligations: [
					'S’engager sur 3 ans dans un exercice coordonné (ESP, MSP, CPTS) en vue d’une installation en libéral.',
					PDSA
				],
				source: M('#14'),
				notes: []
			}
		]
	},
	{
		id: 'coscom-msu',
		titre: 'COSCOM maître de stage universitaire (MSU)',
		regle: 'COSCOM MSU',
		montant: euros(300, 300, 'mois'),
		montantTexte: 'Revalorisation des honoraires pédagogiques : 300 € de plus par mois',
		duree: null,
		financeur: AM_ARS,
		obligations: [EXERCICE_COORDONNE],
		source: M('#10'),
		validite: null
	},
	{
		id: 'caim',
		titre: 'Contrat d’aide à l’installation des médecins (CAIM)',
		regle: 'CAIM',
		montant: euros(31250, 50000, 'unique'),
		montantTexte: 'Aide forfaitaire à l’installation de 31 250 € à 50 000 € sous conditions',
		duree: 'Engagement sur 5 ans',
		financeur: AM_ARS,
		obligations: [`Exercer 5 ans en exercice coordonné. ${EXERCICE_COORDONNE}`, PDSA],
		source: M('#12'),
		validite: null,
		notes: ['Non cumulable non plus avec les options démographiques ; adhésion possible au COSCOM ou au COTRAM à l’issue du CAIM.']
	},
	{
		id: 'contrat-ars-territoires',
		titre: 'Contrat ARS d’aide à l’installation Montagne, Massif, QPV, départements 09 – 32 – 65',
		regle: 'contrat ARS territoires médecins',
		montant: euros(31250, 50000, 'unique'),
		montantTexte:
			'Aide forfaitaire à l’installation de 31 250 € à 50 000 € sous conditions, au prorata du nombre de demi-journées travaillées',
		duree: 'Engagement sur 5 ans',
		financeur: ARS,
		obligations: ['S’engager 5 ans dans un exercice coordonné (ESP, MSP, CPTS).', PDSA],
		source: M('#13'),
		validite: null,
		notes: [
			'Non cumulable avec le CAIM de l’Assurance Maladie, qui existe aussi dans les communes en ZIP : en ZIP, il faut choisir l’un ou l’autre.',
			'La liste des communes classées en zone de montagne n’est pas disponible : seule l’appartenance à un massif est vérifiée ici.'
		],
		variantes: [
			{
				profils: DENTISTES,
				regle: 'contrat ARS territoires dentistes',
				obligations: [
					'S’engager 5 ans dans un exercice coordonné (ESP, MSP, CPTS).',
					'Participer à la permanence des soins dentaire (PDS dentaire).'
				],
				source: D('#10'),
				validite: ZONAGE_DENTAIRE,
				notes: [
					'Non cumulable avec le CAICD.',
					'Les signataires d’un CESP ne peuvent en bénéficier qu’en zone très sous-dotée ou sous-dotée, où ils doivent exercer autant de mois qu’ils ont perçu l’allocation.',
					'La liste des communes classées en zone de montagne n’est pas disponible : seule l’appartenance à un massif est vérifiée ici.'
				]
			}
		]
	},
	{
		id: 'cde',
		titre: 'Contrat de début d’exercice (CDE, PTMG, PTMA)',
		regle: 'CDE',
		montant: null,
		montantTexte: null,
		duree: null,
		financeur: ARS,
		obligations: [],
		source: M('#4'),
		validite: 'Plus proposé depuis janvier 2024 (PTMG et PTMA de 2013 à 2021, puis CDE de novembre 2021 à décembre 2023).'
	},
	{
		id: 'contrat-400mg-exercice-partage',
		titre: 'Contrat « 400 MG » volet 1 : exercice partagé',
		regle: 'contrat 400 MG exercice partagé',
		montant: null,
		montantTexte: 'Garantie financière pendant 2 ans (salaire de praticien hospitalier) pour l’activité en établissement',
		duree: '2 ans',
		financeur: ARS,
		obligations: [
			'Partager l’exercice entre un établissement (sanitaire ou médico-social) et une activité complémentaire obligatoirement ambulatoire, en libéral ou en salariat.'
		],
		source: M('#15'),
		validite: null,
		notes: ['Quel que soit le zonage pour l’activité en établissement.']
	},
	{
		id: 'contrat-400mg-ambulatoire',
		titre: 'Contrat « 400 MG » volet 2 : exercice en ambulatoire',
		regle: 'contrat 400 MG ambulatoire',
		montant: euros(null, 2170, 'mois'),
		montantTexte:
			'Complément de salaire garantissant un salaire plancher de 6 900 € brut par mois (temps plein, activité minimale de 165 actes) et prise en charge des charges patronales plafonnée à 2 170 € par mois',
		duree: '2 ans',
		financeur: 'ARS Occitanie (contrat tripartite ARS – médecin – employeur ; charges patronales : contrat bipartite ARS – employeur)',
		obligations: ['Rester 5 ans.', EXERCICE_COORDONNE, PDSA],
		source: M('#16'),
		validite: null,
		notes: ['Chaque poste de médecin généraliste d’un centre de santé n’est financé qu’une fois par l’ARS.']
	},
	{
		id: 'exoneration-zrr',
		titre: 'Exonérations fiscales en zone de revitalisation rurale (ZRR)',
		regle: 'exonération ZRR',
		montant: null,
		montantTexte: 'Exonération d’impôt sur les bénéfices et de cotisation foncière des entreprises (CFE), sous conditions',
		duree: null,
		financeur: DDFIP,
		obligations: [],
		source: M('#17'),
		validite:
			'Le zonage ZRR a été remplacé par France Ruralités Revitalisation (FRR) le 1er juillet 2024 : c’est désormais le classement FRR qui compte (voir l’exonération FRR).',
		variantes: [{ profils: DENTISTES, source: D('#11') }]
	},
	{
		id: 'exoneration-frr',
		titre: 'Exonérations fiscales France Ruralités Revitalisation (FRR)',
		regle: 'exonération FRR',
		montant: null,
		montantTexte: 'Exonérations fiscales du régime FRR, sous conditions : régime et taux à vérifier auprès de la DDFIP',
		duree: null,
		financeur: DDFIP,
		obligations: [],
		source: M('#17'),
		validite:
			'Régime en vigueur depuis le 1er juillet 2024, annoncé par le projet de loi de finances pour 2024 que cite la brochure, qui n’en détaille pas les conditions ; classement FRR au 10/07/2025.',
		variantes: [{ profils: DENTISTES, source: D('#11') }]
	},
	{
		id: 'coscom',
		titre: 'Contrat de stabilisation et de coordination des médecins (COSCOM)',
		regle: 'COSCOM',
		montant: euros(5000, 5000, 'an'),
		montantTexte: 'Aide forfaitaire de 5 000 € par an',
		duree: '3 ans, renouvelable',
		financeur: AM_ARS,
		obligations: [EXERCICE_COORDONNE],
		source: M('#19'),
		validite: null,
		notes: ['La brochure prévoit aussi l’adhésion au COSCOM à l’issue d’un CAIM ou d’un COTRAM (pages #12 et #20).']
	},
	{
		id: 'cotram',
		titre: 'Contrat de transition des médecins (COTRAM)',
		regle: 'COTRAM',
		montant: euros(null, 20000, 'an'),
		montantTexte: 'Valorisation de 10 % des honoraires conventionnés, plafonnée à 20 000 € par an',
		duree: null,
		financeur: AM_ARS,
		obligations: ['Accompagner le médecin accueilli, votre successeur.'],
		source: M('#20'),
		validite: null,
		notes: ['Adhésion possible au COSCOM à l’issue du COTRAM, en cas de poursuite de l’activité libérale.']
	},
	{
		id: 'cstm',
		titre: 'Contrat de solidarité territoriale des médecins (CSTM)',
		regle: 'CSTM',
		montant: euros(null, 50000, 'an'),
		montantTexte:
			'Majoration de 25 % des honoraires concernés sur les ZIP, dans la limite de 50 000 € par an, et indemnisation des frais de déplacement',
		duree: '3 ans, renouvelable',
		financeur: AM_ARS,
		obligations: ['Réaliser des vacations en ZIP au moins 10 jours par an.'],
		source: M('#21'),
		validite: null,
		notes: ['Le CSTM rémunère des vacations dans une commune en ZIP : la commune choisie est celle où vous viendriez en renfort.']
	},
	{
		id: 'exoneration-pdsa',
		titre: 'Exonération fiscale des rémunérations de permanence des soins ambulatoires (PDSA)',
		regle: 'exonération PDSA',
		montant: null,
		montantTexte:
			'Exonération fiscale, à hauteur de 60 jours par an, des rémunérations d’astreinte et majorations spécifiques de PDSA',
		duree: null,
		financeur: DDFIP,
		obligations: ['Participer effectivement au tableau de garde (régulation et/ou effection).'],
		source: M('#22'),
		validite: null,
		notes: ['Détail des secteurs de garde : ARS (cahier des charges PDSA) ; conditions d’éligibilité : DDFIP de votre département.']
	},
	{
		id: 'caicd',
		titre: 'Contrat d’aide à l’installation des chirurgiens-dentistes (CAICD)',
		regle: 'CAICD',
		montant: euros(31250, 50000, 'unique'),
		montantTexte: 'Aide forfaitaire à l’installation de 31 250 € à 50 000 € sous conditions',
		duree: 'Engagement sur 5 ans',
		financeur: AM_ARS,
		obligations: [
			`Exercer 5 ans en exercice coordonné. ${EXERCICE_COORDONNE}`,
			'Participer à la permanence des soins dentaire (PDS dentaire).'
		],
		source: D('#9'),
		validite: ZONAGE_DENTAIRE
	},
	{
		id: 'camcd',
		titre: 'Contrat d’aide au maintien d’activité des chirurgiens-dentistes (CAMCD)',
		regle: 'CAMCD',
		montant: euros(3000, 3000, 'an'),
		montantTexte: 'Aide forfaitaire de 3 000 € par an',
		duree: '3 ans, renouvelable',
		financeur: AM_ARS,
		obligations: [EXERCICE_COORDONNE],
		source: D('#13'),
		validite: ZONAGE_DENTAIRE
	},
	{
		id: 'aide-esp',
		titre: 'Aide ARS au démarrage d’une équipe de soins primaires (ESP)',
		regle: 'aide ESP',
		montant: euros(30000, 30000, 'unique'),
		montantTexte: '30 000 € sous conditions, pour la coordination et le travail en commun',
		duree: null,
		financeur: ARS,
		obligations: [],
		validite: null,
		...collective('#24', '#15')
	},
	{
		id: 'aide-msp',
		titre: 'Aide ARS au démarrage et au fonctionnement d’une maison de santé pluri-professionnelle (MSP)',
		regle: 'aide MSP',
		montant: euros(50000, 50000, 'unique'),
		montantTexte: '50 000 € sous conditions, pour la coordination et le travail en commun',
		duree: null,
		financeur: ARS,
		obligations: [],
		validite: null,
		...collective('#25', '#16')
	},
	{
		id: 'aci-msp',
		titre: 'Accord conventionnel interprofessionnel (ACI) des MSP',
		regle: 'ACI MSP',
		montant: null,
		montantTexte: 'Forfait coordination de l’Assurance Maladie selon critères (accord tripartite MSP – Assurance Maladie – ARS)',
		duree: null,
		financeur: AM,
		obligations: [],
		validite: null,
		...collective('#25', '#16')
	},
	{
		id: 'aide-cds',
		titre: 'Aide ARS au démarrage et au fonctionnement d’un centre de santé (CDS)',
		regle: 'aide CDS',
		montant: euros(50000, 50000, 'unique'),
		montantTexte: '50 000 € sous conditions, pour la coordination et le travail en commun',
		duree: null,
		financeur: ARS,
		obligations: [],
		validite: null,
		...collective('#26', '#17')
	},
	{
		id: 'aci-cds',
		titre: 'Accord conventionnel interprofessionnel (ACI) des centres de santé',
		regle: 'ACI CDS',
		montant: null,
		montantTexte: 'Forfait coordination sous conditions (accord bipartite CDS – Assurance Maladie)',
		duree: null,
		financeur: AM,
		obligations: [],
		validite: null,
		notes: ['Quel que soit le zonage médecin.'],
		...collective('#26', '#17')
	},
	{
		id: 'contrats-demographiques-cds',
		titre: 'Contrats démographiques des centres de santé (CAI, COSCO, CST)',
		regle: 'contrats démographiques CDS',
		montant: null,
		montantTexte:
			'Trois contrats versés à la structure, sans montant indiqué par la brochure : CAI (aide à l’installation, création d’une activité médicale), COSCO (stabilisation et coordination, CDS médicaux ou polyvalents installés), CST (solidarité territoriale, médecin extérieur en appui d’un CDS en ZIP)',
		duree: null,
		financeur: AM,
		obligations: [],
		validite: null,
		...collective('#26', '#17')
	},
	{
		id: 'aide-cpts',
		titre: 'Aide ARS au démarrage et au fonctionnement d’une communauté professionnelle territoriale de santé (CPTS)',
		regle: 'aide CPTS',
		montant: euros(50000, 50000, 'unique'),
		montantTexte: '50 000 € sous conditions, pour la coordination et le travail en commun',
		duree: null,
		financeur: ARS,
		obligations: [],
		validite: null,
		...collective('#27', '#18')
	},
	{
		id: 'aci-cpts',
		titre: 'Accord conventionnel interprofessionnel (ACI) des CPTS',
		regle: 'ACI CPTS',
		montant: euros(220000, 450000, 'an'),
		montantTexte: 'Forfait coordination : financement annuel selon la taille de la CPTS, entre 220 000 € et 450 000 €',
		duree: null,
		financeur: AM,
		obligations: ['Respecter le cahier des charges de l’accord conventionnel interprofessionnel.'],
		validite: null,
		...collective('#27', '#18')
	},
	{
		id: 'formation-coordonnateurs',
		titre: 'Financement ARS de la formation des coordonnateurs de MSP et de CPTS',
		regle: 'formation des coordonnateurs',
		montant: null,
		montantTexte: 'Formation des coordonnateurs financée par l’ARS (montant non précisé)',
		duree: null,
		financeur: ARS,
		obligations: [],
		validite: null,
		...collective('#25, #27', '#16, #18')
	}
];

/** Pairs the brochures declare non cumulables (page of the statement). */
export const NON_CUMULS: readonly [AideId, AideId, string][] = [
	['caim', 'coscom', 'M#12, M#19'],
	['caim', 'cotram', 'M#12, M#20'],
	['caim', 'cstm', 'M#12, M#21'],
	['coscom', 'cotram', 'M#19, M#20'],
	['coscom', 'cstm', 'M#19, M#21'],
	['cotram', 'cstm', 'M#20, M#21'],
	['caim', 'contrat-ars-territoires', 'M#13'],
	['caicd', 'camcd', 'D#9, D#13'],
	['caicd', 'contrat-ars-territoires', 'D#9, D#10']
];

function incompatibles(id: AideId): AideId[] {
	return NON_CUMULS.flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : []));
}

const DEFINITION_PAR_ID = new Map(DEFINITIONS.map((d) => [d.id, d]));

/** The fiche of an aid as seen by one profile (its variant applied), or the base fiche. */
export function ficheAide(id: AideId, profil?: ProfilId): FicheAide {
	const def = DEFINITION_PAR_ID.get(id);
	if (!def) throw new Error(`Aide inconnue : ${id}`);
	const { variantes = [], notes = [], ...base } = def;
	const { profils: _, ...variante } = (profil && variantes.find((v) => v.profils.includes(profil))) || { profils: [] };
	return { notes, ...base, ...variante, incompatibleAvec: incompatibles(id) };
}

/** Every aid, base fiche (médecins brochure first where both describe it). */
export const AIDES: Readonly<Record<AideId, FicheAide>> = Object.fromEntries(
	DEFINITIONS.map((d) => [d.id, ficheAide(d.id)])
) as Record<AideId, FicheAide>;
