import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireFichier, controlerTaille, TAILLE_MAX, type Lecture, type ResultatLecture } from '../../src/lib/brouillons/lecture';
import { contexteOccitanie } from './fixtures';

/**
 * The parser on the corpus of tests/fixtures/brouillons (hand-made test files, see its README), against the
 * real commune list of Occitanie and its former codes (@etalab/decoupage-administratif, as the geodata build).
 */
const contexte = contexteOccitanie();

const fixture = (nom: string) => new Uint8Array(readFileSync(join('tests/fixtures/brouillons', nom)));
const texte = (t: string) => new TextEncoder().encode(t);
function ok(r: ResultatLecture): Lecture {
	if (!r.ok) throw new Error(`lecture refusée : ${r.erreur}`);
	return r.lecture;
}
function refus(r: ResultatLecture): string {
	if (r.ok) throw new Error('le fichier aurait dû être refusé');
	return r.erreur;
}
const raisons = (l: Lecture) => l.rejets.map((r) => `${r.ligne}: ${r.raison}`);

describe('lecture d’un brouillon de zonage médecins', () => {
	it('lit un brouillon valide : classes, ancien code reporté, ligne rejetée, communes absentes', () => {
		const l = ok(lireFichier(fixture('brouillon-test.csv'), contexte));
		expect(l).toMatchObject({ format: 'CSV', encodage: 'UTF-8', separateur: ';', colonnes: { code: 'code_insee', classe: 'zonage_medecins' }, lignesLues: 8 });
		expect(l.classes).toEqual({ '81004': 'ZAC', '30189': 'ZIP', '82112': 'ZAC', '48095': 'ZAC', '12218': 'ZAR', '09122': 'ZAR', '09088': 'ZIP' });
		expect(l.avertissements).toEqual([{ ligne: 8, message: 'code 09287 d’une ancienne commune, aujourd’hui 09088 Caychax-et-Senconac : classe reportée sur cette commune' }]);
		expect(l.rejets).toEqual([{ ligne: 9, code: '99999', valeur: 'ZIP', raison: 'code INSEE inconnu (aucun département ne porte ce numéro)' }]);
		expect(l.absentes).toHaveLength(4446 - 7);
		expect(l.absentes).not.toContain('81004');
	});

	it('reconnaît l’export CartoSanté : 3 lignes d’en-tête, libellés numérotés, N/A, hors zonage et classe inconnue', () => {
		const l = ok(lireFichier(fixture('cartosante-medecins.csv'), contexte));
		expect(l.format).toBe('CartoSanté');
		expect(l.colonnes).toEqual({ code: 'Code', classe: 'Zonage médecin' });
		expect(l.classes).toEqual({ '09001': 'ZIP', '09030': 'ZAC', '31555': 'ZAR', '12218': 'non-disponible' });
		expect(raisons(l)).toEqual([
			'8: classe « 3_HZ » (hors zonage) : le zonage médecins d’Occitanie et les règles des aides ne connaissent que ZIP, ZAC et ZAR',
			'9: classe inconnue (attendu : ZIP, ZAC, ZAR ou Non disponible, ou les libellés CartoSanté 1_ZIP, 2_ZAC, 4_ZAR, N/A - résultat non disponible)'
		]);
	});

	it('refuse un fichier vide, binaire, un classeur Excel ou un fichier démesuré, sans le lire', () => {
		expect(refus(lireFichier(new Uint8Array(), contexte))).toBe('Le fichier est vide.');
		expect(refus(lireFichier(texte('\n\r\n  \n'), contexte))).toBe('Le fichier ne contient que des lignes vides.');
		const binaire = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256);
		expect(refus(lireFichier(binaire, contexte))).toMatch(/^Ce fichier n’est pas un fichier texte/);
		expect(refus(lireFichier(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), contexte))).toMatch(/classeur Excel.*enregistrez la feuille au format CSV/);
		// 20 Mo of a plausible CSV, generated here rather than committed.
		const ligne = texte('31555;Toulouse;ZAR\n');
		const gros = new Uint8Array(20 * 1024 * 1024);
		for (let i = 0; i + ligne.length <= gros.length; i += ligne.length) gros.set(ligne, i);
		expect(refus(lireFichier(gros, contexte))).toBe(
			'Le fichier pèse 20 Mo : c’est bien plus qu’un zonage (les 4 446 communes tiennent en moins de 1 Mo). Limite : 5 Mo.'
		);
		expect(controlerTaille(TAILLE_MAX)).toBeNull();
		expect(controlerTaille(TAILLE_MAX + 1)).toMatch(/^Le fichier pèse 5 Mo/);
	});

	it('refuse des colonnes non reconnues, des codes postaux ou le zonage d’une autre profession, avec la raison', () => {
		expect(refus(lireFichier(fixture('mauvaises-colonnes.csv'), contexte))).toBe(
			'Colonnes non reconnues. Il faut une colonne de code INSEE (nommée par exemple « code_insee », « Code » ou « codgeo ») et une colonne de classe (« zonage », « classe »…), séparées par « ; » ou « , ». Première ligne lue : « nom;population;surface ».'
		);
		expect(refus(lireFichier(fixture('codes-postaux.csv'), contexte))).toMatch(/^Le fichier donne des codes postaux, pas des codes INSEE/);
		expect(refus(lireFichier(fixture('autre-profession.csv'), contexte))).toBe(
			'La colonne « Zonage chirurgien-dentiste » est le zonage d’une autre profession : seuls les brouillons du zonage médecins (ZIP, ZAC, ZAR) sont pris en charge.'
		);
		expect(refus(lireFichier(texte('code_insee;zonage\n'), contexte))).toBe('Le fichier n’a qu’un en-tête : aucune ligne de commune.');
	});

	it('signale les lignes à un autre séparateur que l’en-tête', () => {
		const l = ok(lireFichier(fixture('separateurs-melanges.csv'), contexte));
		expect(l.classes).toEqual({ '31555': 'ZAR', '48095': 'ZIP' });
		expect(raisons(l)).toEqual(['3: séparateur « , » alors que l’en-tête utilise « ; »', '5: séparateur « , » alors que l’en-tête utilise « ; »']);
	});

	it('lit l’UTF-8 avec BOM et le séparateur « , », le Windows-1252 et ses accents', () => {
		const bom = ok(lireFichier(fixture('bom-utf8.csv'), contexte));
		expect(bom).toMatchObject({ encodage: 'UTF-8 avec BOM', separateur: ',', colonnes: { code: 'code_insee', classe: 'classe' } });
		expect(bom.classes).toEqual({ '09122': 'ZAC', '30189': 'ZAR', '34172': 'ZAR' });
		const latin = ok(lireFichier(fixture('windows-1252.csv'), contexte));
		expect(latin).toMatchObject({ encodage: 'Windows-1252', colonnes: { classe: 'zonage_médecins' } });
		expect(latin.classes).toEqual({ '30189': 'ZAR', '12145': 'ZAC', '09088': 'ZAC', '34144': 'ZIP' });
		expect(latin.rejets).toEqual([]);
	});

	it('lit les champs entre guillemets (séparateur, guillemets doublés, saut de ligne) en gardant les numéros de ligne', () => {
		const l = ok(lireFichier(fixture('guillemets.csv'), contexte));
		expect(l.classes).toEqual({ '31555': 'ZAR', '81004': 'ZAC', '48095': 'ZIP', '82112': 'ZIP' });
		expect(l.lignesLues).toBe(4);
		const casse = ok(lireFichier(texte('code_insee;zonage\n31555;ZAR\n"81004;ZAC\n48095;ZIP\n'), contexte));
		expect(raisons(casse)).toEqual(['3: guillemet ouvert et jamais fermé : la suite du fichier ne peut pas être lue']);
	});

	it('rejette les doublons : le second d’un doublon identique, tous ceux d’un doublon contradictoire', () => {
		const l = ok(lireFichier(fixture('doublons.csv'), contexte));
		expect(l.classes).toEqual({ '31555': 'ZAR', '81004': 'ZAC' });
		expect(raisons(l)).toEqual([
			'4: doublon de la ligne 2 (même code, même classe)',
			'5: code en double avec des classes différentes (ZIP, ZAC ; lignes 5, 6) ; aucune n’est retenue',
			'6: code en double avec des classes différentes (ZIP, ZAC ; lignes 5, 6) ; aucune n’est retenue'
		]);
		expect(l.absentes).toContain('48095');
	});

	it('reporte les anciens codes sur la commune d’aujourd’hui, signale les fusions en conflit et les zéros perdus', () => {
		const l = ok(lireFichier(fixture('anciens-codes.csv'), contexte));
		// 12076 (Conques) → 12218; 34093 and 34144 agree (Lunas-les-Châteaux); 9001 is 09001.
		expect(l.classes).toEqual({ '12218': 'ZAC', '34144': 'ZIP', '09001': 'ZAC' });
		expect(l.avertissements.map((a) => a.message)).toEqual([
			'code 12076 d’une ancienne commune, aujourd’hui 12218 Conques-en-Rouergue : classe reportée sur cette commune',
			'code 34093 d’une ancienne commune, aujourd’hui 34144 Lunas-les-Châteaux : classe reportée sur cette commune',
			"code 32067 d’une ancienne commune, aujourd’hui 32365 Cap d'Astarac : classe reportée sur cette commune",
			"code 32260 d’une ancienne commune, aujourd’hui 32365 Cap d'Astarac : classe reportée sur cette commune",
			'code 9001 lu comme 09001 (zéro initial perdu par un tableur)'
		]);
		expect(raisons(l)).toEqual([
			'5: commune fusionnée 32365 Cap d\'Astarac : ses anciennes communes ont des classes différentes dans le fichier (ZIP, ZAC ; lignes 5, 6) ; aucune n’est retenue',
			'6: commune fusionnée 32365 Cap d\'Astarac : ses anciennes communes ont des classes différentes dans le fichier (ZIP, ZAC ; lignes 5, 6) ; aucune n’est retenue'
		]);
	});

	it('refuse un fichier d’une autre région en nommant ses départements', () => {
		const r = lireFichier(fixture('autre-region.csv'), contexte);
		expect(refus(r)).toBe(
			'Ce fichier ne contient aucune commune d’Occitanie : ses codes sont ceux des départements 13, 33, 69, 75. Importez un zonage de l’Occitanie (départements 09, 11, 12, 30, 31, 32, 34, 46, 48, 65, 66, 81, 82).'
		);
		expect(!r.ok && r.rejets?.map((x) => x.raison)).toContain('commune d’une autre région que l’Occitanie (département 13 — Bouches-du-Rhône)');
	});

	it('lit un fichier sans en-tête séparé par des tabulations', () => {
		const l = ok(lireFichier(fixture('sans-entete.csv'), contexte));
		expect(l).toMatchObject({ separateur: '\t', colonnes: { code: 'colonne 1', classe: 'colonne 3' }, lignesLues: 2 });
		expect(l.classes).toEqual({ '31555': 'ZAR', '81004': 'ZAC' });
	});

	it('donne une raison à chaque ligne vide, incomplète, au code invalide ou inconnu', () => {
		const l = ok(lireFichier(texte('code_insee;nom;zonage\n31555;Toulouse;ZAR\n;Vide;ZIP\n81004;Albi;\n48095\nABCDE;X;ZIP\n31999;Inconnue;ZIP\n\n;;\n;Nom seul;\n'), contexte));
		expect(raisons(l)).toEqual([
			'3: code INSEE vide',
			'4: classe vide',
			'5: ligne incomplète : 1 colonne au lieu de 3',
			'6: code INSEE invalide (5 caractères attendus, par exemple 31555)',
			'7: code INSEE inconnu en Occitanie (ni commune actuelle, ni ancienne commune)',
			'10: code INSEE et classe vides'
		]);
		// Blank lines, and lines of separators only (an empty spreadsheet row), are not data.
		expect(l.lignesLues).toBe(7);
	});

	it('relit l’export de l’application : libellés longs, « Non disponible », colonne zonage-medecins parmi d’autres', () => {
		const csv =
			'\uFEFFcode_insee;nom;departement;zonage-medecins;zonage-dentistes\r\n' +
			"31555;Toulouse;31;ZAR — zone d'appui régionale;Très dotée\r\n" +
			'12218;Conques-en-Rouergue;12;Non disponible;Intermédiaire\r\n';
		const l = ok(lireFichier(texte(csv), contexte));
		expect(l.colonnes.classe).toBe('zonage-medecins');
		expect(l.classes).toEqual({ '31555': 'ZAR', '12218': 'non-disponible' });
	});

	it('lit les libellés officiels en toutes lettres (casse, accents, apostrophes) et les codes écrits en nombres décimaux, avec un avertissement', () => {
		const csv =
			'code_insee;zonage\n' +
			"31555;Zone d'intervention prioritaire\n" +
			'81004;ZONE D’ACTION COMPLEMENTAIRE\n' +
			'48095;zone d`appui régional\n' +
			'12218;Zones d\u02BCaction complémentaire\n' +
			'34172.0;ZIP\n' +
			'9001,0;ZAR\n' +
			'30189.5;ZIP\n' +
			'09122;zone d intervention\n';
		const l = ok(lireFichier(texte(csv), contexte));
		expect(l.classes).toEqual({ '31555': 'ZIP', '81004': 'ZAC', '48095': 'ZAR', '12218': 'ZAC', '34172': 'ZIP', '09001': 'ZAR' });
		expect(l.avertissements).toEqual([
			{ ligne: 2, message: "classe « Zone d'intervention prioritaire » lue comme ZIP (libellé officiel en toutes lettres)" },
			{ ligne: 3, message: 'classe « ZONE D’ACTION COMPLEMENTAIRE » lue comme ZAC (libellé officiel en toutes lettres)' },
			{ ligne: 4, message: 'classe « zone d`appui régional » lue comme ZAR (libellé officiel en toutes lettres)' },
			{ ligne: 5, message: 'classe « Zones d\u02BCaction complémentaire » lue comme ZAC (libellé officiel en toutes lettres)' },
			{ ligne: 6, message: 'code 34172.0 lu comme 34172 (partie décimale ajoutée par un tableur)' },
			{ ligne: 7, message: 'code 9001,0 lu comme 9001 (partie décimale ajoutée par un tableur)' },
			{ ligne: 7, message: 'code 9001 lu comme 09001 (zéro initial perdu par un tableur)' }
		]);
		expect(raisons(l)).toEqual([
			'8: code INSEE invalide (5 caractères attendus, par exemple 31555)',
			'9: classe inconnue (attendu : ZIP, ZAC, ZAR ou Non disponible, ou les libellés CartoSanté 1_ZIP, 2_ZAC, 4_ZAR, N/A - résultat non disponible)'
		]);
	});
});
