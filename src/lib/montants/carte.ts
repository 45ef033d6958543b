/**
 * The « Montants » map: each commune coloured by the class of its sure five-year sum, hatched where
 * the aids « à préciser » would raise that class, its sums in the tooltip; the legend's classes; the
 * thresholds « au plus près » offers. The map page imports this module after its first view, with the
 * sums it re-exports: nothing of src/lib/montants is on the first view. Pure: no Svelte, no DOM.
 */
import type { Commune } from '../commune/types';
import type { Coloration } from '../carte/style';
import type { ValeurCouche } from '../zonages/couches';
import type { ClasseLegende } from '../zonages/statistiques';
import { formatJour, formatNombre } from '../texte/format';
import { pluriel } from '../texte/texte';
import { ANNEES, type Bilan } from './bilan';
import { texteMontants } from './texte';
import { CLASSES_MONTANTS, classesBilan, repartitionMontants } from './communes';

export { bilansCommunes, CLASSES_MONTANTS } from './communes';
export { fichesChiffrables } from './profil';
export { formatIntervalle } from './bilan';
export { texteMontants } from './texte';

/**
 * One hue family whose lightness falls as the sum grows (ColorBrewer YlGnBu, 5 classes, colour-blind
 * safe): the order reads without telling hues apart, and the legend names each class.
 */
const COULEURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** The classes of CLASSES_MONTANTS as the map and its legend draw them. */
export const VALEURS_MONTANTS: readonly ValeurCouche[] = CLASSES_MONTANTS.map((k, i) => ({ id: k.id, label: k.libelle, couleur: COULEURS[i] }));

/** What « au plus près » offers to look for: the thresholds between the classes from 10 000 € up. */
export const SEUILS_MONTANTS: readonly number[] = CLASSES_MONTANTS.map((k) => k.min).filter((m) => m >= 10_000);

/** Each commune in the class of its sure sum; hatched where the possible part would raise the class. */
export function colorationMontants(bilans: ReadonlyMap<string, Bilan>, titre: string): Coloration & { hachures: ReadonlySet<string> } {
	const classes = new Map<string, string>();
	const hachures = new Set<string>();
	for (const [code, b] of bilans) {
		const { classe, avecPossibles } = classesBilan(b);
		classes.set(code, CLASSES_MONTANTS[classe].id);
		if (avecPossibles > classe) hachures.add(code);
	}
	const decrire = (code: string) => {
		const b = bilans.get(code);
		return b ? texteMontants(b) : '…';
	};
	return { valeurs: VALEURS_MONTANTS, classes, titre, decrire, hachures };
}

/** The map's title (its region's label, the legend's caption). */
export const titreMontants = (date: string) => `Montants sûrs sur ${ANNEES} ans par commune, règles au ${formatJour(date)}`;

export interface LegendeMontants {
	classes: ClasseLegende[];
	/** « Hachures : … (27 communes) ». */
	hachures: string;
	note: string;
}

/** The legend: communes and inhabitants per class, what the hatching means and on how many communes, what is summed. */
export function legendeMontants(communes: readonly Commune[], bilans: ReadonlyMap<string, Bilan>, date: string): LegendeMontants {
	const repartition = repartitionMontants(communes, bilans);
	const relevables = repartition.reduce((n, k) => n + k.relevables, 0);
	return {
		classes: repartition.map((k, i) => ({ valeur: VALEURS_MONTANTS[i], communes: k.communes, population: k.population })),
		hachures: `Hachurées : les communes où vos aides « à préciser » feraient monter la somme d’une classe au moins (${pluriel(relevables, 'commune')}).`,
		note:
			`Somme sur ${ANNEES} ans des aides sûres (« éligible ») pour votre profil et vos réponses, règles au ${formatJour(date)}, ` +
			`calculée pour chacune des ${formatNombre(communes.length)} communes ; la classe suit le haut de la fourchette. ` +
			'Deux aides qui ne se cumulent pas comptent pour la plus élevée. Ne sont pas comptés : les montants que les textes ne chiffrent pas ' +
			'(exonérations, pourcentages, montants par jour) et les aides versées aux structures (ESP, MSP, CPTS…). Cliquez sur une commune pour lire ses aides.'
	};
}
