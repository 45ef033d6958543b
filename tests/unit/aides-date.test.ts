import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluerAides, statutsAides, type AideId, type ProfilId, type Reponses } from '../../src/lib/aides';
import { DATES_BROCHURES, DATE_MIN, aujourdhui, dateDesBrochures, lireDateRegles } from '../../src/lib/aides/date';
import type { Commune } from '../../src/lib/commune/types';
import { communeTest } from './fixtures';

/** TEST DATA — a made-up commune with the given layer values (default ZAC elsewhere). */
const commune = (zonages: Partial<Commune['zonages']> = {}) => communeTest({ code: '99999', departement: '31', zonages });
const ZIP = commune({ 'zonage-medecins': 'ZIP' });
const resultat = (c: Commune, profil: ProfilId, id: AideId, reponses: Reponses, date: string) => evaluerAides(c, profil, reponses, date).find((r) => r.id === id)!;

describe('date des règles', () => {
	afterEach(() => vi.useRealTimers());

	it('lit AAAA-MM-JJ, une date du calendrier, à partir du 1er janvier 2023', () => {
		expect(lireDateRegles('2026-12-02')).toEqual({ date: '2026-12-02' });
		expect(lireDateRegles(DATE_MIN)).toEqual({ date: '2023-01-01' });
		expect(lireDateRegles('02/12/2026')).toEqual({ erreur: expect.stringMatching(/illisible.*AAAA-MM-JJ/) });
		expect(lireDateRegles('2025-02-29')).toEqual({ erreur: expect.stringMatching(/n’existe pas/) });
		expect(lireDateRegles('2024-02-29')).toEqual({ date: '2024-02-29' });
		expect(lireDateRegles('2022-05-01')).toEqual({
			erreur: 'La date « 2022-05-01 » est antérieure au 1er janvier 2023 : les règles commencent avec les brochures de 2023.'
		});
	});

	it('prend aujourd’hui en heure locale', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(2026, 11, 2, 23, 30));
		expect(aujourdhui()).toBe('2026-12-02');
	});

	it('donne la date de la brochure de chaque profil', () => {
		expect(dateDesBrochures('chirurgien-dentiste-liberal')).toBe(DATES_BROCHURES.dentistes);
		expect(dateDesBrochures('etudiant-odontologie')).toBe('2023-06-30');
		expect(dateDesBrochures('medecin-liberal')).toBe('2023-12-27');
		expect(dateDesBrochures('infirmier')).toBe('2023-12-27');
	});

	it('refuse une date illisible ou antérieure à 2023 dans le moteur', () => {
		expect(() => evaluerAides(ZIP, 'medecin-liberal', {}, '2022-12-31')).toThrow(/antérieure au 1er janvier 2023/);
		expect(() => statutsAides(ZIP, 'medecin-liberal', {}, 'hier')).toThrow(/illisible/);
	});
});

describe('fenêtre d’adhésion des aides', () => {
	const INSTALLATION = { situation: 'installation' };

	it('CAIM : ouvert jusqu’au 31 décembre 2025, fermé ensuite avec ce qui le remplace et le sort des contrats signés', () => {
		const avant = resultat(ZIP, 'medecin-liberal', 'caim', INSTALLATION, '2025-12-31');
		expect(avant.statut).toBe('eligible');
		expect(avant).toMatchObject({ date: '2025-12-31', ouverture: null, fermeture: '2025-12-31', horsBrochure: false });
		expect(avant.sourceValidite).toMatch(/ameli\.fr.*lu le 2026-12-02/);
		const apres = resultat(ZIP, 'medecin-liberal', 'caim', INSTALLATION, '2026-12-02');
		expect(apres.statut).toBe('non-eligible');
		expect(apres.date).toBe('2026-12-02');
		const raisons = apres.raisons.join(' ');
		expect(raisons).toContain('Fermé aux nouvelles adhésions depuis le 1er janvier 2026.');
		expect(raisons).toContain('remplacé par l’aide à la primo-installation');
		expect(raisons).toMatch(/se poursuit jusqu’à son terme/);
	});

	it.each(['coscom', 'coscom-msu', 'cotram', 'cstm'] as const)('%s : fermé aux nouvelles adhésions en 2026, même sans réponse', (id) => {
		const r = resultat(ZIP, 'medecin-msu', id, {}, '2026-01-01');
		expect(r.statut).toBe('non-eligible');
		expect(r.questions).toEqual([]);
		expect(r.raisons.join(' ')).toMatch(/Fermé aux nouvelles adhésions depuis le 1er janvier 2026/);
		expect(resultat(ZIP, 'medecin-msu', id, {}, '2025-06-01').statut).not.toBe('non-eligible');
	});

	it('ne mélange pas les dates dans le mémo', () => {
		expect(statutsAides(ZIP, 'medecin-liberal', INSTALLATION, '2024-01-01').get('caim')).toBe('eligible');
		expect(statutsAides(ZIP, 'medecin-liberal', INSTALLATION, '2026-01-01').get('caim')).toBe('non-eligible');
		expect(evaluerAides(ZIP, 'medecin-liberal', INSTALLATION, '2024-01-01')).not.toBe(evaluerAides(ZIP, 'medecin-liberal', INSTALLATION, '2026-01-01'));
	});

	it('une aide ARS des brochures lue après leur date : « selon la brochure du …, non confirmé depuis »', () => {
		const ariege = communeTest({ code: '99998', departement: '09', zonages: {} });
		const avant = resultat(ariege, 'medecin-liberal', 'contrat-ars-territoires', INSTALLATION, '2023-12-27');
		expect(avant.raisons.join(' ')).not.toMatch(/non confirmé/);
		const apres = resultat(ariege, 'medecin-liberal', 'contrat-ars-territoires', INSTALLATION, '2026-12-02');
		expect(apres.raisons).toContain('Selon la brochure du 27/12/2023, non confirmé depuis par un texte officiel : à vérifier auprès de l’ARS Occitanie.');
		expect(resultat(ZIP, 'medecin-liberal', 'caim', INSTALLATION, '2026-12-02').raisons.join(' ')).not.toMatch(/non confirmé/);
	});
});
