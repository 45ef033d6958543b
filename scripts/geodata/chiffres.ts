/**
 * Key figures by département (data/departements-chiffres.json) from the DITP baromètre's long file
 * and the Insee Statistiques locales export. Pure function over parsed rows, like jointures.ts:
 * every check that fails is reported at once, in French, and stops the build.
 */
import {
	FORMAT_CHIFFRES,
	NB_DEPARTEMENTS,
	type ChiffresDepartements,
	type DepartementChiffres,
	type Effectifs,
	type IdBarometre,
	type IdIndicateur,
	type Indicateur,
	type ValeurDatee,
	type ZoneBarometre
} from '../../src/lib/chiffres/departements';
import { ErreurDonnees, indexer, type Ligne } from './jointures';

const BAROMETRE = 'Baromètre des résultats de l’action publique (DITP)';
const INSEE = 'Insee Statistiques locales 2024';

/**
 * The baromètre's indicators. Definitions are quoted from DITP-pilotage/barometre-resultats,
 * metadata/meta_indicateurs.csv (indic_descr_baro), at the commit the long file comes from
 * (8bab813a, 2024-10-17); names are read from the long file itself.
 */
const INDICATEURS_BAROMETRE: Record<string, { id: IdBarometre; unite: Indicateur['unite']; definition: string }> = {
	'IND-311': {
		id: 'msp',
		unite: 'nombre',
		definition:
			'Les maisons de santé pluri-professionnelles (MSP) et les centres de santé pluriprofessionnels (CDS) sont des structures de soins de proximité regroupant des professionnels de santé, autour d’un projet de santé et dotées d’un système d’information partagé. L’organisation en maison de santé et en centre de santé pluriprofessionnels permet l’amélioration de la qualité et de la continuité des soins.'
	},
	'IND-318': {
		id: 'centres-sante',
		unite: 'nombre',
		definition:
			'Le nombre de centres de santé (CDS) pluriprofessionnels ayant au minimum 1 médecin généraliste ouverts et en fonctionnement sur l’ensemble du territoire francais'
	},
	'IND-589': {
		id: 'cpts',
		unite: '%',
		definition: 'Cet indicateur vise à révéler le pourcentage de la population habitant sur un territoire couvert par une CPTS'
	},
	'IND-312': {
		id: 'ald',
		unite: '%',
		definition:
			'Les affections de longue durée sont des maladies chroniques nécessitant un traitement prolongé et une thérapeutique adaptée (cancers, maladies cardiovasculaires,diabètes, VIH..) L’objectif est de réduire l’absence de couverture médicale par un médecin traitant des patients nécessitant un suivi renforcé.'
	}
};

/** PROVENANCE §15: the export does not name its base. */
const AVERTISSEMENT_INSEE =
	'L’export Insee Statistiques locales ne dit pas de quelle base vient ce nombre (probablement la base permanente des équipements 2024) : ce n’est ni un effectif RPPS ni un nombre d’équivalents temps plein.';

/** The Insee export's columns and what they become. */
const COLONNES_INSEE: Record<keyof Effectifs, { colonne: string; definition: string }> = {
	'medecins-generalistes': {
		colonne: 'Médecin généraliste (en nombre) 2024',
		definition: 'Nombre de médecins généralistes du département en 2024, tel que publié par Insee Statistiques locales.'
	},
	'chirurgiens-dentistes': {
		colonne: 'Chirurgien dentiste (en nombre) 2024',
		definition: 'Nombre de chirurgiens-dentistes du département en 2024, tel que publié par Insee Statistiques locales.'
	},
	infirmiers: {
		colonne: 'Infirmier (en nombre) 2024',
		definition: 'Nombre d’infirmiers du département en 2024, tel que publié par Insee Statistiques locales.'
	},
	population: {
		colonne: 'Estimations de population 2025',
		definition: 'Estimation de la population du département en 2025 (Insee), dénominateur des taux pour 100 000 habitants.'
	}
};

const DATE_ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `departements`: the region's départements (code → name) from the COG; the baromètre names its
 * zones D09…, R76 and FRANCE.
 */
