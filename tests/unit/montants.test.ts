/**
 * The five-year sums. The first block uses AIDES FABRIQUÉES À LA MAIN (ids borrowed, amounts and
 * calendars made up for the test) to pin the arithmetic; the real rule files are checked below.
 */
import { describe, expect, it } from 'vitest';
import { ANNEES, bilanMontants, calendrier, type AideChiffrable } from '../../src/lib/montants/bilan';
import { CLASSES_MONTANTS, bilansCommunes, classeMontant, repartitionMontants } from '../../src/lib/montants/communes';
import { titreBilan } from '../../src/lib/montants/texte';
import type { AideId, Statut, Versements } from '../../src/lib/aides/types';
import { communeTest } from './fixtures';

const source = 'test';
const enUneFois: Versements = { type: 'calendrier', annees: [1], parts: [1], enClair: 'à la signature', source };
const enDeuxFois: Versements = { type: 'calendrier', annees: [1, 3], parts: [0.5, 0.5], enClair: '1re et 3e année', source };
const troisAns: Versements = { type: 'periodique', annees: 3, enClair: '3 ans', source };

function aide(x: Partial<AideChiffrable> & Pick<AideChiffrable, 'id'>): AideChiffrable {
	return { titre: x.id, statut: 'eligible', montant: null, montantTexte: null, versements: null, collective: false, incompatibleAvec: [], ...x };
}

describe('calendrier (montants inventés)', () => {
	it('place un montant unique sur les années de son calendrier, à parts égales', () => {
		expect(calendrier({ min: 50000, max: 50000, unite: '€', periode: 'unique' }, enDeuxFois)).toEqual([
			{ min: 25000, max: 25000 },
			{ min: 0, max: 0 },
			{ min: 25000, max: 25000 },
			{ min: 0, max: 0 },
			{ min: 0, max: 0 }
		]);
	});
	it('répète un montant annuel, trimestriel ou mensuel le nombre d’années dit, une fraction pour la dernière', () => {
		const an = calendrier({ min: 5000, max: 5000, unite: '€', periode: 'an' }, troisAns)!;
		expect(an.map((a) => a.max)).toEqual([5000, 5000, 5000, 0, 0]);
		const trimestre = calendrier({ min: 8325, max: 15000, unite: '€', periode: 'trimestre' }, { ...troisAns, annees: 1 })!;
		expect(trimestre[0]).toEqual({ min: 33300, max: 60000 });
		const mois = calendrier({ min: 1000, max: 1000, unite: '€', periode: 'mois' }, { ...troisAns, annees: 1.5 })!;
		expect(mois.map((a) => a.max)).toEqual([12000, 6000, 0, 0, 0]);
		expect(calendrier({ min: 1, max: 1, unite: '€', periode: 'mois' }, { ...troisAns, annees: 9 })!.length).toBe(ANNEES);
	});
	it('un plafond sans minimum compte de 0 au plafond ; un montant par jour ne se calcule pas', () => {
		expect(calendrier({ min: null, max: 20000, unite: '€', periode: 'an' }, troisAns)![0]).toEqual({ min: 0, max: 20000 });
		expect(calendrier({ min: 200, max: 200, unite: '€', periode: 'jour' }, troisAns)).toBeNull();
	});
});

