import { describe, expect, it } from 'vitest';
import { groupes } from '../../src/lib/chiffres/donnees';
import {
	COULEUR_TOTAL,
	PALETTE,
	barresDeLaSerie,
	barresGroupees,
	couleursParCle,
	rapportDeContraste,
	resumeDeLaSerie,
	type GroupeDeBarres
} from '../../src/lib/chiffres/graphiques';

const serie = (id: string) => {
	const trouvee = groupes.flatMap((g) => g.series).find((s) => s.id === id);
	if (!trouvee) throw new Error(id);
	return trouvee;
};

const EXEMPLE: GroupeDeBarres[] = [
	{
		cle: 'a',
		libelle: 'Au 30/06/2023',
		barres: [
			{ cle: 'total', libelle: 'Total', valeur: 500 },
			{ cle: 'x', libelle: 'dont x', valeur: 125, secondaire: true }
		]
	},
	{ cle: 'b', libelle: 'Au 01/01/2024', barres: [{ cle: 'total', libelle: 'Total', valeur: 1000 }] }
];

describe('barresGroupees', () => {
	const d = barresGroupees(EXEMPLE, { largeur: 400, police: 10 });
	const [total500, x125, total1000] = d.barres;

	it('une échelle linéaire commune partant de 0', () => {
		expect(d.barres.map((b) => b.x)).toEqual([0, 0, 0]);
		expect(total500.width).toBeCloseTo(total1000.width / 2, 0);
		expect(x125.width).toBeCloseTo(total1000.width / 8, 0);
	});

	it('garde la place de l’étiquette de valeur après la plus longue barre', () => {
		// "1 000" is 5 characters: 10 × (0.6 × 5 + 0.8) = 38 units.
		expect(total1000.width).toBe(362);
		expect(total1000.valeurX).toBe(366);
		for (const b of d.barres) expect(b.valeurX).toBeGreaterThan(b.x + b.width);
	});

	it('empile titres, libellés et barres sans chevauchement', () => {
		expect(d.titres.map((t) => [t.cle, t.libelle])).toEqual([
			['a', 'Au 30/06/2023'],
			['b', 'Au 01/01/2024']
		]);
		for (const b of d.barres) {
			expect(b.libelleY).toBeLessThanOrEqual(b.y);
			expect(b.valeurY).toBe(b.y + b.height / 2);
			expect(b.height).toBe(15);
		}
		expect(x125.libelleY).toBeGreaterThan(total500.y + total500.height);
		expect(d.titres[1].y).toBeGreaterThan(x125.y + x125.height);
		expect(total1000.libelleY).toBeGreaterThan(d.titres[1].y);
		expect(d.hauteur).toBeGreaterThanOrEqual(total1000.y + total1000.height);
		expect(d.largeur).toBe(400);
	});

	it('décale le libellé des sous-valeurs, pas la barre', () => {
		expect(total500.libelleX).toBe(0);
		expect(x125.libelleX).toBe(10);
	});

	it('reporte clé, groupe, libellé et valeur sur chaque rectangle', () => {
		expect(d.barres.map((b) => [b.groupe, b.cle, b.libelle, b.valeur])).toEqual([
			['a', 'total', 'Total', 500],
			['a', 'x', 'dont x', 125],
			['b', 'total', 'Total', 1000]
		]);
	});

	it('reste fini sans données ou avec des zéros', () => {
		expect(barresGroupees([])).toEqual({ largeur: 480, hauteur: 0, titres: [], barres: [] });
		const zero = barresGroupees([{ cle: 'z', libelle: 'Z', barres: [{ cle: 'total', libelle: 'T', valeur: 0 }] }]);
		expect(zero.barres[0].width).toBe(0);
		expect(Number.isFinite(zero.hauteur)).toBe(true);
	});
});

describe('barresDeLaSerie', () => {
	it('un groupe par date : total puis « dont » en minuscules', () => {
		expect(barresDeLaSerie(serie('cesp'))).toEqual([
			{
				cle: '30/06/2023',
				libelle: 'Au 30/06/2023',
				barres: [
					{ cle: 'total', libelle: 'Total', valeur: 560 },
					{ cle: 'medecins', libelle: 'dont médecins', valeur: 440, secondaire: true },
					{ cle: 'dentistes', libelle: 'dont chirurgiens-dentistes', valeur: 120, secondaire: true }
				]
			},
			{
				cle: '01/01/2024',
				libelle: 'Au 01/01/2024',
				barres: [
					{ cle: 'total', libelle: 'Total', valeur: 627 },
					{ cle: 'medecins', libelle: 'dont médecins', valeur: 491, secondaire: true },
					{ cle: 'dentistes', libelle: 'dont chirurgiens-dentistes', valeur: 136, secondaire: true }
				]
			}
		]);
	});

	it('garde les sigles et marque les valeurs imprimées « + »', () => {
		const libelles = barresDeLaSerie(serie('cde'))[0].barres.map((b) => b.libelle);
		expect(libelles).toEqual(['Total', 'dont CDE', 'dont PTMG', 'dont PTMA']);
		const autres = barresDeLaSerie(serie('contrats-autres-professions'))[0].barres;
		expect(autres.at(-1)?.libelle).toBe('+ centres de santé (CDS)');
	});
});

describe('resumeDeLaSerie', () => {
	it('énonce chaque nombre, date par date', () => {
		expect(resumeDeLaSerie(serie('msp'))).toBe(
			'Maisons de santé pluri-professionnelles (MSP). ' +
				'Au 30/06/2023 : Projet de santé validé 314, dont ayant signé l’ACI 243. ' +
				'Au 01/01/2024 : Projet de santé validé 329, dont ayant signé l’ACI 261.'
		);
	});
});

describe('couleurs', () => {
	it('total neutre, même clé même couleur, clés distinctes couleurs distinctes', () => {
		const couleurs = couleursParCle(['total', 'a', 'b', 'total', 'a', 'c', 'd', 'e', 'f']);
		expect(couleurs.get('total')).toBe(COULEUR_TOTAL);
		expect([...couleurs.values()].slice(1)).toEqual(PALETTE);
	});

	it('assez de couleurs distinctes pour la série la plus détaillée', () => {
		const cles = groupes.flatMap((g) => g.series).map((s) => barresDeLaSerie(s).flatMap((gr) => gr.barres.map((b) => b.cle)));
		const maxi = Math.max(...cles.map((c) => new Set(c).size));
		expect(new Set([COULEUR_TOTAL, ...PALETTE]).size).toBeGreaterThanOrEqual(maxi);
	});

	it('chaque couleur contraste à au moins 4,5:1 sur fond blanc', () => {
		for (const c of [COULEUR_TOTAL, ...PALETTE]) {
			expect(rapportDeContraste(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('rapportDeContraste : noir sur blanc = 21, symétrique', () => {
		expect(rapportDeContraste('#000', '#fff')).toBeCloseTo(21, 5);
		expect(rapportDeContraste('#fff', '#0072b2')).toBeCloseTo(rapportDeContraste('#0072b2', '#fff'), 10);
	});
});
