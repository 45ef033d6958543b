/**
 * The five-year sums on real communes (the table built by `npm run geodata`) with the real rule files,
 * at fixed rules' dates: each non-cumulable pair the sums must settle, and a commune where only
 * percentages and exemptions are open. The rules' « today » is pinned to 2026-12-02 (the day the
 * texts after the brochures were read), so that these figures do not move with the calendar.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decoderTable } from '../../src/lib/commune/table';
import type { Commune } from '../../src/lib/commune/types';
import { evaluerAides, type AideId, type ProfilId, type Reponses } from '../../src/lib/aides';
import { bilanMontants, type Bilan } from '../../src/lib/montants/bilan';
import { titreBilan } from '../../src/lib/montants/texte';
import { groupesComparaison } from '../../src/lib/comparaison/comparaison';

const TABLE = new URL('../../static/data/communes.json', import.meta.url);
const BROCHURE_MEDECINS = '2023-12-27';
const BROCHURE_DENTISTES = '2023-06-30';
const AUJOURDHUI = '2026-12-02';
const INSTALLATION: Reponses = { situation: 'installation' };

const e = (n: number) => `${n.toLocaleString('fr-FR').replace(/\s/g, '\u202f')}\u00a0€`;
const intervalle = (min: number, max = min) => ({ min, max });
/** Each year's [sure, possible] maxima. */
const calendrier = (b: Bilan) => b.parAn.map((a) => [a.surs.max, a.possibles.max]);