describe('bilan (aides inventées)', () => {
	const forfait = aide({ id: 'caim', titre: 'Forfait', montant: { min: 31250, max: 50000, unite: '€', periode: 'unique' }, versements: enUneFois, incompatibleAvec: ['coscom', 'contrat-ars-territoires'] });
	const annuel = aide({ id: 'coscom', titre: 'Annuel', statut: 'a-preciser', montant: { min: 5000, max: 5000, unite: '€', periode: 'an' }, versements: troisAns, incompatibleAvec: ['caim'] });
	const egal = aide({ id: 'contrat-ars-territoires', titre: 'Égal', statut: 'a-preciser', montant: { min: 31250, max: 50000, unite: '€', periode: 'unique' }, versements: enUneFois, incompatibleAvec: ['caim'] });

	it('garde la combinaison au total le plus élevé et explique l’aide écartée', () => {
		const b = bilanMontants([forfait, annuel]);
		expect(b.retenues.map((r) => r.id)).toEqual(['caim']);
		expect(b.ecartees).toHaveLength(1);
		expect(b.ecartees[0].auProfitDe).toEqual(['caim']);
		expect(b.ecartees[0].explication).toContain('le plus élevé est retenu');
		expect(b.ecartees[0].explication).toContain('l’autre reste possible à sa place');
		expect(b.surs).toEqual({ min: 31250, max: 50000 });
		expect(b.total).toEqual(b.surs);
		expect(titreBilan(b)).toBe('Jusqu’à 50\u202f000\u00a0€ sur 5 ans ici, dont 50\u202f000\u00a0€ sûrs');
	});
	it('à montant égal, l’aide sûre passe avant l’aide à préciser', () => {
		const b = bilanMontants([egal, forfait]);
		expect(b.retenues.map((r) => r.id)).toEqual(['caim']);
		expect(b.ecartees[0].explication).toContain('à montant égal, l’aide sûre est retenue');
	});
	it('deux aides à préciser qui ne s’excluent pas s’ajoutent, plus que la troisième qui les exclut toutes deux', () => {
		// annuel (15 000) + égal (50 000) n’excluent pas l’un l’autre ; forfait (50 000) exclut les deux.
		const b = bilanMontants([{ ...forfait, statut: 'a-preciser' }, annuel, egal]);
		expect(b.retenues.map((r) => r.id).sort()).toEqual(['contrat-ars-territoires', 'coscom']);
		expect(b.surs.max).toBe(0);
		expect(b.possibles).toEqual({ min: 46250, max: 65000 });
		expect(b.parAn.map((a) => a.possibles.max)).toEqual([55000, 5000, 5000, 0, 0]);
		expect(titreBilan(b)).toBe('Jusqu’à 65\u202f000\u00a0€ sur 5 ans ici, à préciser');
	});
	it('une aide sûre n’est jamais écartée pour des aides à préciser, même d’un total plus élevé', () => {
		const b = bilanMontants([forfait, annuel, egal]);
		expect(b.retenues.map((r) => r.id)).toEqual(['caim']);
		expect(b.surs).toEqual({ min: 31250, max: 50000 });
		expect(b.ecartees.map((e) => e.ligne.id).sort()).toEqual(['contrat-ars-territoires', 'coscom']);
		const plafond = bilanMontants([forfait, { ...annuel, montant: { min: null, max: 50000, unite: '€', periode: 'an' } }]);
		expect(plafond.retenues.map((r) => r.id)).toEqual(['caim']);
		expect(plafond.ecartees[0].explication).toContain('l’aide sûre est retenue avant celle qui reste à préciser');
	});
	it('met à part ce qui ne s’additionne pas et ce qui est versé à une structure ; ignore le non éligible', () => {
		const b = bilanMontants([
			aide({ id: 'majoration-fmt', montantTexte: '10 % par an' }),
			aide({ id: 'cesp', montant: { min: 1200, max: 1200, unite: '€', periode: 'mois' }, versements: { type: 'duree-inconnue', raison: 'la durée de vos études', enClair: 'par mois', source } }),
			aide({ id: 'aide-msp', collective: true, montant: { min: 50000, max: 50000, unite: '€', periode: 'unique' }, versements: enUneFois }),
			aide({ id: 'cstm', statut: 'non-eligible', montant: { min: null, max: 50000, unite: '€', periode: 'an' }, versements: troisAns })
		]);
		expect(b.total).toEqual({ min: 0, max: 0 });
		expect(b.horsTotal.map((h) => [h.id, h.raison])).toEqual([
			['majoration-fmt', 'Montant non chiffré par le texte : il n’entre pas dans la somme.'],
			['cesp', 'la durée de vos études']
		]);
		expect(b.horsTotal[0].montant).toBe('10 % par an');
		expect(b.collectives.map((c) => c.id)).toEqual(['aide-msp']);
		expect(titreBilan(b)).toBe('Aucun montant chiffrable sur 5 ans ici : voir les aides ci-dessous.');
	});
});

describe('classes et répartition (communes inventées)', () => {
	it('range un total dans sa classe', () => {
		expect([0, 1, 9999, 10000, 29999, 30000, 59999, 60000, 1e6].map(classeMontant)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
		expect(CLASSES_MONTANTS).toHaveLength(5);
	});
	it('compte communes, habitants et communes que les aides à préciser relèveraient ; un bilan par ensemble de statuts', () => {
		const fiches = [
			{ id: 'caim' as const, titre: 'Forfait', montant: { min: 50000, max: 50000, unite: '€' as const, periode: 'unique' as const }, montantTexte: null, versements: enUneFois, collective: false, incompatibleAvec: [] },
			{ id: 'coscom' as const, titre: 'Annuel', montant: { min: 5000, max: 5000, unite: '€' as const, periode: 'an' as const }, montantTexte: null, versements: troisAns, collective: false, incompatibleAvec: [] }
		];
		const statutsDe = (caim: Statut, coscom: Statut) => new Map<AideId, Statut>([['caim', caim], ['coscom', coscom]]);
		const statuts = new Map([
			['99001', statutsDe('eligible', 'a-preciser')],
			['99002', statutsDe('eligible', 'a-preciser')],
			['99003', statutsDe('non-eligible', 'a-preciser')]
		]);
		const bilans = bilansCommunes(statuts, fiches);
		expect(bilans.get('99001')).toBe(bilans.get('99002'));
		const communes = [communeTest({ code: '99001', population: 100 }), communeTest({ code: '99002', population: 50 }), communeTest({ code: '99003', population: 7 })];
		const r = repartitionMontants(communes, bilans);
		expect(r.map((k) => [k.classe.id, k.communes, k.population, k.relevables])).toEqual([
			['aucun', 1, 7, 1],
			['moins-10000', 0, 0, 0],
			['10000-30000', 0, 0, 0],
			['30000-60000', 2, 150, 2],
			['60000-plus', 0, 0, 0]
		]);
	});
});
