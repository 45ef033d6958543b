import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { PARCOURS } from '../../src/lib/presentation/parcours';
import { groupes } from '../../src/lib/chiffres/donnees';
import { PROFILS } from '../../src/lib/aides';

const require = createRequire(import.meta.url);
const departements: { code: string; region: string; chefLieu: string }[] = require('@etalab/decoupage-administratif/data/departements.json');
const communes: { code: string; nom: string; departement: string }[] = require('@etalab/decoupage-administratif/data/communes.json');

describe('parcours des forums', () => {
	it('passe une fois par chacun des 13 départements d’Occitanie, par sa préfecture', () => {
		const occitanie = departements.filter((d) => d.region === '76');
		expect(PARCOURS.map((e) => e.departement).sort()).toEqual(occitanie.map((d) => d.code).sort());
		for (const e of PARCOURS) {
			const dep = occitanie.find((d) => d.code === e.departement)!;
			expect(e.commune, e.nom).toBe(dep.chefLieu);
			expect(communes.find((c) => c.code === e.commune)?.nom).toBe(e.nom);
		}
	});

	it('montre surtout des médecins libéraux, un·e dentiste et un·e étudiant·e, avec des profils existants', () => {
		const profils = PARCOURS.map((e) => e.profil);
		for (const p of profils) expect(PROFILS.map((x) => x.id)).toContain(p);
		expect(profils.filter((p) => p === 'medecin-liberal').length).toBeGreaterThan(PARCOURS.length / 2);
		expect(profils).toContain('chirurgien-dentiste-liberal');
		expect(profils.some((p) => p.startsWith('etudiant'))).toBe(true);
	});

	it('montre chaque chiffre clé des brochures une fois par cycle', () => {
		const series = groupes.flatMap((g) => g.series.map((s) => s.id));
		expect(PARCOURS.flatMap((e) => e.chiffres).sort()).toEqual([...series].sort());
	});
});
