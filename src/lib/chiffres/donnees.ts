/**
 * Key figures ("chiffres clés") printed in the two ARS Occitanie brochures.
 * Every number is copied from the brochure text; nothing is computed or estimated.
 * `texte` keeps the printed phrase (whitespace collapsed) so tests can find it in the source.
 */

export type DateChiffre = '01/01/2024' | '30/06/2023';
export type DocumentSource = 'médecins 27/12/2023' | 'chirurgiens-dentistes 30/06/2023';

export interface Source {
	document: DocumentSource;
	page: string;
}

/** One number of a figure: the headline or one of the sub-values printed with it. */
export interface Valeur {
	/** Stable key, shared across dates so charts keep the same colour and order. */
	cle: string;
	libelle: string;
	valeur: number;
	/** Printed as "(+ n …)" after the "dont" list rather than inside it. */
	enSus?: true;
}

/** One figure as printed at one date in one brochure. */
export interface Mesure {
	date: DateChiffre;
	source: Source;
	/** The printed phrase carrying the numbers. */
	texte: string;
	/** The explanatory line printed with it (or with its section). */
	note?: string;
	/** The first number of the phrase. */
	total: Valeur;
	/** Sub-values printed after it ("dont …", "491 Med / 136 CD", "(93 CDE, …)"). */
	parts: Valeur[];
	/**
	 * 'complete' when the brochure's parts add up exactly to the total;
	 * 'partielle' when they are a subset ("dont 261 ayant signé l'ACI").
	 */
	ventilation: 'complete' | 'partielle';
}

/** The same figure followed over the available dates (a chart). */
export interface Serie {
	id: string;
	titre: string;
	mesures: Mesure[];
}

export interface Groupe {
	id: string;
	titre: string;
	series: Serie[];
}

/*
 * Page references. In the extracted text a footer marker precedes the page it numbers (#13 comes just
 * before the contrat ARS, #14 before the CDER…); "#4" precedes the médecins zoning map and "#5" the map
 * of the ARS's targeted territories, so the key figures, before both, are page #3 of each brochure —
 * the same reading as the aid rules (src/lib/aides/INTERPRETATION.md).
 */
const MEDECINS: Source = { document: 'médecins 27/12/2023', page: '#3' };
const DENTISTES: Source = { document: 'chirurgiens-dentistes 30/06/2023', page: '#3' };

const AU_01_01_2024 = { date: '01/01/2024', source: MEDECINS } as const;
const AU_30_06_2023 = { date: '30/06/2023', source: DENTISTES } as const;

const NOTE_CESP = 'Aide CNG depuis 2012 pour les 2e et 3e cycle. Suivi ARS.';
const NOTE_ARS_TERRITOIRES =
	'Contrats spécifiques ARS Occitanie depuis décembre 2019 (extension en mai 2022).';
const NOTE_STRUCTURES = 'Aide spécifique ARS et Assurance Maladie (ACI).';

const total = (valeur: number, libelle = 'Total'): Valeur => ({ cle: 'total', libelle, valeur });
const ACI = (valeur: number): Valeur => ({ cle: 'aci', libelle: 'Ayant signé l’ACI', valeur });

