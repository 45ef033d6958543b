import { describe, expect, it } from 'vitest';
import { NON_CUMULS, evaluerAides, type AideId, type ProfilId, type Reponses, type ResultatAide } from '../../src/lib/aides';
import type { Commune } from '../../src/lib/commune/types';
import { communeTest } from './fixtures';

/**
 * The third review of the rules against the brochures (issue 18): each case failed before its fix.
 * TEST DATA — made-up communes (default ZAC, Haute-Garonne, no QPV, not ZRR/FRR), brochures' dates.
 */
const commune = (zonages: Partial<Commune['zonages']> = {}, departement = '31') =>
	communeTest({ code: '99999', departement, qpv: zonages.qpv === 'avec-qpv' ? [{ code: 'QN99999T', nom: 'Quartier de test' }] : [], zonages });
const M = '2023-12-27';
const D = '2023-06-30';
const aide = (c: Commune, profil: ProfilId, id: AideId, reponses: Reponses = {}, date = M): ResultatAide => {
	const r = evaluerAides(c, profil, reponses, date).find((a) => a.id === id);
	if (!r) throw new Error(`${id} absent`);
	return r;
};
const ZIP = commune({ 'zonage-medecins': 'ZIP' });

describe('issue 18', () => {
	it('1. le COSCOM MSU suit la situation du COSCOM (« J’exerce en ZIP »)', () => {
		expect(aide(ZIP, 'medecin-msu', 'coscom-msu', { situation: 'renfort', 'caim-en-cours': false }).statut).toBe('non-eligible');
		expect(aide(ZIP, 'medecin-msu', 'coscom-msu', { situation: 'installation', 'caim-en-cours': false }).statut).toBe('non-eligible');
		expect(aide(ZIP, 'medecin-msu', 'coscom-msu', { situation: 'exercice', 'caim-en-cours': false }).statut).toBe('eligible');
		expect(aide(ZIP, 'medecin-msu', 'coscom-msu', { 'caim-en-cours': false }).questions.map((q) => q.cle)).toEqual(['situation']);
	});

	it('2. le COSCOM MSU n’est cumulable ni avec le COTRAM ni avec le CSTM, dans les deux sens', () => {
		const paires = NON_CUMULS.map(([a, b]) => `${a}+${b}`);
		expect(paires).toEqual(expect.arrayContaining(['coscom-msu+cotram', 'coscom-msu+cstm']));
		expect(aide(ZIP, 'medecin-msu', 'cotram').incompatibleAvec).toContain('coscom-msu');
		expect(aide(ZIP, 'medecin-msu', 'cstm').incompatibleAvec).toContain('coscom-msu');
	});

	describe('3. les chirurgiens-dentistes ont une situation', () => {
		const TSD = commune({ 'zonage-dentistes': 'tres-sous-dotee' });
		it('installation → CAICD, exercice → CAMCD, jamais les deux', () => {
			const statuts = (situation: string) => ['caicd', 'camcd'].map((id) => aide(TSD, 'chirurgien-dentiste-liberal', id as AideId, { situation, 'beneficiaire-caicd': false }, D).statut);
			expect(statuts('installation')).toEqual(['eligible', 'non-eligible']);
			expect(statuts('exercice')).toEqual(['non-eligible', 'eligible']);
			expect(aide(TSD, 'chirurgien-dentiste-liberal', 'caicd', {}, D).questions.map((q) => q.cle)).toEqual(['situation']);
		});
	});

	describe('4. un QPV d’une commune en ZAC peut être classé en ZIP', () => {
		const ZAC_QPV = commune({ 'zonage-medecins': 'ZAC', qpv: 'avec-qpv' });
		it('installation dans le QPV : les aides réservées aux ZIP sont à préciser, avec la raison', () => {
			const r = aide(ZAC_QPV, 'medecin-liberal', 'caim', { situation: 'installation', 'installation-en-qpv': true });
			expect(r.statut).toBe('a-preciser');
			expect(r.raisons.join(' ')).toMatch(/certains QPV de communes en ZAC sont classés en ZIP/);
		});
		it('hors du QPV ou sans QPV : non éligible ; sans réponse, la question est posée', () => {
			expect(aide(ZAC_QPV, 'medecin-liberal', 'caim', { situation: 'installation', 'installation-en-qpv': false }).statut).toBe('non-eligible');
			expect(aide(commune(), 'medecin-liberal', 'caim', { situation: 'installation' }).statut).toBe('non-eligible');
			expect(aide(ZAC_QPV, 'medecin-liberal', 'caim', { situation: 'installation' }).questions.map((q) => q.cle)).toEqual(['installation-en-qpv']);
		});
	});
});
