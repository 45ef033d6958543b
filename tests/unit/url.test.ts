import { describe, expect, it } from 'vitest';
import { ecrireEtat, lireEtat, lireReponse } from '../../src/lib/etat/url';

const ctx = { profils: ['medecin-liberal'], questions: ['age', 'a-beneficie-caim'] };
const lire = (qs: string) => lireEtat(new URLSearchParams(qs), ctx);

describe('état dans l’URL', () => {
	it('lit commune, couche, profil et réponses', () => {
		const { etat, erreurs } = lire('?commune=31555&couche=frr&profil=medecin-liberal&r.age=62&r.a-beneficie-caim=non');
		expect(erreurs).toEqual([]);
		expect(etat).toEqual({
			commune: '31555',
			couche: 'frr',
			profil: 'medecin-liberal',
			reponses: { age: 62, 'a-beneficie-caim': false }
		});
	});

	it('fait l’aller-retour', () => {
		const { etat } = lire('?commune=09122&profil=medecin-liberal&r.age=61');
		expect(ecrireEtat(etat)).toBe('?commune=09122&profil=medecin-liberal&r.age=61');
		expect(ecrireEtat(lire('').etat)).toBe('');
	});

	it('refuse un code malformé, une couche, un profil ou une question inconnus, avec un message français', () => {
		const { etat, erreurs } = lire('?commune=31-555&couche=pdsa&profil=astronaute&r.inconnue=oui&r.age=beaucoup');
		expect(etat).toEqual({ commune: null, couche: 'zonage-medecins', profil: null, reponses: {} });
		expect(erreurs).toHaveLength(5);
		expect(erreurs[0]).toMatch(/n’est pas un code INSEE/);
		expect(erreurs[1]).toMatch(/couche « pdsa » n’existe pas/);
		expect(erreurs[4]).toMatch(/Réponse illisible/);
	});

	it('tronque les valeurs absurdement longues dans les messages', () => {
		const { erreurs } = lire(`?commune=${'9'.repeat(10_000)}`);
		expect(erreurs[0].length).toBeLessThan(120);
	});

	it('lit oui/non/true/false et les nombres', () => {
		expect([lireReponse('oui'), lireReponse('NON'), lireReponse('true'), lireReponse('12.5'), lireReponse(''), lireReponse('x')]).toEqual([
			true,
			false,
			true,
			12.5,
			null,
			null
		]);
	});
});
