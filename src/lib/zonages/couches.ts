/**
 * Zoning layers as data: one entry per layer, with its ordered value domain, French labels,
 * a colour-blind-safe palette (hues spaced for deuteranopia/protanopia, and always paired with
 * a text label in the UI — never colour alone), legend text, source and date.
 * The geodata build validates every commune value against these domains.
 */

export const NON_DISPONIBLE = 'non-disponible' as const;

export interface ValeurCouche {
	id: string;
	label: string;
	couleur: string;
}

export interface Couche {
	id: CoucheId;
	label: string;
	/** Short label for badges and table headers. */
	court: string;
	valeurs: readonly ValeurCouche[];
	legende: string;
	source: string;
	/** Vintage of the data, as shown to users. */
	date: string;
	/** False for layers no public file gives us: every commune is "non disponible". */
	disponible: boolean;
	/** The period the zoning covers and what is known of its revision, with its source, when it matters to a result. */
	periode?: string;
}

export type CoucheId =
	| 'zonage-medecins'
	| 'zonage-dentistes'
	| 'zonage-infirmiers'
	| 'zonage-masseurs-kinesitherapeutes'
	| 'zonage-orthophonistes'
	| 'zonage-sages-femmes'
	| 'apl'
	| 'massif'
	| 'qpv'
	| 'zrr'
	| 'frr'
	| 'montagne'
	| 'pdsa'
	| 'tvs';

const GRIS_ND = '#d9d9d9';
const nd: ValeurCouche = { id: NON_DISPONIBLE, label: 'Non disponible', couleur: GRIS_ND };

/**
 * Levels of the conventional zonings (chirurgiens-dentistes, infirmiers, masseurs-kinésithérapeutes,
 * orthophonistes, sages-femmes), from most to least under-served. One label and one colour per level
 * whatever the profession, so that a level looks the same on every map; each layer keeps only the
 * levels its profession uses.
 */
const NIVEAUX = {
	'tres-sous-dotee': { label: 'Très sous-dotée', couleur: '#b2182b' },
	'sous-dotee': { label: 'Sous-dotée', couleur: '#ef8a62' },
	'sous-dense': { label: 'Sous-dense', couleur: '#d6604d' },
	intermediaire: { label: 'Intermédiaire', couleur: '#fddbc7' },
	'tres-dotee': { label: 'Très dotée', couleur: '#67a9cf' },
	'sur-dotee': { label: 'Sur-dotée', couleur: '#053061' },
	'non-prioritaire': { label: 'Non prioritaire', couleur: '#2166ac' }
} as const;
type Niveau = keyof typeof NIVEAUX;

function niveaux(...utilises: Niveau[]): ValeurCouche[] {
	const ordre = Object.keys(NIVEAUX) as Niveau[];
	return [...ordre.filter((id) => utilises.includes(id)).map((id) => ({ id, ...NIVEAUX[id] })), nd];
}

const SOURCE_CARTOSANTE = 'CartoSanté (export ARS/Atlasanté), via le dépôt public zeusinsight/doctonext, recodé en COG 2025';

/** The four professions' exports share source, vintage and caveats; `niveauRecent` names a newer conventional label. */
function zonageProfession(
	id: CoucheId,
	profession: string,
	court: string,
	valeurs: ValeurCouche[],
	niveauRecent?: string
): Couche {
	const recent = niveauRecent
		? ` Le niveau « ${niveauRecent} » est un libellé des zonages conventionnels récents : les niveaux affichés sont ceux du fichier, sans conversion.`
		: '';
	return {
		id,
		label: `Zonage ${profession}`,
		court,
		valeurs,
		legende:
			`Zonage conventionnel des ${profession} tel qu’exporté par CartoSanté (export de 2025 ou antérieur) ; la date de l’arrêté de l’ARS n’est pas dans l’export, vérifiez l’arrêté en vigueur auprès de l’ARS.` +
			recent,
		source: SOURCE_CARTOSANTE,
		date: 'export 2025 ou antérieur',
		disponible: true
	};
}

/** The value of every zoning layer for one commune. */
export type Zonages = Record<CoucheId, string>;

