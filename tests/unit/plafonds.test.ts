import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { comparer, estPlafonds, mesurer, validerPlafonds } from '../../src/lib/couverture/plafonds';
import { chargerPlafonds, effacerPlafonds, enregistrerPlafonds } from '../../src/lib/couverture/stockage-plafonds';
import { communeTest } from './fixtures';

// DONNÉES DE TEST fabriquées à la main : ni ces communes ni ces plafonds ne sont réels.
const communes = [
	communeTest({ code: '09001', departement: '09', population: 100, zonages: { 'zonage-medecins': 'ZIP' } }),
	communeTest({ code: '09002', departement: '09', population: 300, zonages: { 'zonage-medecins': 'ZAC' } }),
	communeTest({ code: '31001', departement: '31', population: 500, zonages: { 'zonage-medecins': 'ZAR' } }),
	communeTest({ code: '31002', departement: '31', population: 100, zonages: { 'zonage-medecins': 'ZIP' } })
];

describe('plafonds de population en ZIP et en ZIP + ZAC', () => {
	it('mesure la population en ZIP et en ZIP + ZAC, part de la population régionale, par région et par département', () => {
		const { region, departements } = mesurer(communes);
		expect(region).toMatchObject({ code: '76', population: 1000, zip: 200, zipZac: 500, partZip: 20, partZipZac: 50 });
		expect(departements.map((d) => [d.code, d.nom, d.zip, d.zipZac, d.partZip, d.partZipZac, d.partZipIci])).toEqual([
			['09', 'Ariège', 100, 400, 10, 40, 25],
			['31', 'Haute-Garonne', 100, 100, 10, 10, (100 / 600) * 100]
		]);
	});

	it('donne la marge en habitants sous chaque plafond, et le dépassement', () => {
		const { region } = mesurer(communes);
		expect(comparer(region, { zip: 25, zipZac: 45 })).toEqual({
			zip: { plafond: 25, part: 20, marge: 50, depasse: false },
			zipZac: { plafond: 45, part: 50, marge: -50, depasse: true }
		});
		// 12,5 % of 1 000 is 125 exactly, not 124 through floating point; at the ceiling is not above it.
		expect(comparer({ ...region, zip: 125 }, { zip: 12.5, zipZac: 50 }).zip).toMatchObject({ marge: 0, depasse: false });
		expect(comparer(mesurer([]).region, { zip: 10, zipZac: 20 }).zip).toMatchObject({ marge: 0, depasse: false });
	});

	it('valide la saisie : nombres de 0 à 100 %, virgule ou point, ZIP au plus ZIP + ZAC, messages en français', () => {
		expect(validerPlafonds('12,5', '40 %')).toEqual({ ok: true, zip: 12.5, zipZac: 40 });
		expect(validerPlafonds('0', '100')).toEqual({ ok: true, zip: 0, zipZac: 100 });
		expect(validerPlafonds('', '  ')).toEqual({
			ok: false,
			erreurs: { zip: 'Saisissez la part maximale de la population en ZIP, en %.', zipZac: 'Saisissez la part maximale de la population en ZIP + ZAC, en %.' }
		});
		expect(validerPlafonds('douze', '140')).toEqual({
			ok: false,
			erreurs: { zip: '« douze » n’est pas un pourcentage : écrivez un nombre, par exemple 12,5.', zipZac: 'La part en ZIP + ZAC doit être comprise entre 0 et 100 %.' }
		});
		expect(validerPlafonds('-1', '20')).toEqual({ ok: false, erreurs: { zip: 'La part en ZIP doit être comprise entre 0 et 100 %.' } });
		expect(validerPlafonds('30', '20,5')).toEqual({
			ok: false,
			erreurs: { zip: 'La part en ZIP (30 %) ne peut pas dépasser la part en ZIP + ZAC (20,5 %) : les ZIP en font partie.' }
		});
	});

	it('garde les plafonds saisis dans le navigateur et refuse un enregistrement abîmé', async () => {
		expect(await chargerPlafonds()).toBeNull();
		const p = { zip: 12.5, zipZac: 40, saisisLe: '2026-12-02T14:00:00.000Z' };
		await enregistrerPlafonds(p);
		expect(await chargerPlafonds()).toEqual(p);
		expect(estPlafonds({ zip: 50, zipZac: 40, saisisLe: 'x' })).toBe(false);
		await effacerPlafonds();
		expect(await chargerPlafonds()).toBeNull();
	});
});
