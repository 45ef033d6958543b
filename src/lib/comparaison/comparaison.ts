/**
 * Communes side by side: the pins (kept in the URL, at most EPINGLES_MAX) and the rows of the
 * comparison table — zonings, APL, the five-year sums, each aid's status and amount for the profile,
 * the département's key figures. Pure: the component only lays the rows out.
 */
import type { Commune } from '../commune/types';
import { COUCHE_PAR_ID, libelleCourt, valeurCouche, type CoucheId } from '../zonages/couches';
import { STATUTS, formatMontantAide } from '../aides/affichage';
import type { ResultatAide } from '../aides/types';
import { indicateursCompares, formatValeur } from '../chiffres/comparaisonDepartements';
import { formatDecimal, formatEuros, formatNombre } from '../texte/format';
import { ANNEES, bilanMontants, formatIntervalle } from '../montants/bilan';

/** At most this many communes side by side: readable on a phone. */
export const EPINGLES_MAX = 3;
import type { ChiffresDepartements } from '../chiffres/departements';

/** The pins with `code` added (or a French message when the list is full or already holds it). */
export function epingler(epingles: readonly string[], code: string): { epingles: string[]; message: string | null } {
	if (epingles.includes(code)) return { epingles: [...epingles], message: null };
	if (epingles.length >= EPINGLES_MAX) {
		return { epingles: [...epingles], message: `On compare ${EPINGLES_MAX} communes au plus : retirez-en une pour en épingler une autre.` };
	}
	return { epingles: [...epingles, code], message: null };
}

export interface Ligne {
	titre: string;
	/** One cell per commune, in pin order. */
	valeurs: string[];
	/** Statuses of an aid's row, for the cells' marks (never colour alone: the text says it). */
	statuts?: (string | null)[];
}

export interface Groupe {
	titre: string;
	lignes: Ligne[];
}

const ZONAGES: CoucheId[] = [
	'zonage-medecins',
	'zonage-dentistes',
	'montagne',
	'massif',
	'qpv',
	'frr',
	'zonage-infirmiers',
	'zonage-masseurs-kinesitherapeutes',
	'zonage-orthophonistes',
	'zonage-sages-femmes'
];

export function groupesComparaison(
	communes: readonly Commune[],
	resultats: ReadonlyMap<string, readonly ResultatAide[]> | null,
	chiffres: ChiffresDepartements | null
): Groupe[] {
	const valeur = (c: Commune, couche: CoucheId) => {
		const v = valeurCouche(couche, c.zonages[couche]);
		return v ? libelleCourt(v) : '—';
	};
	const groupes: Groupe[] = [
		{
			titre: 'Commune',
			lignes: [
				{ titre: 'Département', valeurs: communes.map((c) => c.departement) },
				{ titre: 'Population', valeurs: communes.map((c) => formatNombre(c.population)) }
			]
		},
		{ titre: 'Zonages', lignes: ZONAGES.map((couche) => ({ titre: COUCHE_PAR_ID[couche].court, valeurs: communes.map((c) => valeur(c, couche)) })) },
		{
			titre: 'Accès aux médecins généralistes',
			lignes: [
				{
					titre: 'APL 2023',
					valeurs: communes.map((c) => (c.apl ? formatDecimal(c.apl.apl2023, 2, 2) : 'non disponible'))
				}
			]
		}
	];
	const listes = communes.map((c) => resultats?.get(c.code) ?? []);
	if (listes[0]?.length) {
		// The five-year sums first, as the panel's headline says them: the sure part, and up to what with the aids to check.
		const bilans = listes.map((l) => bilanMontants(l));
		groupes.push({
			titre: `Montants sur ${ANNEES} ans`,
			lignes: [
				{ titre: 'Sûrs (aides éligibles)', valeurs: bilans.map((b) => formatIntervalle(b.surs)) },
				{ titre: 'Jusqu’à (avec les aides à préciser)', valeurs: bilans.map((b) => formatEuros(b.total.max)) }
			]
		});
		groupes.push({
			titre: 'Aides pour votre profil',
			lignes: listes[0].map((a) => {
				const cellules = listes.map((l) => l.find((r) => r.id === a.id));
				return {
					titre: a.titre,
					valeurs: cellules.map((r) => {
						if (!r) return '—';
						const statut = STATUTS.find((s) => s.id === r.statut)!.titre;
						return r.montant && r.statut !== 'non-eligible' ? `${statut} — ${formatMontantAide(r.montant)}` : statut;
					}),
					statuts: cellules.map((r) => r?.statut ?? null)
				};
			})
		});
	}
	if (chiffres) {
		const parDepartement = new Map(communes.map((c) => [c.departement, indicateursCompares(chiffres, c.departement)]));
		const ids = parDepartement.get(communes[0].departement)?.map((i) => i.id) ?? [];
		groupes.push({
			titre: 'Chiffres du département',
			lignes: ids.map((id, k) => {
				const ref = parDepartement.get(communes[0].departement)![k];
				return {
					titre: `${ref.titre} (${ref.unite})`,
					valeurs: communes.map((c) => {
						const ind = parDepartement.get(c.departement)!.find((i) => i.id === id)!;
						return formatValeur(ind, ind.choisi.valeur);
					})
				};
			})
		});
	}
	return groupes;
}