export const COUCHES: readonly Couche[] = [
	{
		id: 'zonage-medecins',
		label: 'Zonage médecins généralistes',
		court: 'Zonage médecins',
		valeurs: [
			{ id: 'ZIP', label: "ZIP — zone d'intervention prioritaire", couleur: '#b2182b' },
			{ id: 'ZAC', label: "ZAC — zone d'action complémentaire", couleur: '#f4a582' },
			{ id: 'ZAR', label: "ZAR — zone d'appui régionale", couleur: '#92c5de' },
			nd
		],
		legende:
			"Zones sous-denses : ZIP et ZAC. Zonage ARS Occitanie (arrêté de mai 2022 selon la brochure), tel qu'exporté par CartoSanté avant mai 2025 ; vérifiez l'arrêté en vigueur auprès de l'ARS.",
		source: 'CartoSanté / Atlasanté, via le dépôt public Alternantsauvage/ZonageMed (export par code postal), joint aux codes INSEE COG 2025',
		date: 'export antérieur à mai 2025',
		disponible: true,
		// ARS Occitanie (occitanie.paps.sante.fr, « Une aide pour les médecins et chirurgiens-dentistes qui s’installent en
		// zone Montagne Massif », read on 2026-12-02): « Depuis le 7 mai 2022 et la publication du nouveau zonage médecins
		// 2022 […] » and « […] lors de la publication du prochain zonage médecins à paraître fin octobre 2025 ». No revised
		// Occitanie arrêté could be found in reachable sources (other regions published theirs under the arrêté of 9 May 2025).
		periode:
			'Zonage médecins de l’ARS Occitanie publié le 7 mai 2022. L’ARS annonçait un nouveau zonage pour fin octobre 2025 (occitanie.paps.sante.fr, lu le 2 décembre 2026) ; aucun arrêté révisé n’a pu être vérifié : le zonage affiché peut avoir été révisé, vérifiez l’arrêté en vigueur auprès de l’ARS.'
	},
	{
		id: 'zonage-dentistes',
		label: 'Zonage chirurgiens-dentistes',
		court: 'Zonage dentistes',
		valeurs: niveaux('tres-sous-dotee', 'sous-dotee', 'intermediaire', 'tres-dotee', 'non-prioritaire'),
		legende:
			"Nouveau zonage dentaire (postérieur à la convention de 2023 : niveau « non prioritaire »). La brochure du 30/06/2023 (p. #4) ne nomme que les zones très sous-dotées (rouge) et sous-dotées (jaune) du zonage alors en vigueur, et annonçait le prochain pour mars 2024 : les niveaux affichés ici sont ceux du fichier, sans conversion.",
		source: SOURCE_CARTOSANTE,
		date: 'export 2025 ou antérieur',
		disponible: true
	},
	zonageProfession(
		'zonage-infirmiers',
		'infirmiers',
		'Zonage infirmiers',
		niveaux('tres-sous-dotee', 'sous-dotee', 'intermediaire', 'tres-dotee', 'sur-dotee')
	),
	zonageProfession(
		'zonage-masseurs-kinesitherapeutes',
		'masseurs-kinésithérapeutes',
		'Zonage kinés',
		niveaux('tres-sous-dotee', 'sous-dotee', 'intermediaire', 'non-prioritaire'),
		'non prioritaire'
	),
	zonageProfession(
		'zonage-orthophonistes',
		'orthophonistes',
		'Zonage orthophonistes',
		niveaux('sous-dense', 'intermediaire', 'tres-dotee', 'sur-dotee'),
		'sous-dense'
	),
	zonageProfession(
		'zonage-sages-femmes',
		'sages-femmes',
		'Zonage sages-femmes',
		niveaux('tres-sous-dotee', 'sous-dotee', 'intermediaire', 'tres-dotee', 'sur-dotee')
	),
	{
		id: 'apl',
		label: 'Accessibilité aux médecins généralistes (APL 2023, quintiles)',
		court: 'APL 2023 (quintile)',
		valeurs: [
			{ id: 'q1', label: '1er quintile — accès le plus faible', couleur: '#d7191c' },
			{ id: 'q2', label: '2e quintile', couleur: '#fdae61' },
			{ id: 'q3', label: '3e quintile', couleur: '#ffffbf' },
			{ id: 'q4', label: '4e quintile', couleur: '#abd9e9' },
			{ id: 'q5', label: '5e quintile — accès le plus élevé', couleur: '#2c7bb6' },
			nd
		],
		legende:
			'Accessibilité potentielle localisée (APL) : consultations ou visites de médecin généraliste accessibles par an et par habitant standardisé. ' +
			'Cinq classes d’effectifs égaux, les quintiles de l’APL 2023 des communes d’Occitanie, calculés à la construction des données : ce ne sont pas des seuils officiels. ' +
			'L’APL 2023 entre dans le calcul du zonage médecins de 2025, fait sur les territoires de vie-santé, mais n’est pas ce zonage. ' +
			'Une moyenne d’APL sur plusieurs communes doit être pondérée par leur population standardisée (note de la DREES).',
		source:
			'DREES, accessibilité potentielle localisée aux médecins généralistes 2022-2023 (data.drees), via le dépôt public louiselize/Data_Analysis_Lattitudes_Sante_et_Territoires ; recodée en COG 2025 (communes fusionnées : moyenne pondérée par la population standardisée)',
		date: 'APL 2023 (activité 2023, populations 2021)',
		disponible: true
	},
	{
		id: 'massif',
		label: 'Massifs (loi montagne)',
		court: 'Massif',
		valeurs: [
			{ id: 'massif-central', label: 'Massif central', couleur: '#1b7837' },
			{ id: 'pyrenees', label: 'Massif des Pyrénées', couleur: '#762a83' },
			{ id: 'hors-massif', label: 'Hors massif', couleur: '#f7f7f7' }
		],
		legende:
			"Appartenance aux périmètres de massif (loi montagne). Ce n'est pas le classement en zone de montagne (couche « Communes classées en zone de montagne ») : les massifs sont plus larges.",
		source: 'ANCT / Observatoire des territoires, via anct-carto/superposeur-V2',
		date: 'COG 2025',
		disponible: true
	},
	{
		id: 'qpv',
		label: 'Quartiers prioritaires de la politique de la ville (QPV 2024)',
		court: 'QPV',
		valeurs: [
			{ id: 'avec-qpv', label: 'Commune avec au moins un QPV', couleur: '#5e3c99' },
			{ id: 'sans-qpv', label: 'Sans QPV', couleur: '#f7f7f7' }
		],
		legende:
			'Communes comptant au moins un QPV de la liste 2024. Les contours dessinés en surimpression sont ceux des QPV 2015 (liste en vigueur jusqu’en 2023) : les contours 2024 ne sont pas disponibles.',
		source: 'ANCT (liste QPV 2024 de data.gouv), via anct-carto/superposeur-V2',
		date: 'liste 2024',
		disponible: true
	},
	{
		id: 'zrr',
		label: 'Zones de revitalisation rurale (ZRR 2017)',
		court: 'ZRR',
		valeurs: [
			{ id: 'zrr', label: 'Classée en ZRR', couleur: '#01665e' },
			{ id: 'non-classee', label: 'Non classée', couleur: '#f7f7f7' },
			nd
		],
		legende:
			'Classement ZRR en vigueur du 1er juillet 2017 au 30 juin 2024, celui que cite la brochure médecins. Remplacé par France Ruralités Revitalisation (FRR) le 1er juillet 2024.',
		source: 'ANCT / Observatoire des territoires, arrêté du 16 mars 2017 modifié (décret du 22 février 2018), recodé en COG 2025',
		date: '2017 (remplacé le 01/07/2024)',
		disponible: true
	},
	{
		id: 'frr',
		label: 'France Ruralités Revitalisation (FRR)',
		court: 'FRR',
		valeurs: [
			{ id: 'frr-plus', label: 'FRR+', couleur: '#003c30' },
			{ id: 'frr-socle', label: 'FRR socle', couleur: '#35978f' },
			{ id: 'frr-beneficiaire', label: 'FRR bénéficiaire', couleur: '#80cdc1' },
			{ id: 'frr-beneficiaire-partiel', label: 'FRR bénéficiaire partiellement', couleur: '#c7eae5' },
			{ id: 'non-classee', label: 'Non classée', couleur: '#f7f7f7' }
		],
		legende: 'Zonage qui remplace les ZRR depuis le 1er juillet 2024 (classement au 10 juillet 2025).',
		source: 'Plan France Ruralités (collectivites-locales.gouv.fr), via incubateur-ademe/benefriches',
		date: '10/07/2025',
		disponible: true
	},
	{
		id: 'montagne',
		label: 'Communes classées en zone de montagne',
		court: 'Montagne',
		valeurs: [
			{ id: 'classee', label: 'Commune classée en zone de montagne', couleur: '#8c510a' },
			{ id: 'non-classee', label: 'Non classée', couleur: '#f7f7f7' },
			nd
		],
		legende:
			'Classement C / NC du « CSV juriste » repris par betagouv/nitrates (fichier mis à jour le 21/05/2025, communes du COG 2024 recodées en COG 2025). ' +
			'Le classement partiel d’une commune n’est pas représenté : la source ne dit que classée ou non classée. ' +
			'19 communes classées sont hors de la liste des massifs de l’ANCT ; la couche « Massifs » montre autre chose, les périmètres de massif, plus larges que la zone de montagne. ' +
			'Table non officielle : vérifiez l’arrêté de classement.',
		source: 'Table « CSV juriste » des communes classées en zone de montagne (C / NC), dépôt public betagouv/nitrates (beta.gouv), recodée en COG 2025',
		date: 'mise à jour du 21/05/2025',
		disponible: true
	},
	{
		id: 'pdsa',
		label: 'Secteurs de garde PDSA',
		court: 'Secteur PDSA',
		// Only from a planner's own sector table (src/lib/couches-locales): whether the commune's sector counts a ZIP commune.
		// « Non disponible » stays first: the built commune table stores each value as its index.
		valeurs: [
			nd,
			{ id: 'secteur-avec-zip', label: 'Secteur de garde comptant au moins une commune en ZIP (données locales importées)', couleur: '#b2182b' },
			{ id: 'secteur-sans-zip', label: 'Secteur de garde sans commune en ZIP (données locales importées)', couleur: '#f7f7f7' }
		],
		legende:
			'Les secteurs de permanence des soins ambulatoires (cahier des charges PDSA de l’ARS) ne sont pas publiés en données ouvertes : contactez l’ARS.',
		source: 'Non disponible',
		date: '—',
		disponible: false
	},
	{
		id: 'tvs',
		label: 'Territoires de vie-santé (TVS)',
		court: 'TVS',
		// Only from a planner's own TVS table (src/lib/couches-locales): whether the commune's TVS counts a montagne or massif commune.
		valeurs: [
			nd,
			{ id: 'tvs-montagne-massif', label: 'TVS comptant au moins une commune de montagne ou de massif (données locales importées)', couleur: '#8c510a' },
			{ id: 'tvs-sans-montagne-massif', label: 'TVS sans commune de montagne ni de massif (données locales importées)', couleur: '#f7f7f7' }
		],
		legende: 'La correspondance commune → TVS n’est pas publiée en données ouvertes.',
		source: 'Non disponible',
		date: '—',
		disponible: false
	}
];