export const groupes: Groupe[] = [
	{
		id: 'etudiants',
		titre: 'Étudiants',
		series: [
			{
				id: 'cesp',
				titre: 'Contrats d’engagement de service public (CESP)',
				mesures: [
					{
						...AU_30_06_2023,
						texte:
							'560 Contrats d’engagement de service public (CESP) 440 Médecins / 120 Chirurgiens Dentistes',
						note: NOTE_CESP,
						total: total(560),
						parts: [
							{ cle: 'medecins', libelle: 'Médecins', valeur: 440 },
							{ cle: 'dentistes', libelle: 'Chirurgiens-dentistes', valeur: 120 }
						],
						ventilation: 'complete'
					},
					{
						...AU_01_01_2024,
						texte: '627 Contrats d’Engagement de Service Public (CESP) 491 Med / 136 CD',
						note: NOTE_CESP,
						total: total(627),
						parts: [
							{ cle: 'medecins', libelle: 'Médecins', valeur: 491 },
							{ cle: 'dentistes', libelle: 'Chirurgiens-dentistes', valeur: 136 }
						],
						ventilation: 'complete'
					}
				]
			},
			{
				id: 'ipa',
				titre: 'Infirmiers en pratique avancée (IPA) formés',
				mesures: [
					{
						...AU_01_01_2024,
						texte: '172 IPA formés dont 95 avec financement ARS',
						note: 'Aide spécifique ARS depuis 2018.',
						total: total(172, 'IPA formés'),
						parts: [{ cle: 'financement-ars', libelle: 'Avec financement ARS', valeur: 95 }],
						ventilation: 'partielle'
					}
				]
			}
		]
	},
	{
		id: 'installation-liberaux',
		titre: 'Installation des médecins et chirurgiens-dentistes libéraux',
		series: [
			{
				id: 'caim',
				titre: 'Contrat d’aide à l’installation des médecins (CAIM)',
				mesures: [
					{
						...AU_01_01_2024,
						texte: '193 Contrat Aide à l’Installation des Médecins (CAIM)',
						note: 'Contrats co-signés Assurance Maladie et ARS depuis 2017.',
						total: total(193, 'Contrats CAIM'),
						parts: [],
						ventilation: 'complete'
					}
				]
			},
			{
				id: 'cde',
				titre: 'Contrat de début d’exercice ARS médecins (CDE, PTMG, PTMA)',
				mesures: [
					{
						...AU_01_01_2024,
						texte: '266 Contrat Début d’Exercice ARS médecins (93 CDE, 153 PTMG, 20 PTMA)',
						note: 'PTMG et PTMA de 2013 à 2021 puis CDE de nov 2021 à déc 2023. Ces contrats ne sont plus proposés depuis janvier 2024.',
						total: total(266),
						parts: [
							{ cle: 'cde', libelle: 'CDE', valeur: 93 },
							{ cle: 'ptmg', libelle: 'PTMG', valeur: 153 },
							{ cle: 'ptma', libelle: 'PTMA', valeur: 20 }
						],
						ventilation: 'complete'
					}
				]
			},
			{
				id: 'contrats-ars-territoires',
				titre:
					'Contrats ARS Massif / Montagne / QPV / 3 départements (09 Ariège, 32 Gers, 65 Hautes-Pyrénées)',
				mesures: [
					{
						// The dentistes brochure gives only the dentistes' contracts, no médecins total.
						...AU_30_06_2023,
						texte:
							'22 Contrat ARS dentistes Massif / Montagne / QPV / 3 départements 09 Ariège, 32 Gers, 65 Hautes Pyrénées',
						note: NOTE_ARS_TERRITOIRES,
						total: { cle: 'dentistes', libelle: 'Dentistes', valeur: 22 },
						parts: [],
						ventilation: 'complete'
					},
					{
						...AU_01_01_2024,
						texte:
							'158 (dont 30 dentistes) Contrat ARS médecins et dentistes Massif / Montagne / QPV / 3 départements 09 Ariège, 32 Gers, 65 Hautes Pyrénées',
						note: NOTE_ARS_TERRITOIRES,
						total: total(158, 'Médecins et dentistes'),
						parts: [{ cle: 'dentistes', libelle: 'Dentistes', valeur: 30 }],
						ventilation: 'partielle'
					}
				]
			},
			{
				id: 'caicd',
				titre: 'Contrat d’aide à l’installation des chirurgiens-dentistes (CAICD)',
				mesures: [
					{
						...AU_30_06_2023,
						texte: '7 Contrat Aide à l’Installation des Dentistes (CAICD)',
						note: 'Contrats signés avec l’Assurance Maladie depuis 2017.',
						total: total(7, 'Contrats CAICD'),
						parts: [],
						ventilation: 'complete'
					}
				]
			}
		]
	},
	{
		id: 'medecins-salaries',
		titre: 'Installation des médecins salariés',
		series: [
			{
				id: '400-mg',
				titre: 'Contrats ARS médecins « 400 MG » V2 dans les centres de santé',
				mesures: [
					{
						...AU_01_01_2024,
						texte: '64 Contrat ARS médecins « 400 MG » V2 dans les Centres de Santé',
						note: 'Contrats spécifiques ARS Occitanie depuis mai 2019.',
						total: total(64, 'Contrats 400 MG'),
						parts: [],
						ventilation: 'complete'
					}
				]
			}
		]
	},
	{
		id: 'exercice-coordonne',
		titre: 'Contrats d’exercice coordonné des professionnels libéraux',
		series: [
			{
				id: 'coscom-cotram-cstm',
				titre: 'Contrats médecins COSCOM, COTRAM et CSTM',
				mesures: [
					{
						...AU_01_01_2024,
						texte: '307 Contrats médecins dont 274 COSCOM, 18 COTRAM et 15 CSTM',
						note: 'Contrats co-signés Assurance Maladie et ARS.',
						total: total(307),
						parts: [
							{ cle: 'coscom', libelle: 'COSCOM', valeur: 274 },
							{ cle: 'cotram', libelle: 'COTRAM', valeur: 18 },
							{ cle: 'cstm', libelle: 'CSTM', valeur: 15 }
						],
						ventilation: 'complete'
					}
				]
			},
			{
				id: 'contrats-autres-professions',
				titre: 'Contrats des autres professions de santé',
				mesures: [
					{
						// 99 + 66 + 37 + 17 + 1 = 220; with the 13 CDS printed apart, 233.
						...AU_01_01_2024,
						texte:
							'233 Contrats dont 99 Kinés, 66 Orthophonistes, 37 Sages-femmes, 17 Dentistes, 1 Infirmier (+ 13 CDS)',
						note: 'Contrats co-signés Assurance Maladie et ARS.',
						total: total(233),
						parts: [
							{ cle: 'kines', libelle: 'Kinés', valeur: 99 },
							{ cle: 'orthophonistes', libelle: 'Orthophonistes', valeur: 66 },
							{ cle: 'sages-femmes', libelle: 'Sages-femmes', valeur: 37 },
							{ cle: 'dentistes', libelle: 'Dentistes', valeur: 17 },
							{ cle: 'infirmiers', libelle: 'Infirmier', valeur: 1 },
							{ cle: 'cds', libelle: 'Centres de santé (CDS)', valeur: 13, enSus: true }
						],
						ventilation: 'complete'
					}
				]
			},
			{
				id: 'camcd',
				titre: 'Contrats d’aide au maintien des chirurgiens-dentistes (CAMCD)',
				mesures: [
					{
						...AU_30_06_2023,
						texte: '10 Contrats CAMCD avec les Dentistes',
						note: 'Contrats signés avec l’Assurance Maladie.',
						total: total(10, 'Contrats CAMCD'),
						parts: [],
						ventilation: 'complete'
					}
				]
			}
		]
	},
	{
		id: 'structures',
		titre: 'Structures d’exercice coordonné',
		series: [
			{
				id: 'esp',
				titre: 'Équipes de soins primaires (ESP)',
				mesures: [
					{
						...AU_30_06_2023,
						texte: '41 Equipes de Soins Primaires (ESP)',
						note: NOTE_STRUCTURES,
						total: total(41, 'ESP'),
						parts: [],
						ventilation: 'complete'
					},
					{
						...AU_01_01_2024,
						texte: '38 Equipes de Soins Primaires (ESP)',
						note: NOTE_STRUCTURES,
						total: total(38, 'ESP'),
						parts: [],
						ventilation: 'complete'
					}
				]
			},
			{
				id: 'msp',
				titre: 'Maisons de santé pluri-professionnelles (MSP)',
				mesures: [
					{
						...AU_30_06_2023,
						texte:
							'314 Maisons de santé pluri-professionnelles (MSP) avec projet de santé validé dont 243 ayant signé l’ACI',
						note: NOTE_STRUCTURES,
						total: total(314, 'Projet de santé validé'),
						parts: [ACI(243)],
						ventilation: 'partielle'
					},
					{
						...AU_01_01_2024,
						texte:
							'329 Maisons de santé pluri-professionnelles (MSP) avec projet de santé validé dont 261 ayant signé l’ACI',
						note: NOTE_STRUCTURES,
						total: total(329, 'Projet de santé validé'),
						parts: [ACI(261)],
						ventilation: 'partielle'
					}
				]
			},
			{
				id: 'centres-sante',
				titre: 'Centres de santé en fonctionnement',
				mesures: [
					{
						...AU_30_06_2023,
						texte:
							'253 Centres de Santé en fonctionnement dont 59 Pluriprofessionnels et 43 médicaux',
						note: NOTE_STRUCTURES,
						total: total(253),
						parts: [
							{ cle: 'pluriprofessionnels', libelle: 'Pluriprofessionnels', valeur: 59 },
							{ cle: 'medicaux', libelle: 'Médicaux', valeur: 43 }
						],
						ventilation: 'partielle'
					},
					{
						...AU_01_01_2024,
						texte:
							'255 Centres de Santé en fonctionnement dont 60 Pluriprofessionnels et 46 médicaux',
						note: NOTE_STRUCTURES,
						total: total(255),
						parts: [
							{ cle: 'pluriprofessionnels', libelle: 'Pluriprofessionnels', valeur: 60 },
							{ cle: 'medicaux', libelle: 'Médicaux', valeur: 46 }
						],
						ventilation: 'partielle'
					}
				]
			},
			{
				id: 'cpts',
				titre: 'Communautés professionnelles territoriales de santé (CPTS)',
				mesures: [
					{
						...AU_30_06_2023,
						texte:
							'81 Communautés professionnelles territoriales de Santé (CPTS) dont 43 ayant signé l’ACI',
						note: NOTE_STRUCTURES,
						total: total(81),
						parts: [ACI(43)],
						ventilation: 'partielle'
					},
					{
						...AU_01_01_2024,
						texte:
							'82 Communautés professionnelles territoriales de Santé (CPTS) dont 52 ayant signé l’ACI',
						note: NOTE_STRUCTURES,
						total: total(82),
						parts: [ACI(52)],
						ventilation: 'partielle'
					}
				]
			},
			{
				id: 'dac',
				titre: 'Dispositifs d’appui à la coordination (DAC) pour le parcours de santé',
				mesures: [
					{
						...AU_30_06_2023,
						texte: '13 DAC pour le parcours de santé',
						note: NOTE_STRUCTURES,
						total: total(13, 'DAC'),
						parts: [],
						ventilation: 'complete'
					},
					{
						...AU_01_01_2024,
						texte: '13 DAC pour le parcours de santé',
						note: NOTE_STRUCTURES,
						total: total(13, 'DAC'),
						parts: [],
						ventilation: 'complete'
					}
				]
			}
		]
	}
];

export type FiltreDocument = 'medecins' | 'dentistes' | 'tous';

const DOCUMENT_DU_FILTRE: Record<Exclude<FiltreDocument, 'tous'>, DocumentSource> = {
	medecins: MEDECINS.document,
	dentistes: DENTISTES.document
};

/** The groups restricted to one brochure; series and groups left empty are dropped. */
export function filtrerGroupes(filtre: FiltreDocument, source: Groupe[] = groupes): Groupe[] {
	if (filtre === 'tous') return source;
	const document = DOCUMENT_DU_FILTRE[filtre];
	return source
		.map((groupe) => ({
			...groupe,
			series: groupe.series
				.map((serie) => ({
					...serie,
					mesures: serie.mesures.filter((m) => m.source.document === document)
				}))
				.filter((serie) => serie.mesures.length > 0)
		}))
		.filter((groupe) => groupe.series.length > 0);
}
