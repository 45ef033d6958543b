/**
 * DONNÉES DE TEST fabriquées à la main : ces communes et ce brouillon n’existent pas.
 * Cinq communes imaginaires d’un département imaginaire (99), et un brouillon qui passe la
 * première de ZAC en ZIP, pour les tests des modules d’état des pages.
 */
import type { Brouillon } from '../../src/lib/brouillons/brouillon';
import type { Commune } from '../../src/lib/commune/types';
import { communeTest } from './fixtures';

export const COMMUNES_INVENTEES: Commune[] = [
	communeTest({ code: '99001', nom: 'Inventée-sur-Zac', population: 1200, zonages: { 'zonage-medecins': 'ZAC' } }),
	communeTest({ code: '99002', nom: 'Fictive-en-Zip', population: 800, zonages: { 'zonage-medecins': 'ZIP' } }),
	communeTest({ code: '99003', nom: 'Imaginaire', population: 300, zonages: { 'zonage-medecins': 'ZAC' } }),
	communeTest({ code: '99004', nom: 'Supposée', population: 150, zonages: { 'zonage-medecins': 'ZAR' } }),
	communeTest({ code: '99005', nom: 'Chimère', population: 90, zonages: { 'zonage-medecins': 'ZAC' } })
];

export const ID_BROUILLON = 'essai0001';

/** A made-up draft: Inventée-sur-Zac becomes a ZIP. */
export const BROUILLON_INVENTE: Brouillon = {
	id: ID_BROUILLON,
	nom: 'Brouillon inventé',
	fichier: 'brouillon-invente.csv',
	date: '2026-01-15T10:00:00.000Z',
	format: 'CSV',
	classes: { '99001': 'ZIP' },
	bilan: { lignesLues: 1, communes: 1, rejetees: 0, absentes: 0, avertissements: 0 }
};

/** A storage that holds the made-up draft only, and counts its reads. */
export function chargeurFactice(brouillons: Brouillon[] = [BROUILLON_INVENTE]) {
	const lus: string[] = [];
	const charger = async (id: string) => {
		lus.push(id);
		return brouillons.find((b) => b.id === id) ?? null;
	};
	return { charger, lus };
}