/** How the layer list reads, by theme (the map's layer chooser, the coverage page). */
export const GROUPES_COUCHES: readonly { titre: string; couches: readonly CoucheId[] }[] = [
	{ titre: 'Médecins', couches: ['zonage-medecins'] },
	{ titre: 'Chirurgiens-dentistes', couches: ['zonage-dentistes'] },
	{
		titre: 'Autres professions',
		couches: ['zonage-infirmiers', 'zonage-masseurs-kinesitherapeutes', 'zonage-orthophonistes', 'zonage-sages-femmes']
	},
	{ titre: 'Territoires', couches: ['montagne', 'massif', 'qpv', 'frr', 'zrr'] },
	{ titre: 'Accès aux soins', couches: ['apl'] }
];

export const COUCHE_PAR_ID: Readonly<Record<CoucheId, Couche>> = Object.fromEntries(
	COUCHES.map((c) => [c.id, c])
) as Record<CoucheId, Couche>;

export function valeurCouche(couche: CoucheId, valeur: string): ValeurCouche | undefined {
	return COUCHE_PAR_ID[couche].valeurs.find((v) => v.id === valeur);
}

/** "ZIP — zone d'intervention prioritaire" → "ZIP": the label before its explanation. */
export function libelleCourt(v: ValeurCouche): string {
	return v.label.split(' — ')[0];
}

export const COUCHE_PAR_DEFAUT: CoucheId = 'zonage-medecins';
/** Layers with no data cannot be drawn as the thematic layer. */
export const COUCHES_AFFICHABLES: readonly CoucheId[] = COUCHES.filter((c) => c.disponible).map((c) => c.id);
export const estCoucheAffichable = (id: string): id is CoucheId => (COUCHES_AFFICHABLES as readonly string[]).includes(id);
