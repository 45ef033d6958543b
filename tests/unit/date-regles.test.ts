import { describe, expect, it } from 'vitest';
import { DateRegles } from '../../src/lib/aides/date-regles.svelte';
import { aujourdhui } from '../../src/lib/aides/date';
import { formatJour } from '../../src/lib/texte/format';

const ecrit = (d: DateRegles, toujours = false) => {
	const p = new URLSearchParams();
	(toujours ? d.ecrireToujours : d.ecrire)(p);
	return p.toString();
};

describe('date des règles (?date=)', () => {
	it('vaut aujourd’hui sans paramètre, et ne l’écrit alors que dans ce qui quitte la page', () => {
		const d = new DateRegles(new URLSearchParams());
		expect(d.date).toBe(aujourdhui());
		expect(d.estAujourdhui).toBe(true);
		expect(ecrit(d)).toBe('');
		expect(ecrit(d, true)).toBe(`date=${aujourdhui()}`);
	});

	it('lit une date choisie et l’écrit dans l’adresse', () => {
		const d = new DateRegles(new URLSearchParams('date=2023-12-27'));
		expect([d.date, d.erreur, d.estAujourdhui]).toEqual(['2023-12-27', null, false]);
		expect(ecrit(d)).toBe('date=2023-12-27');
		d.choisir(aujourdhui());
		expect(ecrit(d)).toBe('');
	});

	it('refuse une date illisible, inexistante ou antérieure à 2023 avec un message français, et prend aujourd’hui', () => {
		for (const [brute, motif] of [
			['27/12/2023', /illisible : la forme attendue est AAAA-MM-JJ/],
			['2023-02-30', /n’existe pas dans le calendrier/],
			['2022-05-01', /antérieure au 1er janvier 2023/]
		] as const) {
			const d = new DateRegles(new URLSearchParams({ date: brute }));
			expect(d.date).toBe(aujourdhui());
			expect(d.erreur).toMatch(motif);
			expect(d.erreur).toContain(`Règles au ${formatJour(aujourdhui())} (aujourd’hui).`);
		}
	});

	it('écrit les jours en toutes lettres', () => {
		expect([formatJour('2026-01-01'), formatJour('2023-12-27'), formatJour('2026-12-02')]).toEqual(['1er janvier 2026', '27 décembre 2023', '2 décembre 2026']);
	});
});
