import { describe, expect, it } from 'vitest';
import { ecrireEtat, lireEtat, lireReponse } from '../../src/lib/etat/url';
import { verifierReponse } from '../../src/lib/aides';

const ctx = { profils: ['medecin-liberal'] as const, aides: ['caim', 'coscom'] as const, verifierReponse };
const lire = (qs: string) => lireEtat(new URLSearchParams(qs), ctx);

describe('état dans l’URL', () => {
	it('lit commune, couche, profil et réponses', () => {
		const { etat, erreurs } = lire('?commune=31555&couche=frr&profil=medecin-liberal&r.age=62&r.caim-en-cours=non');
		expect(erreurs).toEqual([]);
		expect(etat).toEqual({
			commune: '31555',
			couche: 'frr',
			profil: 'medecin-liberal',
			reponses: { age: 62, 'caim-en-cours': false },
			carte: 'aides',
			aide: 'meilleure',
			comparer: []
		});
	});

	it('fait l’aller-retour', () => {
		const { etat } = lire('?commune=09122&profil=medecin-liberal&r.age=61');
		expect(ecrireEtat(etat)).toBe('?commune=09122&profil=medecin-liberal&r.age=61');
		expect(ecrireEtat(lire('').etat)).toBe('');
	});

	it('refuse un code malformé, une couche, un profil ou une question inconnus, avec un message français', () => {
		const { etat, erreurs } = lire('?commune=31-555&couche=pdsa&profil=astronaute&r.inconnue=oui&r.age=beaucoup&r.situation=vacances&r.age=');
		expect(etat).toEqual({ commune: null, couche: 'zonage-medecins', profil: null, reponses: {}, carte: 'aides', aide: 'meilleure', comparer: [] });
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

	it('lit la carte, l’aide colorée et les communes épinglées, en refusant le reste avec un message', () => {
		const { etat, erreurs } = lire('?profil=medecin-liberal&carte=zonages&aide=coscom&comparer=31555,48095,31555,x,82112,09122');
		expect(etat).toMatchObject({ carte: 'zonages', aide: 'coscom', comparer: ['31555', '48095', '82112'] });
		expect(erreurs).toEqual(['« x » n’est pas un code INSEE de commune (5 caractères, par exemple 31555).', 'On compare 3 communes au plus : les premières sont gardées.']);
		expect(ecrireEtat(etat)).toBe('?profil=medecin-liberal&carte=zonages&aide=coscom&comparer=31555%2C48095%2C82112');
		expect(lire('?aide=rien&carte=ailleurs').erreurs).toEqual([
			'La carte « ailleurs » n’existe pas : carte de vos aides.',
			'L’aide « rien » n’existe pas : la carte montre la meilleure de vos aides.'
		]);
	});

	it('lit et écrit la carte des montants, avec un profil seulement', () => {
		const { etat, erreurs } = lire('?profil=medecin-liberal&carte=montants');
		expect(erreurs).toEqual([]);
		expect(etat.carte).toBe('montants');
		expect(ecrireEtat(etat)).toBe('?profil=medecin-liberal&carte=montants');
		// "Mes aides" is the default: no parameter; without a profile the map shows the zonings, whatever the mode.
		expect(ecrireEtat({ ...etat, carte: 'aides' })).toBe('?profil=medecin-liberal');
		expect(ecrireEtat({ ...etat, profil: null })).toBe('');
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