export function chiffresDepartements(
	barometre: readonly Ligne[],
	insee: readonly Ligne[],
	departements: ReadonlyMap<string, string>,
	region: { code: string; nom: string }
): ChiffresDepartements {
	const erreurs: string[] = [];
	if (departements.size !== NB_DEPARTEMENTS) erreurs.push(`${departements.size} départements dans le COG, ${NB_DEPARTEMENTS} attendus`);

	const zones = new Map<string, { code: string; nom: string }>([
		...[...departements].map(([code, nom]) => [`D${code}`, { code, nom }] as const),
		[`R${region.code}`, region],
		['FRANCE', { code: 'FR', nom: 'France' }]
	]);
	const noms = new Map<string, string>();
	// indicator → zone → date → value (null when the row carries only a target or an initial value)
	const series = new Map<IdBarometre, Map<string, Map<string, number | null>>>();
	for (const l of barometre) {
		const ou = `baromètre, ${l.indic_id} ${l.enforce_zone_id} ${l.metric_enforce_date}`;
		const ind = Object.hasOwn(INDICATEURS_BAROMETRE, l.indic_id) ? INDICATEURS_BAROMETRE[l.indic_id] : undefined;
		if (!ind) {
			erreurs.push(`${ou} : indicateur inconnu`);
			continue;
		}
		if (!zones.has(l.enforce_zone_id)) {
			erreurs.push(`${ou} : zone inconnue`);
			continue;
		}
		if (!DATE_ISO.test(l.metric_enforce_date)) erreurs.push(`${ou} : date illisible`);
		if (noms.has(ind.id) && noms.get(ind.id) !== l.indic_nom_baro) erreurs.push(`${ou} : nom d'indicateur différent des autres lignes`);
		noms.set(ind.id, l.indic_nom_baro);
		const va = l.indic_va.trim();
		const valeur = va === '' ? null : Number(va);
		if (valeur !== null && !Number.isFinite(valeur)) erreurs.push(`${ou} : valeur illisible « ${va} »`);
		const parZone = series.get(ind.id) ?? new Map<string, Map<string, number | null>>();
		series.set(ind.id, parZone);
		const parDate = parZone.get(l.enforce_zone_id) ?? new Map<string, number | null>();
		parZone.set(l.enforce_zone_id, parDate);
		if (parDate.has(l.metric_enforce_date)) erreurs.push(`${ou} : ligne en double`);
		parDate.set(l.metric_enforce_date, valeur);
	}

	/** The zone's values of an indicator, oldest first, rows without a current value left out. */
	const serie = (id: IdBarometre, zone: string): ValeurDatee[] =>
		[...(series.get(id)?.get(zone) ?? [])]
			.flatMap(([date, valeur]) => (valeur === null ? [] : [{ valeur, date }]))
			.sort((a, b) => a.date.localeCompare(b.date));

	const zone = (cle: string): ZoneBarometre => {
		const { code, nom } = zones.get(cle)!;
		const derniere = (id: IdBarometre): ValeurDatee => {
			const s = serie(id, cle);
			if (!s.length) erreurs.push(`baromètre : aucune valeur de ${id} pour ${nom} (${cle})`);
			return s[s.length - 1] ?? { valeur: NaN, date: '' };
		};
		return {
			code,
			nom,
			barometre: { msp: derniere('msp'), 'centres-sante': derniere('centres-sante'), cpts: derniere('cpts'), ald: derniere('ald') },
			serieMsp: serie('msp', cle)
		};
	};

	const colonnesManquantes = Object.values(COLONNES_INSEE).filter(({ colonne }) => insee.length && !(colonne in insee[0]));
	for (const { colonne } of colonnesManquantes) erreurs.push(`Insee : colonne absente « ${colonne} »`);
	const parCode = indexer([...insee], 'Code', 'Insee Statistiques locales');
	for (const code of parCode.keys()) if (!departements.has(code)) erreurs.push(`Insee : département inconnu ${code}`);
	const effectifs = (code: string, nom: string): Effectifs => {
		const l = parCode.get(code);
		if (!l) erreurs.push(`Insee : département absent ${code} ${nom}`);
		const e = {} as Effectifs;
		for (const [id, { colonne }] of Object.entries(COLONNES_INSEE) as [keyof Effectifs, { colonne: string }][]) {
			const brut = l?.[colonne]?.trim() ?? '';
			e[id] = Number(brut);
			if (l && !colonnesManquantes.length && (brut === '' || !Number.isInteger(e[id]) || e[id] < 0)) {
				erreurs.push(`Insee : valeur illisible « ${brut} » pour « ${colonne} », département ${code}`);
			}
		}
		return e;
	};

	const deps: DepartementChiffres[] = [...departements]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([code, nom]) => ({ ...zone(`D${code}`), effectifs: effectifs(code, nom) }));
	const reg = zone(`R${region.code}`);
	const france = zone('FRANCE');

	// The départements' MSP at the region's latest date must add up to the region's count
	// (checked once every zone has a count: a missing one is already reported).
	const dateMsp = reg.barometre.msp.date;
	if ([reg, ...deps].every((z) => z.serieMsp.length)) {
		const decales = deps.filter((d) => d.barometre.msp.date !== dateMsp);
		for (const d of decales) erreurs.push(`baromètre : MSP de ${d.nom} au ${d.barometre.msp.date}, de la région au ${dateMsp}`);
		const somme = deps.reduce((s, d) => s + d.barometre.msp.valeur, 0);
		if (!decales.length && somme !== reg.barometre.msp.valeur) {
			erreurs.push(`baromètre : la somme des MSP des départements au ${dateMsp} (${somme}) diffère du total régional (${reg.barometre.msp.valeur})`);
		}
	}

	if (erreurs.length) throw new ErreurDonnees(`Chiffres des départements (${erreurs.length}) :\n  ${erreurs.slice(0, 30).join('\n  ')}`);

	const indicateurs = {} as Record<IdIndicateur, Indicateur>;
	for (const [code, { id, unite, definition }] of Object.entries(INDICATEURS_BAROMETRE)) {
		indicateurs[id] = { code, nom: noms.get(id)!, definition, source: BAROMETRE, unite };
	}
	for (const [id, { colonne, definition }] of Object.entries(COLONNES_INSEE) as [keyof Effectifs, { colonne: string; definition: string }][]) {
		indicateurs[id] = {
			code: colonne,
			nom: colonne,
			definition,
			source: INSEE,
			unite: 'nombre',
			...(id !== 'population' && { avertissement: AVERTISSEMENT_INSEE })
		};
	}
	return { format: FORMAT_CHIFFRES, indicateurs, departements: deps, region: reg, france };
}
