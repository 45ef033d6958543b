/**
 * Joins every zoning layer onto the commune list (INSEE code COG 2025/2026).
 * Pure functions over parsed rows: the I/O lives in build.ts, so these run on hand-made fixtures in tests.
 * A source label we do not know is an error, never a silent default.
 */
import { COUCHE_PAR_ID, NON_DISPONIBLE, valeurCouche, type CoucheId } from '../../src/lib/zonages/couches';
import { classeApl, quintilesApl2023 } from '../../src/lib/zonages/apl';
import type { Apl, Commune, Zonages } from '../../src/lib/commune/types';

export type Ligne = Record<string, string>;

/** What decoupage-administratif gives for a commune, before the layers are joined. */
export type CommuneBase = Omit<Commune, 'zonages' | 'apl' | 'qpv' | 'notes'>;

export interface Sources {
	zonageMedecins: Ligne[];
	zonageDentistes: Ligne[];
	/** Infirmiers, masseurs-kinésithérapeutes, orthophonistes and sages-femmes: one file, one column each. */
	zonageProfessions: Ligne[];
	massif: Ligne[];
	zoneMontagne: Ligne[];
	qpv: Ligne[];
	zrr: Ligne[];
	frr: Ligne[];
	/** DREES APL to médecins généralistes, one row per commune. */
	apl: Ligne[];
}

export class ErreurDonnees extends Error {}

const MEDECINS: Record<string, string> = { '1_ZIP': 'ZIP', '2_ZAC': 'ZAC', '4_ZAR': 'ZAR' };
/** CartoSanté labels of the conventional zonings; each layer's domain then refuses levels its profession lacks. */
const NIVEAUX: Record<string, string> = {
	'1_Tres_sous_dotee': 'tres-sous-dotee',
	'2_Sous_dotee': 'sous-dotee',
	'1b_Sous_dense': 'sous-dense',
	'3_intermediaire': 'intermediaire',
	'4_Tres_dotee': 'tres-dotee',
	'5_Sur_dotee': 'sur-dotee',
	'5b_Non_prioritaire': 'non-prioritaire'
};
const MASSIFS: Record<string, string> = {
	'06 - Massif Central': 'massif-central',
	'08 - Massif des Pyrénées': 'pyrenees'
};
const MONTAGNE: Record<string, string> = { C: 'classee', NC: 'non-classee' };
const ZRR: Record<string, string> = { 'C - Classée en ZRR': 'zrr', 'NC - Non classée': 'non-classee' };
const FRR: Record<string, string> = {
	'FRR+': 'frr-plus',
	'FRR socle': 'frr-socle',
	'FRR bénéficiaire': 'frr-beneficiaire',
	'FRR bénéficiaire partiellement': 'frr-beneficiaire-partiel',
	'Non classée': 'non-classee'
};

/** Columns of the DREES APL file, by field of the Commune model. */
const COLONNES_APL: Record<keyof Apl, string> = {
	apl2022: 'apl_mg_2022',
	apl2023: 'apl_mg_2023',
	moins65_2022: 'apl_mg_moins65_2022',
	moins65_2023: 'apl_mg_moins65_2023',
	popStandardisee2020: 'pop_standardisee_2020',
	popStandardisee2021: 'pop_standardisee_2021'
};

/** Indexes a layer file by INSEE code, refusing duplicates (a duplicate would make the join ambiguous). */
export function indexer(lignes: Ligne[], cle: string, fichier: string): Map<string, Ligne> {
	const index = new Map<string, Ligne>();
	for (const l of lignes) {
		const code = l[cle];
		if (index.has(code)) throw new ErreurDonnees(`${fichier} : code INSEE en double ${code}`);
		index.set(code, l);
	}
	return index;
}

const noteSansValeur = (couche: CoucheId) => `${COUCHE_PAR_ID[couche].label} : la source ne donne aucune valeur pour cette commune.`;

/**
 * The APL numbers of one commune; null when the file has no row or an empty row for it.
 * A cell that is not a number, or a row only partly filled, is an error.
 */
function lireApl(ligne: Ligne | undefined, commune: string): Apl | null {
	if (!ligne || Object.values(COLONNES_APL).every((col) => !ligne[col])) return null;
	const apl = {} as Apl;
	for (const [champ, col] of Object.entries(COLONNES_APL) as [keyof Apl, string][]) {
		const brut = ligne[col]?.trim() ?? '';
		const n = Number(brut);
		if (brut === '') throw new ErreurDonnees(`Commune ${commune} : ligne d'APL incomplète, colonne ${col} vide`);
		if (!Number.isFinite(n) || n < 0) throw new ErreurDonnees(`Commune ${commune} : valeur d'APL illisible « ${brut} » dans la colonne ${col}`);
		apl[champ] = n;
	}
	return apl;
}

/**
 * Maps one source label onto the layer's value. Labels of merged communes whose predecessors
 * differed ("a|b", "a / b") become "non disponible" with a note naming both values.
 */
