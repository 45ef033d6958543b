import { describe, expect, it } from 'vitest';
import { BrouillonActif, MESSAGE_ABSENT, MESSAGE_ID_INVALIDE } from '../../src/lib/brouillons/actif.svelte';
import { BROUILLON_INVENTE, COMMUNES_INVENTEES, ID_BROUILLON, chargeurFactice } from './communes-inventees';

const params = (qs: string) => new URLSearchParams(qs);
const ecrit = (b: BrouillonActif) => {
	const p = new URLSearchParams();
	b.ecrire(p);
	return p.toString();
};

describe('brouillon actif (?brouillon=)', () => {
	it('sans paramètre : le zonage en vigueur, rien à lire ni à écrire', () => {
		const { charger, lus } = chargeurFactice();
		const b = new BrouillonActif(params(''), charger);
		expect(b).toMatchObject({ id: null, affiche: null, erreur: null });
		expect(lus).toEqual([]);
		expect(ecrit(b)).toBe('');
	});

	it('refuse un identifiant malformé avec un message, sans le chercher', () => {
		const { charger, lus } = chargeurFactice();
		const b = new BrouillonActif(params('brouillon=../../etc'), charger);
		expect(b.erreur).toBe(MESSAGE_ID_INVALIDE('../../etc'));
		expect(b.erreur).toBe('« ../../etc » n’est pas un identifiant de brouillon : affichage du zonage en vigueur.');
		expect(b.id).toBeNull();
		expect(lus).toEqual([]);
		expect(ecrit(b)).toBe('');
	});

	it('dit qu’un brouillon absent de ce navigateur ne peut pas s’afficher', async () => {
		const b = new BrouillonActif(params('brouillon=absent0001'), chargeurFactice().charger);
		await b.activer('absent0001');
		expect(b.erreur).toBe(MESSAGE_ABSENT);
		expect(b.affiche).toBeNull();
	});

	it('dit pourquoi le stockage n’a pas pu être lu', async () => {
		const b = new BrouillonActif(params(''), async () => {
			throw new Error('Stockage indisponible.');
		});
		await b.activer(ID_BROUILLON);
		expect(b.erreur).toBe('Stockage indisponible. Affichage du zonage en vigueur.');
		expect(b.affiche).toBeNull();
	});

	it('charge le brouillon de l’adresse, l’applique aux communes et l’écrit dans l’adresse', async () => {
		const { charger, lus } = chargeurFactice();
		const b = new BrouillonActif(params(`brouillon=${ID_BROUILLON}`), charger);
		expect(b.id).toBe(ID_BROUILLON);
		await b.activer(ID_BROUILLON);
		expect(lus).toContain(ID_BROUILLON);
		expect(b.affiche).toEqual(BROUILLON_INVENTE);
		expect(b.erreur).toBeNull();
		expect(b.appliquer(COMMUNES_INVENTEES).find((c) => c.code === '99001')!.zonages['zonage-medecins']).toBe('ZIP');
		expect(ecrit(b)).toBe(`brouillon=${ID_BROUILLON}`);
		expect(b.lien('/communes')).toBe(`/communes?brouillon=${ID_BROUILLON}`);
	});

	it('active un brouillon donné sans relire le stockage, puis le quitte', async () => {
		const { charger, lus } = chargeurFactice();
		const b = new BrouillonActif(params(''), charger);
		await b.activer(ID_BROUILLON, BROUILLON_INVENTE);
		expect(lus).toEqual([]);
		expect(b.affiche).toBe(BROUILLON_INVENTE);
		b.quitter();
		expect(b).toMatchObject({ id: null, brouillon: null, erreur: null, affiche: null });
		expect(ecrit(b)).toBe('');
		expect(b.appliquer(COMMUNES_INVENTEES)).toEqual(COMMUNES_INVENTEES);
	});

	it('ignore une lecture arrivée après qu’on a quitté le brouillon', async () => {
		let livrer!: (v: typeof BROUILLON_INVENTE) => void;
		const b = new BrouillonActif(params(''), () => new Promise((r) => (livrer = r)));
		const lecture = b.activer(ID_BROUILLON);
		b.quitter();
		livrer(BROUILLON_INVENTE);
		await lecture;
		expect(b.affiche).toBeNull();
	});

	it('montre un brouillon non enregistré sur cette page seulement, jamais dans l’adresse', () => {
		const b = new BrouillonActif(params(''), chargeurFactice().charger);
		b.montrer(BROUILLON_INVENTE);
		expect(b.affiche).toBe(BROUILLON_INVENTE);
		expect(b.nonEnregistre).toBe(BROUILLON_INVENTE);
		expect(b.id).toBeNull();
		expect(ecrit(b)).toBe('');
	});
});
