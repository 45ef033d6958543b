import { describe, expect, it } from 'vitest';
import { NON_CUMULS, aidesDuLieu, evaluerAides, type AideId, type ProfilId, type Reponses, type ResultatAide } from '../../src/lib/aides';
import type { Commune } from '../../src/lib/commune/types';
import { STATUTS, resumeStatuts } from '../../src/lib/aides/affichage';
import { meilleurStatut } from '../../src/lib/aides/repartition';
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

	describe('5. ZRR et FRR : la fin des ZRR est hors brochure, et qui est déjà installé est interrogé', () => {
		const RURALE = commune({ zrr: 'zrr', frr: 'frr-socle' });
		it('ZRR ouverte aux installations à la date de la brochure, fermée depuis le 1er juillet 2024, avec la loi', () => {
			expect(aide(RURALE, 'medecin-liberal', 'exoneration-zrr', { situation: 'installation' }).statut).toBe('eligible');
			const apres = aide(RURALE, 'medecin-liberal', 'exoneration-zrr', { situation: 'installation' }, '2026-12-02');
			expect(apres.statut).toBe('non-eligible');
			expect(apres.raisons.join(' ')).toMatch(/loi n° 2023-1322 du 29 décembre 2023, art\. 73/);
		});
		it('un médecin déjà installé dit s’il l’était avant le 1er juillet 2024 : ZRR avant, FRR après', () => {
			const EXERCICE = { situation: 'exercice' };
			expect(aide(RURALE, 'medecin-liberal', 'exoneration-zrr', EXERCICE, '2026-12-02').questions.map((q) => q.cle)).toEqual(['installation-avant-juillet-2024']);
			const avant = { ...EXERCICE, 'installation-avant-juillet-2024': true };
			const depuis = { ...EXERCICE, 'installation-avant-juillet-2024': false };
			expect([aide(RURALE, 'medecin-liberal', 'exoneration-zrr', avant, '2026-12-02').statut, aide(RURALE, 'medecin-liberal', 'exoneration-frr', avant, '2026-12-02').statut]).toEqual(['eligible', 'non-eligible']);
			expect([aide(RURALE, 'medecin-liberal', 'exoneration-zrr', depuis, '2026-12-02').statut, aide(RURALE, 'medecin-liberal', 'exoneration-frr', depuis, '2026-12-02').statut]).toEqual(['non-eligible', 'eligible']);
		});
	});

	describe('6. raisons et statuts', () => {
		it('« Vous vous installez » n’est dit qu’à qui l’a déclaré', () => {
			const FRR = commune({ frr: 'frr-socle' });
			for (const profil of ['infirmier', 'masseur-kinesitherapeute', 'autre-professionnel-sante'] as const) {
				expect(aide(FRR, profil, 'exoneration-frr', {}, '2026-12-02').raisons.join(' '), profil).not.toMatch(/Vous vous installez/);
			}
			expect(aide(FRR, 'medecin-liberal', 'exoneration-frr', { situation: 'installation' }, '2026-12-02').raisons).toContain('Vous vous installez dans cette commune.');
		});
		it('PDSA : à préciser pour un médecin en renfort, et la ZIP de la commune dite comme telle', () => {
			const renfort = aide(ZIP, 'medecin-liberal', 'exoneration-pdsa', { situation: 'renfort', 'participation-tableau-garde': true });
			expect(renfort.statut).toBe('a-preciser');
			expect(renfort.questions.map((q) => q.cle)).toEqual(['secteur-garde-avec-zip']);
			const ici = aide(ZIP, 'medecin-liberal', 'exoneration-pdsa', { situation: 'exercice', 'participation-tableau-garde': true });
			expect(ici.raisons).toContain('La commune est en ZIP : son secteur de garde compte donc au moins une commune en ZIP.');
		});
		it('400 MG : volet 1 à préciser en ZAR, volet 2 réservé aux centres de santé', () => {
			expect(aide(commune({ 'zonage-medecins': 'ZAR' }), 'medecin-salarie', 'contrat-400mg-exercice-partage').statut).toBe('a-preciser');
			expect(aide(commune(), 'medecin-salarie', 'contrat-400mg-exercice-partage').statut).toBe('eligible');
			expect(aide(ZIP, 'medecin-salarie', 'contrat-400mg-ambulatoire').questions.map((q) => q.cle)).toEqual(['centre-de-sante']);
		});
		it('une seule phrase CESP au contrat ARS des dentistes, pas de M#26 aux dentistes, pas de « aussi » orphelin', () => {
			const ariege = commune({}, '09');
			for (const reponses of [{ situation: 'installation' }, { situation: 'installation', 'signataire-cesp': true }] as Reponses[]) {
				const r = aide(ariege, 'chirurgien-dentiste-liberal', 'contrat-ars-territoires', reponses, D);
				expect(r.raisons.filter((t) => /CESP/.test(t))).toHaveLength(1);
			}
			expect(aide(commune(), 'chirurgien-dentiste-liberal', 'aci-cds', {}, D).raisons.join(' ')).not.toMatch(/#26/);
			expect(aide(ZIP, 'medecin-liberal', 'caim').raisons.join(' ')).not.toMatch(/exclut aussi/);
		});
	});

	describe('7. entrées d’information', () => {
		it('IPA et contrats conventionnels : « information », ni gain ni refus, sans question', () => {
			for (const [profil, id] of [['etudiant-infirmier', 'aide-ipa'], ['masseur-kinesitherapeute', 'contrats-conventionnels']] as const) {
				const r = aide(commune(), profil, id);
				expect(r.statut).toBe('information');
				expect(r.questions).toEqual([]);
				expect(r.raisons.length).toBeGreaterThan(0);
			}
		});
		it('carte neutre quand aucune aide du profil ne dépend du lieu', () => {
			expect(meilleurStatut(new Map([['aide-ipa', 'information']]), aidesDuLieu('etudiant-infirmier'))).toBe('information');
			expect(STATUTS.find((s) => s.id === 'information')).toMatchObject({ symbole: 'ℹ' });
			expect(resumeStatuts(evaluerAides(commune(), 'etudiant-infirmier', {}, M))).toBe('0 aide éligible, 0 à préciser, 0 non éligible, 1 pour information.');
		});
	});

	it('8. un âge absurde est refusé', () => {
		expect(() => evaluerAides(ZIP, 'medecin-liberal', { age: -3 }, M)).toThrow(/de 18 à 120/);
		expect(() => evaluerAides(ZIP, 'medecin-liberal', { age: 400 }, M)).toThrow(/de 18 à 120/);
	});
});