export function traduire(
	couche: CoucheId,
	table: Record<string, string>,
	brut: string | undefined,
	commune: string,
	notes: string[],
	separateur?: string
): string {
	const nom = COUCHE_PAR_ID[couche].label;
	if (brut === undefined || brut === '') {
		notes.push(noteSansValeur(couche));
		return NON_DISPONIBLE;
	}
	// A label counts as known only if it maps onto a value of this layer's domain.
	const valeur = (etiquette: string) => (etiquette in table ? valeurCouche(couche, table[etiquette]) : undefined);
	if (separateur && brut.includes(separateur)) {
		const valeurs = brut.split(separateur).map((p) => valeur(p.trim()));
		if (valeurs.every((v) => v !== undefined)) {
			const libelles = valeurs.map((v) => v!.label);
			notes.push(`${nom} : commune nouvelle dont les communes fusionnées avaient des valeurs différentes (${libelles.join(', ')}).`);
			return NON_DISPONIBLE;
		}
	}
	const v = valeur(brut);
	if (v === undefined) throw new ErreurDonnees(`Commune ${commune} : valeur inconnue « ${brut} » pour la couche ${couche}`);
	return v.id;
}

export function joindre(base: readonly CommuneBase[], s: Sources): Commune[] {
	const med = indexer(s.zonageMedecins, 'code_insee', 'zonage médecins');
	const dent = indexer(s.zonageDentistes, 'code_insee', 'zonage dentistes');
	const prof = indexer(s.zonageProfessions, 'code_insee', 'zonage des quatre professions');
	const massif = indexer(s.massif, 'code_insee', 'massifs');
	const montagne = indexer(s.zoneMontagne, 'code_insee', 'zone de montagne');
	const zrr = indexer(s.zrr, 'code_insee_cog2025', 'ZRR');
	const frr = indexer(s.frr, 'code_insee', 'FRR');
	const qpv = new Map<string, { code: string; nom: string }[]>();
	for (const l of s.qpv) {
		const liste = qpv.get(l.insee_com) ?? [];
		liste.push({ code: l.code_qp, nom: l.lib_qp });
		qpv.set(l.insee_com, liste);
	}

	const aplDe = indexer(s.apl, 'code_insee', 'APL');
	const apls = base.map((c) => lireApl(aplDe.get(c.code), c.code));
	const quintiles = quintilesApl2023(apls);

	return base.map((c, i) => {
		const notes: string[] = [];
		const apl = apls[i];
		if (!apl) notes.push(noteSansValeur('apl'));
		const q = qpv.get(c.code) ?? [];
		const niveau = (couche: CoucheId, brut: string | undefined) => traduire(couche, NIVEAUX, brut, c.code, notes, '|');
		const p = prof.get(c.code);
		const zonages: Zonages = {
			'zonage-medecins': traduire('zonage-medecins', MEDECINS, med.get(c.code)?.zonage_mg, c.code, notes),
			'zonage-dentistes': niveau('zonage-dentistes', dent.get(c.code)?.zonage_chirurgien_dentiste),
			'zonage-infirmiers': niveau('zonage-infirmiers', p?.zonage_infirmiers),
			'zonage-masseurs-kinesitherapeutes': niveau('zonage-masseurs-kinesitherapeutes', p?.zonage_masseurs_kinesitherapeutes),
			'zonage-orthophonistes': niveau('zonage-orthophonistes', p?.zonage_orthophonistes),
			'zonage-sages-femmes': niveau('zonage-sages-femmes', p?.zonage_sages_femmes),
			apl: apl ? classeApl(apl.apl2023, quintiles) : NON_DISPONIBLE,
			// The massif file lists member communes only: absence means outside every massif.
			massif: massif.has(c.code)
				? traduire('massif', MASSIFS, massif.get(c.code)!.massif, c.code, notes)
				: 'hors-massif',
			qpv: q.length > 0 ? 'avec-qpv' : 'sans-qpv',
			zrr: traduire('zrr', ZRR, zrr.get(c.code)?.zrr_simp_2017, c.code, notes, ' / '),
			frr: traduire('frr', FRR, frr.get(c.code)?.classement_frr_2025_07_10, c.code, notes),
			montagne: traduire('montagne', MONTAGNE, montagne.get(c.code)?.zone_montagne, c.code, notes),
			// No public file gives these yet: explicit "non disponible" until an official one is added.
			pdsa: NON_DISPONIBLE,
			tvs: NON_DISPONIBLE
		};
		return { ...c, zonages, apl, qpv: q, notes };
	});
}

/** Codes present in a layer file but absent from the commune list: a sign of a COG mismatch. */
export function codesOrphelins(base: readonly CommuneBase[], s: Sources): string[] {
	const connus = new Set(base.map((c) => c.code));
	const orphelins = new Set<string>();
	const verifier = (lignes: Ligne[], cle: string, fichier: string) => {
		for (const l of lignes) if (!connus.has(l[cle])) orphelins.add(`${fichier}:${l[cle]}`);
	};
	verifier(s.zonageMedecins, 'code_insee', 'zonage médecins');
	verifier(s.zonageDentistes, 'code_insee', 'zonage dentistes');
	verifier(s.zonageProfessions, 'code_insee', 'zonage des quatre professions');
	verifier(s.massif, 'code_insee', 'massifs');
	verifier(s.zoneMontagne, 'code_insee', 'zone de montagne');
	verifier(s.qpv, 'insee_com', 'QPV');
	verifier(s.zrr, 'code_insee_cog2025', 'ZRR');
	verifier(s.frr, 'code_insee', 'FRR');
	verifier(s.apl, 'code_insee', 'APL');
	return [...orphelins].sort();
}