describe.runIf(existsSync(TABLE))('montants sur 5 ans, communes réelles', () => {
	const parCode = new Map<string, Commune>(decoderTable(JSON.parse(readFileSync(TABLE, 'utf8'))).map((c) => [c.code, c]));
	const commune = (code: string) => parCode.get(code)!;
	const resultats = (code: string, profil: ProfilId, reponses: Reponses, date: string) => evaluerAides(commune(code), profil, reponses, date);
	const bilan = (code: string, profil: ProfilId, reponses: Reponses, date: string) => bilanMontants(resultats(code, profil, reponses, date));
	const ids = (xs: readonly { id: AideId }[]) => xs.map((x) => x.id);

	describe('CAIM ou contrat ARS Montagne, Massif, QPV (médecin qui s’installe, brochure du 27/12/2023)', () => {
		it('Cabrespine (ZIP, montagne, Massif central) : deux aides sûres de même montant, le CAIM retenu, versé en deux fois', () => {
			const c = commune('11056');
			expect(c.zonages).toMatchObject({ 'zonage-medecins': 'ZIP', montagne: 'classee', massif: 'massif-central' });
			const b = bilan('11056', 'medecin-liberal', INSTALLATION, BROCHURE_MEDECINS);
			expect(b.retenues.map((r) => [r.id, r.statut])).toEqual([['caim', 'eligible']]);
			expect(b.ecartees.map((x) => [x.ligne.id, x.ligne.statut, x.auProfitDe])).toEqual([['contrat-ars-territoires', 'eligible', ['caim']]]);
			expect(b.ecartees[0].explication).toBe(
				`Contrat ARS d’aide à l’installation Montagne, Massif, QPV, départements 09 – 32 – 65 ou Contrat d’aide à l’installation des médecins (CAIM) : ces aides ne se cumulent pas ; à montant égal, la première de la liste est retenue (${e(31250)} à ${e(50000)} sur 5 ans contre ${e(31250)} à ${e(50000)}) ; l’autre reste possible à sa place.`
			);
			expect(b.surs).toEqual(intervalle(31250, 50000));
			expect(b.possibles).toEqual(intervalle(0));
			// Half at signing, the rest a year later.
			expect(b.parAn.map((a) => a.surs)).toEqual([intervalle(15625, 25000), intervalle(15625, 25000), intervalle(0), intervalle(0), intervalle(0)]);
			expect(ids(b.horsTotal)).toEqual(['exoneration-pdsa']);
			expect(titreBilan(b)).toBe(`Jusqu’à ${e(50000)} sur 5 ans ici, dont ${e(50000)} sûrs`);
		});

		it('Mende (ZAC avec un QPV, montagne) : le contrat ARS sûr passe avant le CAIM à préciser, versé la 1re année', () => {
			const b = bilan('48095', 'medecin-liberal', INSTALLATION, BROCHURE_MEDECINS);
			expect(b.retenues.map((r) => [r.id, r.statut])).toEqual([['contrat-ars-territoires', 'eligible']]);
			expect(b.ecartees.map((x) => [x.ligne.id, x.ligne.statut])).toEqual([['caim', 'a-preciser']]);
			expect(b.ecartees[0].explication).toContain('à montant égal, l’aide sûre est retenue');
			expect(calendrier(b)).toEqual([[50000, 0], [0, 0], [0, 0], [0, 0], [0, 0]]);
			expect(b.parAn[0].surs).toEqual(intervalle(31250, 50000));
			expect(ids(b.horsTotal)).toEqual(['exoneration-zrr', 'exoneration-pdsa']);
			expect(b.horsTotal[0].raison).toBe('Montant non chiffré par le texte : il n’entre pas dans la somme.');
			// ESP, MSP, CPTS and their ACI, the coordinators' training: paid to the structure, never in the person's sum.
			expect(ids(b.collectives)).toEqual(['aide-esp', 'aide-msp', 'aci-msp', 'aide-cpts', 'aci-cpts', 'formation-coordonnateurs']);
			expect(b.total).toEqual(intervalle(31250, 50000));
			expect(titreBilan(b)).toBe(`Jusqu’à ${e(50000)} sur 5 ans ici, dont ${e(50000)} sûrs`);
		});
	});

	describe('CAIM ou COSCOM (médecin, situation non dite, brochure du 27/12/2023)', () => {
		// CAIM (« je m’installe ») and COSCOM (« j’exerce ») are open together only while the situation is not
		// answered: the CSTM (« je viens en renfort ») is then open too, and its ceiling outweighs both.
		const reponses: Reponses = { age: 35 }; // under 60: no COTRAM
		it('Alzonne (ZIP) : le CAIM l’emporte sur le COSCOM, et le CSTM, plafonné plus haut, sur les deux', () => {
			const r = resultats('11009', 'medecin-liberal', reponses, BROCHURE_MEDECINS);
			const statut = (id: AideId) => r.find((x) => x.id === id)!.statut;
			expect([statut('caim'), statut('coscom'), statut('cstm'), statut('cotram')]).toEqual(['a-preciser', 'a-preciser', 'a-preciser', 'non-eligible']);

			// The pair alone, with its real amounts and calendars: 31 250 € to 50 000 € against 3 × 5 000 €.
			const paire = bilanMontants(r.filter((x) => x.id === 'caim' || x.id === 'coscom'));
			expect(ids(paire.retenues)).toEqual(['caim']);
			expect(paire.ecartees[0].explication).toBe(
				`Contrat de stabilisation et de coordination des médecins (COSCOM) ou Contrat d’aide à l’installation des médecins (CAIM) : ces aides ne se cumulent pas ; le plus élevé est retenu (${e(31250)} à ${e(50000)} sur 5 ans contre ${e(15000)}) ; l’autre reste possible à sa place.`
			);
			expect(paire.ecartees[0].ligne.parAn.map((a) => a.max)).toEqual([5000, 5000, 5000, 0, 0]);

			// All of them: the CSTM, counted up to its ceiling of 50 000 € a year for its 3 years.
			const b = bilanMontants(r);
			expect(ids(b.retenues)).toEqual(['cstm']);
			expect(b.ecartees.map((x) => [x.ligne.id, x.auProfitDe])).toEqual([
				['caim', ['cstm']],
				['coscom', ['cstm']]
			]);
			expect(calendrier(b)).toEqual([[0, 50000], [0, 50000], [0, 50000], [0, 0], [0, 0]]);
			expect(b.possibles).toEqual(intervalle(0, 150000));
			expect(titreBilan(b)).toBe(`Jusqu’à ${e(150000)} sur 5 ans ici, à préciser`);
		});
	});

	describe('chirurgien-dentiste libéral, zone très sous-dotée (situation non dite)', () => {
		it('Aigues-Vives (11) au 30/06/2023 : le CAICD plutôt que le CAMCD, versé à la signature', () => {
			expect(commune('11001').zonages['zonage-dentistes']).toBe('tres-sous-dotee');
			const b = bilan('11001', 'chirurgien-dentiste-liberal', {}, BROCHURE_DENTISTES);
			expect(b.retenues.map((r) => [r.id, r.statut])).toEqual([['caicd', 'a-preciser']]);
			expect(b.ecartees.map((x) => [x.ligne.id, x.auProfitDe])).toEqual([['camcd', ['caicd']]]);
			expect(b.ecartees[0].explication).toBe(
				`Contrat d’aide au maintien d’activité des chirurgiens-dentistes (CAMCD) ou Contrat d’aide à l’installation des chirurgiens-dentistes (CAICD) : ces aides ne se cumulent pas ; le plus élevé est retenu (${e(31250)} à ${e(50000)} sur 5 ans contre ${e(9000)}) ; l’autre reste possible à sa place.`
			);
			expect(calendrier(b)).toEqual([[0, 50000], [0, 0], [0, 0], [0, 0], [0, 0]]);
			expect(b.parAn[0].possibles).toEqual(intervalle(31250, 50000));
			expect(b.surs).toEqual(intervalle(0));
			expect(titreBilan(b)).toBe(`Jusqu’à ${e(50000)} sur 5 ans ici, à préciser`);
		});

		it('Argeliers (11) aujourd’hui : le CAICD2023 plutôt que le CAMCD2023, versé la 1re et la 3e année', () => {
			expect(commune('11012').zonages['zonage-dentistes']).toBe('tres-sous-dotee');
			const b = bilan('11012', 'chirurgien-dentiste-liberal', {}, AUJOURDHUI);
			expect(b.retenues.map((r) => [r.id, r.statut])).toEqual([['caicd-2023', 'a-preciser']]);
			expect(b.ecartees.map((x) => [x.ligne.id, x.auProfitDe])).toEqual([['camcd-2023', ['caicd-2023']]]);
			expect(b.ecartees[0].explication).toContain(`le plus élevé est retenu (${e(50000)} sur 5 ans contre ${e(12000)})`);
			expect(calendrier(b)).toEqual([[0, 25000], [0, 0], [0, 25000], [0, 0], [0, 0]]);
			expect(b.total).toEqual(intervalle(50000));
			// The brochure's CAICD and CAMCD are closed at this date: neither retained nor set aside.
			expect([...ids(b.retenues), ...b.ecartees.map((x) => x.ligne.id)]).not.toContain('caicd');
		});
	});

	it('médecin qui exerce en ZIP aujourd’hui, sans cabinet secondaire : majoration du forfait médecin traitant et exonérations, rien à additionner', () => {
		const reponses: Reponses = { situation: 'exercice', 'cabinet-secondaire': false, 'medecin-traitant': true, 'zone-solidarite-territoriale': false };
		const r = resultats('11012', 'medecin-liberal', reponses, AUJOURDHUI);
		expect(r.find((x) => x.id === 'majoration-fmt')!.statut).toBe('eligible');
		const b = bilanMontants(r);
		expect(b.retenues).toEqual([]);
		expect(b.ecartees).toEqual([]);
		expect(b.horsTotal.map((h) => [h.id, h.statut])).toEqual([
			['majoration-fmt', 'eligible'],
			['exoneration-pdsa', 'a-preciser']
		]);
		expect(b.horsTotal[0].montant).toMatch(/^Majoration de la partie socle du forfait médecin traitant : 10 % par an/);
		expect(b.horsTotal[0].raison).toBe('Montant non chiffré par le texte : il n’entre pas dans la somme.');
		expect(b.total).toEqual(intervalle(0));
		expect(calendrier(b).flat().every((x) => x === 0)).toBe(true);
		expect(titreBilan(b)).toBe('Aucun montant chiffrable sur 5 ans ici : voir les aides ci-dessous.');
	});

	it('la comparaison met côte à côte le sûr et le « jusqu’à » sur 5 ans de chaque commune épinglée', () => {
		const codes = ['31555', '82112', '48095'];
		const communes = codes.map(commune);
		const parCommune = new Map(codes.map((code) => [code, resultats(code, 'medecin-liberal', INSTALLATION, BROCHURE_MEDECINS)]));
		const groupe = groupesComparaison(communes, parCommune, null).find((g) => g.titre === 'Montants sur 5 ans')!;
		expect(groupe.lignes).toEqual([
			// Toulouse (ZAR, QPV): the contrat ARS to check; Moissac (ZIP): the CAIM; Mende: the contrat ARS.
			{ titre: 'Sûrs (aides éligibles)', valeurs: [e(0), `${e(31250)} à ${e(50000)}`, `${e(31250)} à ${e(50000)}`] },
			{ titre: 'Jusqu’à (avec les aides à préciser)', valeurs: [e(50000), e(50000), e(50000)] }
		]);
	});
});
