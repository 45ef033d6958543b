import { describe, expect, it } from 'vitest';
import { creerIndex } from '../../src/lib/recherche/recherche';
import { normaliser } from '../../src/lib/texte/texte';
import { communeTest } from './fixtures';

// DONNÉES DE TEST : noms inspirés de vraies communes, codes et populations fabriqués.
const communes = [
	communeTest({ code: '99001', nom: 'Saint-Étienne-de-Test', population: 500, codesPostaux: ['99100'] }),
	communeTest({ code: '99002', nom: 'Testville', population: 50_000, codesPostaux: ['99200', '99201'] }),
	communeTest({ code: '99003', nom: 'Petit-Testville', population: 200, codesPostaux: ['99200'] }),
	communeTest({ code: '99004', nom: 'L’Œil-de-Bœuf', population: 10, codesPostaux: ['99400'] }),
	communeTest({ code: '99005', nom: 'Villefranche-de-Test', population: 3000, codesPostaux: ['99500'] }),
	communeTest({ code: '99200', nom: 'Code-Piège', population: 1, codesPostaux: ['99900'] })
];
const index = creerIndex(communes);
const codes = (q: string) => index.chercher(q).map((r) => r.commune.code);

describe('normalisation', () => {
	it('ignore accents, casse, ponctuation, et développe St / Ste', () => {
		expect(normaliser('Saint-Étienne-d’Estréchoux')).toBe('saint etienne d estrechoux');
		expect(normaliser('ST ETIENNE')).toBe('saint etienne');
		expect(normaliser('Ste-Marie')).toBe('sainte marie');
		expect(normaliser('L’Œil-de-Bœuf')).toBe('l oeil de boeuf');
	});
});

describe('recherche', () => {
	it('trouve un nom sans accents ni majuscules, même partiel', () => {
		expect(codes('st etienne')).toEqual(['99001']);
		expect(codes('oeil de boeuf')).toEqual(['99004']);
		expect(codes('vill te')).toEqual(['99005']);
	});

	it('classe exact, puis début de nom, puis contenu, la population départageant', () => {
		expect(codes('testville')).toEqual(['99002', '99003']);
		expect(codes('test')).toEqual(['99002', '99005', '99001', '99003']);
	});

	it('liste toutes les communes d’un code postal partagé', () => {
		const r = index.chercher('99200');
		// Le code INSEE exact passe en premier, puis les communes du code postal, la plus peuplée d'abord.
		expect(r.map((x) => [x.commune.code, x.motif])).toEqual([
			['99200', 'code-insee'],
			['99002', 'code-postal'],
			['99003', 'code-postal']
		]);
	});

	it('ne tronque jamais la liste d’un code postal exact', () => {
		const nombreuses = Array.from({ length: 15 }, (_, i) =>
			communeTest({ code: `98${String(i).padStart(3, '0')}`, nom: `Test ${i}`, codesPostaux: ['98000'] })
		);
		expect(creerIndex(nombreuses).chercher('98000', 5)).toHaveLength(15);
		expect(creerIndex(nombreuses).chercher('980', 5)).toHaveLength(5);
	});

	it('trouve par code INSEE', () => {
		expect(index.chercher('99004')[0]).toMatchObject({ commune: { code: '99004' }, motif: 'code-insee' });
	});

	it('ne renvoie rien pour une requête vide, trop courte ou absurde', () => {
		expect(codes('')).toEqual([]);
		expect(codes(' a ')).toEqual([]);
		expect(codes('zzzzqqq')).toEqual([]);
		expect(codes('%%%///')).toEqual([]);
		expect(codes('x'.repeat(5000))).toEqual([]);
	});
});
