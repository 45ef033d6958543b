import { describe, expect, it } from 'vitest';
import { formatEuros, formatMontant, formatNombre } from '../../src/lib/texte/format';

// Intl fr-FR: narrow no-break space between thousands, no-break space before "€".
const FINE = '\u202f';
const INSECABLE = '\u00a0';

describe('formatNombre', () => {
	it.each([
		[0, '0'],
		[7, '7'],
		[627, '627'],
		[1234, `1${FINE}234`],
		[1234567, `1${FINE}234${FINE}567`],
		[1085.5, `1${FINE}085,5`]
	])('%d → %s', (valeur, attendu) => {
		expect(formatNombre(valeur)).toBe(attendu);
	});
});

describe('formatEuros', () => {
	it.each([
		[31250, `31${FINE}250${INSECABLE}€`],
		[130, `130${INSECABLE}€`],
		[12.5, `12,50${INSECABLE}€`]
	])('%d → %s', (valeur, attendu) => {
		expect(formatEuros(valeur)).toBe(attendu);
	});
});

describe('formatMontant', () => {
	const lisible = (texte: string) => texte.replace(/[\u202f\u00a0]/g, ' ');

	it.each([
		[{ min: 31250, max: 50000 }, '31 250 € à 50 000 €'],
		[{ min: 1200, periode: 'mois' as const }, '1 200 € / mois'],
		[{ min: 5000, periode: 'an' as const }, '5 000 € / an'],
		[{ min: 8325, max: 15000, periode: 'trimestre' as const }, '8 325 € à 15 000 € / trimestre'],
		[{ min: 3000, max: 3000 }, '3 000 €'],
		[{ min: 60, unite: 'jours', periode: 'an' as const }, '60 jours / an']
	])('%o → %s', (montant, attendu) => {
		expect(lisible(formatMontant(montant))).toBe(attendu);
	});

	it('garde les espaces insécables dans les nombres et devant l’unité', () => {
		expect(formatMontant({ min: 1200, periode: 'mois' })).toBe(`1${FINE}200${INSECABLE}€ / mois`);
		expect(formatMontant({ min: 60, unite: 'jours' })).toBe(`60${INSECABLE}jours`);
	});
});
