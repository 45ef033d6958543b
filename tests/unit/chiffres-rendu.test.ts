// Server-side render of the component (no DOM needed): checks the markup contract
// that the e2e tests and assistive technologies rely on.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChiffresCles from '../../src/lib/chiffres/ChiffresCles.svelte';
import { filtrerGroupes, groupes } from '../../src/lib/chiffres/donnees';

const html = (props: Record<string, unknown> = {}) => render(ChiffresCles, { props }).body;

/** The markup of each figure, by series id. */
function figures(body: string): Map<string, string> {
	const resultat = new Map<string, string>();
	for (const [, id, contenu] of body.matchAll(/<figure[^>]*data-testid="graphique-([^"]+)"[^>]*>([\s\S]*?)<\/figure>/g)) {
		resultat.set(id, contenu);
	}
	return resultat;
}

const valeursAffichees = (figure: string) =>
	[...figure.matchAll(/data-testid="valeur" data-valeur="(\d+)"[^>]*>([^<]*)</g)].map(([, v, texte]) => [Number(v), texte]);

describe('ChiffresCles (rendu serveur)', () => {
	const body = html();
	const parFigure = figures(body);
	const series = groupes.flatMap((g) => g.series);

	it('racine et une figure par série', () => {
		expect(body).toContain('data-testid="chiffres-cles"');
		expect([...parFigure.keys()]).toEqual(series.map((s) => s.id));
	});

	it.each(series.map((s) => [s.id, s] as const))('%s : barres, légende, alternative accessible', (id, serie) => {
		const figure = parFigure.get(id) ?? '';
		const attendues = serie.mesures.flatMap((m) => [m.total, ...m.parts].map((v) => v.valeur));
		expect(valeursAffichees(figure)).toEqual(attendues.map((v) => [v, String(v)]));

		const legende = figure.match(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/)?.[1] ?? '';
		expect(legende).toContain(serie.titre);
		for (const m of serie.mesures) {
			expect(legende).toContain(m.date);
			expect(legende).toContain(m.source.document);
			expect(legende).toContain(m.source.page);
		}

		expect(figure).toMatch(/<svg[^>]*viewBox="0 0 320 [\d.]+"[^>]*role="img"[^>]*aria-label="[^"]+"/);
		const bouton = figure.match(/<button[^>]*aria-controls="([^"]+)"[^>]*>\s*Voir le tableau\s*<\/button>/);
		expect(bouton, 'bouton « Voir le tableau »').not.toBeNull();
		expect(figure).toMatch(/<button type="button"[^>]* aria-expanded="false"/);
		const tableau = figure.match(new RegExp(`<div id="${bouton?.[1]}" class="[^"]*visuellement-cache[^"]*"[^>]*>\\s*<table[^>]*>([\\s\\S]*)</table>`));
		expect(tableau, 'tableau masqué lié au bouton').not.toBeNull();
		const cellules = [...(tableau?.[1] ?? '').matchAll(/<td class="nombre[^"]*">(\d+)<\/td>/g)].map(([, n]) => Number(n));
		expect(cellules).toEqual(attendues);
	});

	it('CDE : la note « plus proposés » est affichée', () => {
		expect(parFigure.get('cde')).toContain('Ces contrats ne sont plus proposés depuis janvier 2024.');
	});

	it('filtre par brochure', () => {
		const dentistes = figures(html({ document: 'dentistes' }));
		expect([...dentistes.keys()]).toEqual(filtrerGroupes('dentistes').flatMap((g) => g.series.map((s) => s.id)));
		expect(dentistes.get('cesp')).not.toContain('01/01/2024');
		expect([...figures(html({ document: 'medecins' })).keys()]).not.toContain('caicd');
	});

	it('échelle : variable CSS posée seulement si la prop est donnée', () => {
		expect(html({ echelle: 2 })).toMatch(/style="--chiffres-echelle: 2;?"/);
		expect(body).not.toContain('--chiffres-echelle:');
	});
});
