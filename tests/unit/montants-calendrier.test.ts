/**
 * The payments chart's geometry and the sums' words. AIDES FABRIQUÉES À LA MAIN (ids borrowed,
 * amounts and calendars made up for the test); the real rule files: montants-communes-reelles.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { bilanMontants, type AideChiffrable } from '../../src/lib/montants/bilan';
import { aidesNumerotees, dispositionCalendrier, resumeCalendrier } from '../../src/lib/montants/calendrier';
import { libelleAnnee, montantCollective } from '../../src/lib/montants/texte';
import CalendrierVersements from '../../src/lib/montants/CalendrierVersements.svelte';
import type { Versements } from '../../src/lib/aides/types';

const source = 'test';
const enDeuxFois: Versements = { type: 'calendrier', annees: [1, 2], parts: [0.5, 0.5], enClair: '1re et 2e année', source };
const troisAns: Versements = { type: 'periodique', annees: 3, enClair: '3 ans', source };

function aide(x: Partial<AideChiffrable> & Pick<AideChiffrable, 'id'>): AideChiffrable {
	return { titre: x.id, statut: 'eligible', montant: null, montantTexte: null, versements: null, collective: false, incompatibleAvec: [], ...x };
}

// A possible yearly aid listed first, a sure one-off range second: the sure one is stacked at the bottom.
const annuel = aide({ id: 'coscom', titre: 'Annuel', statut: 'a-preciser', montant: { min: 5000, max: 5000, unite: '€', periode: 'an' }, versements: troisAns });
const forfait = aide({ id: 'caim', titre: 'Forfait', montant: { min: 30000, max: 50000, unite: '€', periode: 'unique' }, versements: enDeuxFois });
const bilan = bilanMontants([annuel, forfait]);

describe('libellés', () => {
	it('nomme les années du contrat', () => {
		expect([0, 1, 4].map(libelleAnnee)).toEqual(['1re année', '2e année', '5e année']);
	});
	it('donne le total sur 5 ans d’une aide versée à une structure, ou son montant en mots', () => {
		const b = bilanMontants([
			aide({ id: 'aide-msp', collective: true, montant: { min: 50000, max: 50000, unite: '€', periode: 'unique' }, versements: { ...enDeuxFois, annees: [1], parts: [1] } }),
			aide({ id: 'aci-msp', collective: true, montantTexte: 'selon critères' })
		]);
		expect(b.collectives.map(montantCollective)).toEqual(['50\u202f000\u00a0€ sur 5 ans', 'selon critères']);
	});
});

describe('calendrier des versements (aides inventées)', () => {
	it('numérote les aides sûres d’abord, puis les aides à préciser', () => {
		expect(aidesNumerotees(bilan).map((a) => [a.numero, a.id])).toEqual([
			[1, 'caim'],
			[2, 'coscom']
		]);
	});

	const d = dispositionCalendrier(bilan, { largeur: 320, police: 13, hauteurBarres: 150 });

	it('une barre par année, dans la largeur, de gauche à droite', () => {
		expect(d.barres.map((b) => b.libelle)).toEqual(['1re', '2e', '3e', '4e', '5e']);
		for (const [i, b] of d.barres.entries()) {
			expect(b.x).toBeGreaterThan(d.gauche);
			expect(b.x + b.largeur).toBeLessThanOrEqual(d.droite);
			if (i) expect(b.x).toBeGreaterThan(d.barres[i - 1].x + d.barres[i - 1].largeur);
		}
	});

	it('empile le sûr en bas et le possible au-dessus, à l’échelle de l’axe', () => {
		const [an1, , an3, an4] = d.barres;
		expect(an1.segments.map((s) => [s.id, s.statut])).toEqual([
			['caim', 'eligible'],
			['coscom', 'a-preciser']
		]);
		const [sur, possible] = an1.segments;
		// Contiguous, the sure one resting on the baseline.
		expect(sur.y + sur.hauteur).toBeCloseTo(d.baseY, 0);
		expect(possible.y + possible.hauteur).toBeCloseTo(sur.y, 0);
		// 25 000 € then 5 000 €: heights in proportion.
		expect(sur.hauteur / possible.hauteur).toBeCloseTo(5, 1);
		expect(an3.segments.map((s) => s.id)).toEqual(['coscom']);
		expect(an4.segments).toEqual([]);
		expect(an4.valeur).toBe('0');
	});

	it('hauteur au maximum de l’année, trait au minimum quand le texte donne une fourchette', () => {
		const [an1, , an3] = d.barres;
		expect(an1.total).toEqual({ min: 20000, max: 30000 });
		expect(an1.valeur).toBe('30\u202f000');
		expect(an1.minimumY).not.toBeNull();
		expect(an1.minimumY!).toBeGreaterThan(an1.segments[1].y);
		expect(an1.minimumY!).toBeLessThan(d.baseY);
		// A single figure: no mark.
		expect(an3.minimumY).toBeNull();
	});

	it('graduations arrondies, de 0 au-dessus de la plus haute barre', () => {
		expect(d.graduations[0]).toEqual({ y: d.baseY, libelle: '0' });
		const haut = d.graduations.at(-1)!;
		expect(haut.y).toBeLessThanOrEqual(d.barres[0].segments[1].y);
		expect(haut.libelle).toBe('30\u202f000');
	});

	it('ne met un numéro que dans les segments assez hauts pour le tenir', () => {
		const fin = bilanMontants([forfait, aide({ id: 'cotram', titre: 'Petit', montant: { min: 100, max: 100, unite: '€', periode: 'unique' }, versements: { ...enDeuxFois, annees: [1], parts: [1] } })]);
		const [an1] = dispositionCalendrier(fin).barres;
		expect(an1.segments.map((s) => s.numeroY === null)).toEqual([false, true]);
	});

	it('se résume en une phrase, année par année', () => {
		expect(resumeCalendrier(bilan)).toBe(
			'Versements par année du contrat — 1re année : 15\u202f000\u00a0€ à 25\u202f000\u00a0€ sûrs et 5\u202f000\u00a0€ à préciser ; 2e année : 15\u202f000\u00a0€ à 25\u202f000\u00a0€ sûrs et 5\u202f000\u00a0€ à préciser ; 3e année : 5\u202f000\u00a0€ à préciser ; 4e année : 0\u00a0€ ; 5e année : 0\u00a0€.'
		);
	});
});

describe('CalendrierVersements (rendu serveur)', () => {
	const html = render(CalendrierVersements, { props: { bilan } }).body;

	it('une image nommée, hachurée pour le possible, et une légende numérotée', () => {
		expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Versements par année du contrat — 1re année/);
		expect(html).toMatch(/<pattern id="[^"]+-hachures"/);
		expect(html).toMatch(/class="segment a-preciser[^"]*"[^>]*fill="url\(#[^"]+-hachures\)"/);
		expect(html).toContain('Barre pleine : aide sûre (éligible) ; barre hachurée : aide possible (à préciser)');
		expect(html).toMatch(/<li data-aide="caim"[^>]*>[\s\S]*Forfait<\/strong> — sûre, 30\u202f000\u00a0€ à 50\u202f000\u00a0€ sur 5 ans/);
	});

	it('son tableau, masqué mais lu, relié au bouton « Voir le tableau »', () => {
		const bouton = html.match(/<button[^>]*aria-controls="([^"]+)"[^>]*>\s*Voir le tableau\s*<\/button>/);
		expect(bouton).not.toBeNull();
		expect(html).toMatch(new RegExp(`<div id="${bouton![1]}" class="[^"]*visuellement-cache[^"]*"[^>]*>\\s*<table`));
		const lignes = [...html.matchAll(/<tr data-annee="(\d)"><th scope="row"[^>]*>([^<]+)<\/th><td class="nombre">([^<]+)<\/td><td class="nombre">([^<]+)<\/td>/g)].map((m) => m.slice(1));
		expect(lignes[0]).toEqual(['1', '1re année', '15\u202f000\u00a0€ à 25\u202f000\u00a0€', '5\u202f000\u00a0€']);
		expect(lignes).toHaveLength(5);
	});
});
