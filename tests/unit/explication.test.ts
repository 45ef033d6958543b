import { describe, expect, it } from 'vitest';
import { arbre, type Noeud } from '../../src/lib/aides/explication';
import { IDS_AIDES, variantesAide } from '../../src/lib/aides';

const feuilles = (n: Noeud): Noeud[] => ('enfants' in n ? n.enfants.flatMap(feuilles) : [n]);
const textes = (n: Noeud) => feuilles(n).map((f) => `${f.type}: ${f.texte}`);

describe('la règle d’une aide en français', () => {
	it('CAIM : public, situation et zone, dans les mots de la brochure', () => {
		const n = arbre('CAIM . éligible');
		expect(n.type).toBe('toutes');
		expect(textes(n)).toEqual([
			'fait: Médecin libéral (toutes spécialités)',
			'fait: Médecin libéral (toutes spécialités) : non',
			'fait: Chirurgien·ne-dentiste libéral·e : non',
			'question: Installation déclarée (question posée : « Quelle est votre situation dans cette commune ? »)',
			'donnee: Commune en ZIP (zone d’intervention prioritaire) du zonage médecins',
			// Issue 18, item 4: the QPV of a ZAC commune, whose class is not in the data.
			'donnee: Zonage médecins généralistes de la commune : ZAC — zone d\'action complémentaire',
			'fait: La commune compte au moins un quartier prioritaire (QPV 2024) : à vérifier auprès des financeurs',
			'question: Question posée : Votre cabinet sera-t-il situé dans un quartier prioritaire (QPV) de la commune ?',
			'fait: Le quartier prioritaire est classé en ZIP : Donnée absente (classement des QPV non publié dans les données) ; jamais renseignée.'
		]);
	});

	it('CAIM à la date : la fenêtre d’adhésion se lit en tête de la règle', () => {
		expect(textes(arbre('CAIM . éligible à la date'))[0]).toBe('fait: Ouverte aux nouvelles adhésions jusqu’au 31 décembre 2025');
	});

	it('contrat ARS : les quatre territoires, dont la question du QPV', () => {
		const t = textes(arbre('contrat ARS territoires . médecins'));
		expect(t).toContain('donnee: Commune classée en zone de montagne');
		expect(t).toContain('donnee: Commune d’un massif (loi montagne)');
		expect(t).toContain('question: Question posée : Votre cabinet sera-t-il situé dans un quartier prioritaire (QPV) de la commune ?');
		expect(t.some((x) => /ZIP|ZAC/.test(x))).toBe(false);
	});

	it('COTRAM : les âges comme la convention les lit', () => {
		const t = textes(arbre('COTRAM . éligible'));
		expect(t).toContain('donnee: Commune en ZIP (zone d’intervention prioritaire) du zonage médecins');
		expect(t).toContain('question: Médecin de 60 ans et plus (question posée : « Quel est votre âge (en années) ? »)');
		expect(t).toContain('question: Successeur de moins de 50 ans (question posée : « Quel est l’âge du médecin que vous accueillez (en années) ? »)');
	});

	it('ne montre pas le nom technique d’une règle sans titre', () => {
		expect(arbre('COSCOM . éligible').texte).toBe('');
	});

	it('se lit pour chaque variante de chaque aide, sans nom de règle brut', () => {
		for (const id of IDS_AIDES) {
			for (const v of variantesAide(id)) {
				for (const f of feuilles(arbre(v.fiche.regle))) expect(f.texte, `${id} : ${f.texte}`).not.toMatch(/ \. /);
			}
		}
	});
});
