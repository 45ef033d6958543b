import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Lecteur } from '../../src/lib/presentation/lecteur.svelte';
import type { EntreeParcours } from '../../src/lib/presentation/parcours';

const PARCOURS: EntreeParcours[] = [
	{ departement: '48', commune: '48095', nom: 'Mende', profil: 'medecin-liberal', chiffres: ['cesp'] },
	{ departement: '12', commune: '12202', nom: 'Rodez', profil: 'chirurgien-dentiste-liberal', chiffres: ['caicd'] }
];

/** A tour on the fake clock of vi.useFakeTimers: 1 s per step, play again after 3 s idle. */
function lecteur() {
	const l = new Lecteur(PARCOURS, () => Date.now());
	expect(l.regler(new URLSearchParams('duree=1&reprise=3'))).toEqual([]);
	return l;
}

describe('lecteur de la présentation', () => {
	let arreter = () => {};
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		arreter();
		vi.useRealTimers();
	});

	it('avance seul d’une étape par durée, en bouclant', () => {
		const l = lecteur();
		arreter = l.jouer();
		expect(l.etat.index).toBe(0);
		vi.advanceTimersByTime(1000);
		expect(l.etat.index).toBe(1);
		expect(l.etape.type).toBe('chiffres');
		vi.advanceTimersByTime(3000);
		expect(l.etat).toMatchObject({ index: 0, cycles: 1, lecture: true });
	});

	it('se met en pause à la moindre activité et reprend après l’inactivité', () => {
		const l = lecteur();
		arreter = l.jouer();
		vi.advanceTimersByTime(500);
		l.agir('interagir');
		expect(l.etat.lecture).toBe(false);
		expect(l.annonce).toBe('');
		vi.advanceTimersByTime(2000);
		expect(l.etat).toMatchObject({ index: 0, lecture: false });
		expect(l.secondes).toBe(1);
		// Activity again: the idle delay starts over.
		l.agir('interagir');
		vi.advanceTimersByTime(2900);
		expect(l.etat.lecture).toBe(false);
		vi.advanceTimersByTime(400);
		expect(l.etat.lecture).toBe(true);
		// Played again at 5.5 s, the step goes on from the 0.5 s it had already been shown: next step at 6 s.
		vi.advanceTimersByTime(150);
		expect(l.etat.index).toBe(0);
		vi.advanceTimersByTime(100);
		expect(l.etat.index).toBe(1);
	});

	it('change d’étape au clavier, en pause, et l’annonce', () => {
		const l = lecteur();
		arreter = l.jouer();
		l.agir('suivant');
		expect(l.etat).toMatchObject({ index: 1, lecture: false });
		expect(l.annonce).toBe('Présentation en pause.');
		l.agir('precedent');
		l.agir('precedent');
		expect(l.etat.index).toBe(3);
		l.agir('basculer');
		expect(l.etat.lecture).toBe(true);
		expect(l.annonce).toBe('Lecture automatique.');
		l.agir('debut');
		expect(l.etat.index).toBe(0);
		l.agir('plein-ecran');
		expect(l.etat.lecture).toBe(false);
	});

	it('montre la commune touchée sur la carte jusqu’à la reprise', () => {
		const l = lecteur();
		arreter = l.jouer();
		vi.advanceTimersByTime(1000);
		expect(l.vueCommune).toBe(false);
		l.choisir('31555');
		expect(l.etat.lecture).toBe(false);
		expect(l).toMatchObject({ codeCommune: '31555', vueCommune: true, couche: 'zonage-medecins' });
		vi.advanceTimersByTime(3000);
		expect(l.etat.lecture).toBe(true);
		expect(l.choisie).toBeNull();
		expect(l.codeCommune).toBe('48095');
		vi.advanceTimersByTime(1000);
		expect(l).toMatchObject({ codeCommune: '12202', profil: 'chirurgien-dentiste-liberal', couche: 'zonage-dentistes' });
	});

	it('garde les durées par défaut et signale une durée absurde', () => {
		const l = new Lecteur(PARCOURS, () => 0);
		expect(l.regler(new URLSearchParams('duree=vite'))[0]).toMatch(/« duree=vite » est ignoré/);
		expect(l.durees.commune).toBe(20_000);
	});

	it('s’arrête : plus aucun minuteur', () => {
		const l = lecteur();
		l.jouer()();
		expect(vi.getTimerCount()).toBe(0);
	});
});
