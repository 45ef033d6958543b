/**
 * A draft médecins zoning ("brouillon") and how the app uses it: the classes it gives some communes
 * replace the zoning in force, everywhere the draft is active. Pure functions.
 *
 * The active draft lives in the URL (`?brouillon=<id>`), as the rest of the page state does: it
 * survives a reload, goes with a bookmark, stays per tab (a planner can compare the zoning in force
 * and a draft side by side in two tabs) and is gone with the tab, so no one forgets a draft switched
 * on days ago. The id is only meaningful in the browser that stored the draft.
 */
import type { Commune } from '../commune/types';
import { nomImport } from '../texte/texte';
import { CLASSES_MEDECINS, type ClasseMedecins, type Lecture } from './lecture';

export { CLASSES_MEDECINS, type ClasseMedecins };

export const PARAMETRE_BROUILLON = 'brouillon';


export interface Bilan {
	lignesLues: number;
	communes: number;
	rejetees: number;
	absentes: number;
	avertissements: number;
}

export interface Brouillon {
	id: string;
	nom: string;
	/** Name of the imported file. */
	fichier: string;
	/** Import date, ISO 8601. */
	date: string;
	format: Lecture['format'];
	/** Today's INSEE code → class; communes absent keep the zoning in force. */
	classes: Record<string, ClasseMedecins>;
	bilan: Bilan;
}

/** What a list of drafts shows (no classes). */
export type ResumeBrouillon = Omit<Brouillon, 'classes'>;

const ID = /^[a-z0-9]{8,40}$/;
export const NOM_MAX = 120;

export function estIdBrouillon(id: string): boolean {
	return ID.test(id);
}

/** 16 random hex characters; getRandomValues also exists outside secure contexts (a forum's LAN address). */
export function nouvelId(): string {
	return Array.from(crypto.getRandomValues(new Uint8Array(8)), (o) => o.toString(16).padStart(2, '0')).join('');
}

/** A draft's name: trimmed, one line, bounded; an empty name falls back to the file's name. */
export function nomBrouillon(nom: string, fichier: string): string {
	return nomImport(nom, fichier, NOM_MAX) || 'Brouillon sans nom';
}

export function creerBrouillon(lecture: Lecture, m: { id: string; nom: string; fichier: string; date: Date }): Brouillon {
	return {
		id: m.id,
		nom: nomBrouillon(m.nom, m.fichier),
		fichier: m.fichier.slice(0, 255),
		date: m.date.toISOString(),
		format: lecture.format,
		classes: { ...lecture.classes },
		bilan: {
			lignesLues: lecture.lignesLues,
			communes: Object.keys(lecture.classes).length,
			rejetees: lecture.rejets.length,
			absentes: lecture.absentes.length,
			avertissements: lecture.avertissements.length
		}
	};
}

export function resumer(b: Brouillon): ResumeBrouillon {
	return { id: b.id, nom: b.nom, fichier: b.fichier, date: b.date, format: b.format, bilan: b.bilan };
}

/** Checks what comes back from storage: a record of another version or a damaged one is not used. */
export function estBrouillon(v: unknown): v is Brouillon {
	const b = v as Brouillon;
	return (
		!!b &&
		typeof b === 'object' &&
		typeof b.id === 'string' &&
		estIdBrouillon(b.id) &&
		typeof b.nom === 'string' &&
		typeof b.fichier === 'string' &&
		typeof b.date === 'string' &&
		!!b.bilan &&
		!!b.classes &&
		typeof b.classes === 'object' &&
		Object.values(b.classes).every((c) => (CLASSES_MEDECINS as readonly string[]).includes(c))
	);
}

/**
 * The communes as the draft sees them: the médecins zoning of each commune the draft sets is
 * replaced by the draft's class; every other layer, and every other commune, is left as is.
 */
export function appliquerBrouillon(communes: readonly Commune[], brouillon: Pick<Brouillon, 'classes'> | null): Commune[] {
	if (!brouillon) return communes.slice();
	return communes.map((c) => {
		const classe = brouillon.classes[c.code];
		return classe === undefined || classe === c.zonages['zonage-medecins'] ? c : { ...c, zonages: { ...c.zonages, 'zonage-medecins': classe } };
	});
}

/** The same link with the active draft, so that moving between pages keeps it. */
export function avecBrouillon(href: string, id: string | null | undefined): string {
	if (!id) return href;
	const [chemin, ancre] = href.split('#');
	return `${chemin}${chemin.includes('?') ? '&' : '?'}${PARAMETRE_BROUILLON}=${encodeURIComponent(id)}${ancre !== undefined ? `#${ancre}` : ''}`;
}
