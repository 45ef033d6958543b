/**
 * Commune search by name (accent-, case- and punctuation-insensitive, partial), postal code or
 * INSEE code. Pure and synchronous: the index is built once, a query costs well under a millisecond.
 */
import type { Commune } from '../commune/types';
import { normaliser } from '../texte/texte';

export type Motif = 'code-insee' | 'code-postal' | 'nom';

export interface ResultatRecherche {
	commune: Commune;
	motif: Motif;
}


interface Entree {
	commune: Commune;
	nom: string;
	mots: string[];
}

export interface IndexRecherche {
	chercher(requete: string, max?: number): ResultatRecherche[];
}

/** Larger communes first among equally good matches: they are the likelier intent. */
const parPopulation = (a: Entree, b: Entree) =>
	b.commune.population - a.commune.population || a.nom.localeCompare(b.nom);

export function creerIndex(communes: readonly Commune[]): IndexRecherche {
	const entrees: Entree[] = communes.map((c) => {
		const nom = normaliser(c.nom);
		return { commune: c, nom, mots: nom.split(' ') };
	});

	function parCode(q: string, max: number): ResultatRecherche[] {
		const insee = entrees.filter((e) => e.commune.code.startsWith(q)).sort(parPopulation);
		const postal = entrees
			.filter((e) => e.commune.codesPostaux.some((cp) => cp.startsWith(q)))
			.sort(parPopulation);
		const vus = new Set<string>();
		const res: ResultatRecherche[] = [];
		// An exact INSEE code first, then every commune sharing the postal code, then prefixes.
		const ajouter = (e: Entree, motif: Motif) => {
			if (!vus.has(e.commune.code)) {
				vus.add(e.commune.code);
				res.push({ commune: e.commune, motif });
			}
		};
		insee.filter((e) => e.commune.code === q).forEach((e) => ajouter(e, 'code-insee'));
		postal.filter((e) => e.commune.codesPostaux.includes(q)).forEach((e) => ajouter(e, 'code-postal'));
		// A shared postal code lists all its communes (23 share 09000), whatever `max` says.
		const exacts = res.length;
		postal.forEach((e) => ajouter(e, 'code-postal'));
		insee.forEach((e) => ajouter(e, 'code-insee'));
		return res.slice(0, Math.max(max, exacts));
	}

	function parNom(q: string, max: number): ResultatRecherche[] {
		const motsQ = q.split(' ');
		const rang = (e: Entree): number => {
			if (e.nom === q) return 0;
			if (e.nom.startsWith(q)) return 1;
			// Every query word starts a word of the name, in order: "vill fr" → "Villefranche-de-Rouergue".
			let i = 0;
			for (const m of e.mots) if (i < motsQ.length && m.startsWith(motsQ[i])) i++;
			if (i === motsQ.length) return 2;
			return e.nom.includes(q) ? 3 : -1;
		};
		return entrees
			.map((e) => ({ e, r: rang(e) }))
			.filter((x) => x.r >= 0)
			.sort((a, b) => a.r - b.r || parPopulation(a.e, b.e))
			.slice(0, max)
			.map((x) => ({ commune: x.e.commune, motif: 'nom' as const }));
	}

	return {
		chercher(requete, max = 10) {
			const brut = requete.trim();
			if (/^\d[\dAaBb]?\d{0,3}$/.test(brut) && brut.length >= 2) return parCode(brut.toUpperCase(), max);
			const q = normaliser(brut);
			if (q.length < 2) return [];
			return parNom(q, max);
		}
	};
}
