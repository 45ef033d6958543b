import { describe, expect, it } from 'vitest';
import { ecrireEtat, lireEtat, lireReponse } from '../../src/lib/etat/url';
import { verifierReponse } from '../../src/lib/aides';

const ctx = { profils: ['medecin-liberal'], verifierReponse };
const lire = (qs: string) => lireEtat(new URLSearchParams(qs), ctx);

describe('état dans l’URL', () => {
	it('lit commune, couche, profil et réponses', () => {
		const { etat, erreurs } = lire('?commune=31555&couche=frr&profil=medecin-liberal&r.age=62&r.caim-en-cours=non');
		expect(erreurs).toEqual([]);
		expect(etat).toEqual({
			commune: '31555',
			couche: 'frr',
			profil: 'medecin-liberal',
			reponses: { age: 62, 'caim-en-cours': false }
		});
	});

	it('fait l’aller-retour', () => {
		const { etat } = lire('?commune=09122&profil=medecin-liberal&r.age=61');
		expect(ecrireEtat(etat)).toBe('?commune=09122&profil=medecin-liberal&r.age=61');
		expect(ecrireEtat(lire('').etat)).toBe('');
	});

	it('refuse un code malformé, une couche, un profil ou une question inconnus, avec un message français', () => {
		const { etat, erreurs } = lire('?commune=31-555&couche=pdsa&profil=astronaute&r.inconnue=oui&r.age=beaucoup&r.situation=vacances&r.age=');
		expect(etat).toEqual({ commune: null, couche: 'zonage-medecins', profil: null, reponses: {} });
		expect(erreurs).toHaveLength(7);
		expect(erreurs[0]).toMatch(/n’est pas un code INSEE/);
		expect(erreurs[1]).toMatch(/couche « pdsa » n’existe pas/);
		expect(erreurs[3]).toMatch(/Question inconnue : « inconnue »/);
		expect(erreurs[4]).toMatch(/Réponse invalide pour « age » : un nombre attendu/);
		expect(erreurs[5]).toMatch(/Réponse invalide pour « situation »/);
		expect(erreurs[6]).toMatch(/Réponse vide pour « age »/);
	});

	it('tronque les valeurs absurdement longues dans les messages', () => {
		const { erreurs } = lire(`?commune=${'9'.repeat(10_000)}`);
		expect(erreurs[0].length).toBeLessThan(120);
	});

	it('garde le brouillon actif, écarte un identifiant malformé', () => {
		const { etat } = lire('?commune=31555&brouillon=0123456789abcdef');
		expect(etat.brouillon).toBe('0123456789abcdef');
		expect(ecrireEtat(etat)).toBe('?commune=31555&brouillon=0123456789abcdef');
		const mauvais = lire('?brouillon=../../etc');
		expect(mauvais.etat.brouillon).toBeUndefined();
		expect(mauvais.erreurs).toEqual(['« ../../etc » n’est pas un identifiant de brouillon : affichage du zonage en vigueur.']);
	});

	it('lit une situation choisie', () => {
		expect(lire('?profil=medecin-liberal&r.situation=renfort').etat.reponses).toEqual({ situation: 'renfort' });
	});

	it('lit oui/non/true/false, les nombres et le texte d’un choix', () => {
		expect([lireReponse('oui'), lireReponse('NON'), lireReponse('true'), lireReponse('12.5'), lireReponse(''), lireReponse('x')]).toEqual([
			true,
			false,
			true,
			12.5,
			null,
			'x'
		]);
	});
});