describe('conventionnement régulé (issue 17), une mise en garde par profession dont le texte la prévoit', () => {
	const T = '2026-12-02';
	it('kinésithérapeutes en zone non prioritaire, sages-femmes et infirmiers en zone sur-dotée : « pour information », avec la règle et sa source', () => {
		const cas: [ProfilId, Partial<Commune['zonages']>, RegExp, RegExp][] = [
			['masseur-kinesitherapeute', { 'zonage-masseurs-kinesitherapeutes': 'non-prioritaire' }, /1 départ pour 1 installation/, /Avenant n° 7/],
			['sage-femme', { 'zonage-sages-femmes': 'sur-dotee' }, /cesse définitivement son activité \(avenant 4\)/, /Avenant n° 4/],
			['infirmier', { 'zonage-infirmiers': 'sur-dotee' }, /source secondaire/, /source secondaire/]
		];
		for (const [profil, zonages, raison, source] of cas) {
			const r = aide(commune(zonages), profil, 'conventionnement-regule', {}, T);
			expect(r.statut, profil).toBe('information');
			expect(r.raisons.join(' '), profil).toMatch(raison);
			expect(r.source.reference, profil).toMatch(source);
			const ailleurs = aide(commune({ 'zonage-masseurs-kinesitherapeutes': 'intermediaire', 'zonage-sages-femmes': 'intermediaire', 'zonage-infirmiers': 'intermediaire' }), profil, 'conventionnement-regule', {}, T);
			expect(ailleurs.raisons.join(' '), profil).toMatch(/pas de régulation du conventionnement ici/);
		}
	});

	it('chirurgiens-dentistes : la régulation commence le 1er janvier 2025', () => {
		const np = commune({ 'zonage-dentistes': 'non-prioritaire' });
		expect(aide(np, 'chirurgien-dentiste-liberal', 'conventionnement-regule', {}, T).raisons.join(' ')).toMatch(/« 1 pour 1 »/);
		expect(aide(np, 'chirurgien-dentiste-liberal', 'conventionnement-regule', {}, D).raisons.join(' ')).toMatch(/entre en vigueur le 1er janvier 2025/);
	});

	it('orthophonistes : aucune règle affichée faute de texte officiel trouvé', () => {
		expect(evaluerAides(commune({ 'zonage-orthophonistes': 'sur-dotee' }), 'orthophoniste', {}, T).some((a) => a.id === 'conventionnement-regule')).toBe(false);
	});
});
