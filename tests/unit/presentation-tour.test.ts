import { describe, expect, it } from 'vitest';
import {
	actionDeTouche,
	aller,
	avancer,
	basculer,
	demarrer,
	etapesDuParcours,
	interagir,
	lireDurees,
	precedent,
	prochaineEcheance,
	progression,
	suivant,
	type Durees,
	type EtatTour
} from '../../src/lib/presentation/tour';
import type { EntreeParcours } from '../../src/lib/presentation/parcours';

const PARCOURS: EntreeParcours[] = [
	{ departement: '48', commune: '48095', nom: 'Mende', profil: 'medecin-liberal', chiffres: ['cesp'] },
	{ departement: '12', commune: '12202', nom: 'Rodez', profil: 'chirurgien-dentiste-liberal', chiffres: ['caicd', 'camcd'] }
];
const ETAPES = etapesDuParcours(PARCOURS);
const D: Durees = { commune: 1000, chiffres: 500, reprise: 3000 };

/** Drives the tour with a fake clock, calling avancer as the page's timer would. */
function jouer(etat: EtatTour, de: number, a: number, pas = 50): EtatTour {
	for (let t = de; t <= a; t += pas) etat = avancer(etat, ETAPES, D, t);
	return etat;
}

describe('étapes du parcours', () => {
	it('enchaîne la commune puis ses chiffres clés, une diapositive par série', () => {
		expect(ETAPES.map((e) => `${e.type}:${e.type === 'commune' ? e.commune : e.serie}`)).toEqual([
			'commune:48095',
			'chiffres:cesp',
			'commune:12202',
			'chiffres:caicd',
			'chiffres:camcd'
		]);
		expect(ETAPES[2]).toMatchObject({ profil: 'chirurgien-dentiste-liberal', departement: '12', entree: 1 });
	});
});

describe('lecture automatique', () => {
	it('passe à l’étape suivante après sa durée, selon son type', () => {
		let e = demarrer(0);
		expect(avancer(e, ETAPES, D, 999)).toBe(e);
		e = avancer(e, ETAPES, D, 1000);
		expect(e.index).toBe(1);
		expect(avancer(e, ETAPES, D, 1499).index).toBe(1);
		expect(avancer(e, ETAPES, D, 1500).index).toBe(2);
	});

	it('boucle sur le parcours et compte les cycles', () => {
		// One cycle: 2 communes (2 × 1000) + 3 figures (3 × 500) = 3500 ms.
		let e = jouer(demarrer(0), 0, 3499);
		expect(e).toMatchObject({ index: 4, cycles: 0 });
		e = jouer(e, 3500, 3500);
		expect(e).toMatchObject({ index: 0, cycles: 1 });
		e = jouer(e, 3550, 7000);
		expect(e).toMatchObject({ index: 0, cycles: 2 });
	});

	it('n’avance que d’une étape après une longue veille', () => {
		const e = avancer(demarrer(0), ETAPES, D, 60_000);
		expect(e.index).toBe(1);
		expect(progression(e, ETAPES, D, 60_000).fraction).toBe(0);
	});

	it('indique la progression et la prochaine échéance', () => {
		const e = demarrer(100);
		expect(progression(e, ETAPES, D, 350)).toEqual({ fraction: 0.25, reste: 750 });
		expect(prochaineEcheance(e, ETAPES, D, 350)).toBe(750);
	});
});

describe('pause et reprise', () => {
	it('une interaction met en pause en gardant le temps déjà montré, la lecture reprend après le délai d’inactivité', () => {
		let e = interagir(demarrer(0), 600);
		expect(e.lecture).toBe(false);
		// Paused: time passes without moving on.
		expect(avancer(e, ETAPES, D, 3599)).toBe(e);
		expect(progression(e, ETAPES, D, 2000)).toEqual({ fraction: 0.6, reste: 1600 });
		e = avancer(e, ETAPES, D, 3600);
		expect(e).toMatchObject({ lecture: true, index: 0 });
		// 400 ms were left on the step when it was paused.
		expect(avancer(e, ETAPES, D, 3999).index).toBe(0);
		expect(avancer(e, ETAPES, D, 4000).index).toBe(1);
	});

	it('chaque nouvelle interaction repousse la reprise', () => {
		let e = interagir(demarrer(0), 100);
		e = interagir(e, 2000);
		expect(avancer(e, ETAPES, D, 4999).lecture).toBe(false);
		expect(avancer(e, ETAPES, D, 5000).lecture).toBe(true);
	});

	it('espace bascule entre pause et lecture immédiate', () => {
		let e = basculer(demarrer(0), 300);
		expect(e.lecture).toBe(false);
		e = basculer(e, 10_000);
		expect(e.lecture).toBe(true);
		expect(avancer(e, ETAPES, D, 10_699).index).toBe(0);
		expect(avancer(e, ETAPES, D, 10_700).index).toBe(1);
	});

	it('les flèches déplacent d’une étape, dans les deux sens et en boucle, et mettent en pause', () => {
		let e = precedent(demarrer(0), ETAPES, 10);
		expect(e).toMatchObject({ index: 4, lecture: false, ecoule: 0, cycles: 0 });
		e = suivant(e, ETAPES, 20);
		expect(e.index).toBe(0);
		e = aller(e, ETAPES, 7, 30);
		expect(e.index).toBe(2);
		// Resumes from the start of the step it moved to.
		e = avancer(e, ETAPES, D, 3030);
		expect(e).toMatchObject({ lecture: true, index: 2 });
		expect(avancer(e, ETAPES, D, 4029).index).toBe(2);
		expect(avancer(e, ETAPES, D, 4030).index).toBe(3);
	});
});

describe('clavier', () => {
	it('associe les touches aux actions, télécommandes de présentation comprises', () => {
		expect(actionDeTouche(' ')).toBe('basculer');
		expect(actionDeTouche('ArrowRight')).toBe('suivant');
		expect(actionDeTouche('PageDown')).toBe('suivant');
		expect(actionDeTouche('ArrowLeft')).toBe('precedent');
		expect(actionDeTouche('PageUp')).toBe('precedent');
		expect(actionDeTouche('Escape')).toBe('arreter');
		expect(actionDeTouche('Home')).toBe('debut');
		expect(actionDeTouche('f')).toBe('plein-ecran');
		expect(actionDeTouche('a')).toBe('interagir');
		expect(actionDeTouche('Tab')).toBe('interagir');
		expect(actionDeTouche('Shift')).toBeNull();
	});
});

describe('durées dans l’adresse', () => {
	it('lit duree et reprise en secondes', () => {
		const { durees, erreurs } = lireDurees(new URLSearchParams('duree=0.4&reprise=2,5'));
		expect(erreurs).toEqual([]);
		expect(durees).toEqual({ commune: 400, chiffres: 400, reprise: 2500 });
	});

	it('ignore une valeur absurde avec un message en français', () => {
		const { durees, erreurs } = lireDurees(new URLSearchParams('duree=vite&reprise=-1'), D);
		expect(durees).toEqual(D);
		expect(erreurs).toHaveLength(2);
		expect(erreurs[0]).toMatch(/« duree=vite » est ignoré : indiquez un nombre de secondes entre 0.1 et 600/);
	});
});
