import { describe, expect, it } from 'vitest';
import { ecrireCsv, neutraliser } from '../../src/lib/csv/csv';
import { versCsv } from '../../src/lib/commune/tableau';
import { communeTest } from './fixtures';

describe('écrivain CSV commun', () => {
	it('écrit un BOM, des « ; », des fins de ligne CRLF et des nombres à virgule sans séparateur de milliers', () => {
		const csv = ecrireCsv(['a', 'b', 'c'], [[12345, 3.28, null], ['x', undefined, Number.NaN]]);
		expect(csv).toBe('\uFEFFa;b;c\r\n12345;3,28;\r\nx;;\r\n');
	});

	it('protège les champs qui contiennent un séparateur, un guillemet ou un saut de ligne', () => {
		const csv = ecrireCsv(['nom'], [['Alpha; "la grande"'], ['deux\nlignes']]);
		expect(csv.split('\r\n').slice(1, 3)).toEqual(['"Alpha; ""la grande"""', '"deux\nlignes"']);
	});

	it('neutralise les formules : =, +, -, @, tabulation et retour chariot en tête de cellule', () => {
		for (const f of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(neutraliser(f)).toBe(`'${f}`);
		for (const ok of ['Toulouse', 'ZAR → ZAC', '3,5', 'a=b', '']) expect(neutraliser(ok)).toBe(ok);
		const csv = ecrireCsv(['nom', 'n'], [['=cmd|"/c calc"!A1', -3]]);
		// The formula becomes text (and is quoted for its own quote); a real negative number stays a number.
		expect(csv.split('\r\n')[1]).toBe(`"'=cmd|""/c calc""!A1";-3`);
	});

	it('neutralise aussi les formules dans l’export du tableau des communes', () => {
		// DONNÉES DE TEST : un nom de commune piégé, comme pourrait en contenir un fichier importé.
		const csv = versCsv([communeTest({ nom: '=1+1', qpv: [{ code: 'QN1', nom: '@piège' }] })]);
		const ligne = csv.split('\r\n')[1];
		expect(ligne.split(';')[1]).toBe("'=1+1");
		expect(ligne.endsWith(";'@piège (QN1)")).toBe(true);
	});
});
