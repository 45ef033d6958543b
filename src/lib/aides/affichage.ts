/** How aid results read on screen: statuses, amounts and sources in plain French. */
import { formatMontant } from '../texte/format';
import type { Montant, ResultatAide, Statut } from './types';
import { pluriel } from '../texte/texte';

/**
 * Each status with its title, symbol and map colour: far apart in lightness as well as in hue, so
 * that colour-blind readers tell them apart, and never shown without their title.
 */
export const STATUTS: readonly { id: Statut; titre: string; symbole: string; couleur: string }[] = [
	{ id: 'eligible', titre: 'Éligible', symbole: '✓', couleur: '#1b7837' },
	{ id: 'a-preciser', titre: 'À préciser', symbole: '?', couleur: '#fdb863' },
	{ id: 'non-eligible', titre: 'Non éligible', symbole: '✕', couleur: '#e3e3e3' },
	// Neither a gain nor a refusal: a cool mid-blue, apart from the others in hue and lightness.
	{ id: 'information', titre: 'Pour information', symbole: 'ℹ', couleur: '#92c5de' }
];

/** "31 250 € à 50 000 €", "1 200 € / mois", "jusqu’à 2 170 € / mois (charges patronales)". */
export function formatMontantAide(m: Montant): string {
	const periode = m.periode === 'unique' ? undefined : m.periode;
	const montant = m.min === null ? `jusqu’à ${formatMontant({ min: m.max, periode })}` : formatMontant({ min: m.min, max: m.max, periode });
	return m.objet ? `${montant} (${m.objet})` : montant;
}

/** "Brochure médecins 27/12/2023, page #12", or what grounds a rule beyond the brochures. */
export function libelleSource(r: Pick<ResultatAide, 'source'>): string {
	const s = r.source;
	return s.document === 'hors brochure' ? `Hors brochure — ${s.reference}` : `Brochure ${s.document}, page ${s.page}`;
}

export function grouperParStatut(resultats: readonly ResultatAide[]): Record<Statut, ResultatAide[]> {
	const groupes: Record<Statut, ResultatAide[]> = { eligible: [], 'a-preciser': [], 'non-eligible': [], information: [] };
	for (const r of resultats) groupes[r.statut].push(r);
	return groupes;
}

/** The polite announcement after a change: "3 aides éligibles, 2 à préciser, 5 non éligibles" (", 1 pour information"). */
export function resumeStatuts(resultats: readonly ResultatAide[]): string {
	const g = grouperParStatut(resultats);
	const information = g.information.length ? `, ${g.information.length} pour information` : '';
	return `${pluriel(g.eligible.length, 'aide éligible', 'aides éligibles')}, ${g['a-preciser'].length} à préciser, ${pluriel(g['non-eligible'].length, 'non éligible')}${information}.`;
}
