import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { creerCouche, lireCouche, nomCouche, type TypeCouche } from '../../src/lib/couches-locales/couche';
import { appliquerCouchesLocales, tvsPartages } from '../../src/lib/couches-locales/faits';
import { chargerCouche, enregistrerCouche, listerCouches, renommerCouche, supprimerCouche } from '../../src/lib/couches-locales/stockage';
import { evaluerAides } from '../../src/lib/aides/evaluer';
import type { LectureTable, ResultatTable } from '../../src/lib/tables-communes/lecture';
import { communeTest, contexteOccitanie } from './fixtures';

/** tests/fixtures/couches-locales: hand-made tables, TVS and sectors MADE UP (see its README). */
const contexte = contexteOccitanie();
const fixture = (nom: string) => new Uint8Array(readFileSync(join('tests/fixtures/couches-locales', nom)));
const texte = (t: string) => new TextEncoder().encode(t);
function ok(r: ResultatTable<string>): LectureTable<string> {
	if (!r.ok) throw new Error(`lecture refusée : ${r.erreur}`);
	return r.lecture;
}
function refus(r: ResultatTable<string>): string {
	if (r.ok) throw new Error('le fichier aurait dû être refusé');
	return r.erreur;
}
const raisons = (l: LectureTable<string>) => l.rejets.map((r) => `${r.ligne}: ${r.raison}`);

describe('lecture d’une table commune → TVS ou secteur de garde', () => {
	it('lit la table des TVS : libellé préféré au code, ancien code, zéro perdu, code décimal, doublons, rejets', () => {
		const l = ok(lireCouche(fixture('tvs-test.csv'), contexte, 'tvs'));
		expect(l).toMatchObject({ encodage: 'UTF-8', separateur: ';', colonnes: { code: 'code_insee', valeur: 'libelle_tvs' }, lignesLues: 11 });
		expect(l.valeurs).toEqual({
			'31555': 'TVS inventé de Toulouse',
			'81004': 'TVS inventé d’Albi',
			'12218': 'TVS inventé de Conques',
			'09001': 'TVS inventé de l’Arize',
			'34172': 'TVS inventé de Montpellier'
		});
		expect(l.avertissements.map((a) => a.message)).toEqual([
			'code 12076 d’une ancienne commune, aujourd’hui 12218 Conques-en-Rouergue : TVS reporté sur cette commune',
			'code 9001 lu comme 09001 (zéro initial perdu par un tableur)',
			'code 34172.0 lu comme 34172 (partie décimale ajoutée par un tableur)'
		]);
		expect(raisons(l)).toEqual([
			'7: doublon de la ligne 3 (même code, même TVS)',
			'8: code en double avec des TVS différents (TVS inventé de Mende, TVS inventé de Marvejols ; lignes 8, 9) ; aucune n’est retenue',
			'9: code en double avec des TVS différents (TVS inventé de Mende, TVS inventé de Marvejols ; lignes 8, 9) ; aucune n’est retenue',
			'10: code INSEE inconnu en Occitanie (ni commune actuelle, ni ancienne commune)',
			'11: TVS vide',
			'12: nom de TVS trop long (plus de 100 caractères)'
		]);
	});

	it('lit la table des secteurs de garde en Windows-1252 séparée par des virgules', () => {
		const l = ok(lireCouche(fixture('secteurs-pdsa-test.csv'), contexte, 'pdsa'));
		expect(l).toMatchObject({ encodage: 'Windows-1252', separateur: ',', colonnes: { code: 'Code commune', valeur: 'Secteur de garde' } });
		expect(l.valeurs).toEqual({
			'31555': 'Secteur inventé Toulouse-Centre',
			'81004': 'Secteur inventé Albigeois',
			'12145': 'Secteur inventé Grands Causses',
			'12218': 'Secteur inventé Grands Causses'
		});
		expect(l.rejets).toEqual([]);
	});

	it.each<[TypeCouche, string, string]>([
		['tvs', 'code_insee;zonage\n31555;ZIP\n', 'une colonne de TVS (« tvs », « territoire de vie-santé »…)'],
		['pdsa', 'code_insee;tvs\n31555;T1\n', 'une colonne de secteur de garde (« secteur », « secteur PDSA »…)']
	])('refuse une table %s sans sa colonne, en disant laquelle il faut', (type, csv, attendu) => {
		expect(refus(lireCouche(texte(csv), contexte, type))).toMatch(new RegExp(`^Colonnes non reconnues\\. Il faut une colonne de code INSEE .* et ${attendu.replace(/[()…]/g, '.')}, séparées`));
	});

	it('refuse un fichier vide, binaire, un classeur, un PDF, démesuré, sans ligne, d’une autre région, de codes postaux, sans ligne retenue', () => {
		const lire = (o: Uint8Array) => refus(lireCouche(o, contexte, 'tvs'));
		expect(lire(new Uint8Array())).toBe('Le fichier est vide.');
		expect(lire(Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256))).toMatch(/^Ce fichier n’est pas un fichier texte/);
		expect(lire(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1]))).toMatch(/classeur Excel/);
		expect(lire(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 1]))).toBe('Ce fichier est un PDF : importez un fichier CSV.');
		expect(lire(new Uint8Array(6 * 1024 * 1024).fill(0x41))).toBe(
			'Le fichier pèse 6 Mo : c’est bien plus qu’une table des TVS (les 4 446 communes tiennent en moins de 1 Mo). Limite : 5 Mo.'
		);
		expect(lire(texte('code_insee;tvs\n'))).toBe('Le fichier n’a qu’un en-tête : aucune ligne de commune.');
		expect(lire(texte('code_insee;tvs\n13055;Marseille\n'))).toMatch(/^Ce fichier ne contient aucune commune d’Occitanie : ses codes sont ceux des départements 13\. Importez une table des TVS de l’Occitanie/);
		expect(lire(texte('code_postal;tvs\n31000;Toulouse\n'))).toMatch(/^Le fichier donne des codes postaux/);
		expect(lire(texte('code_insee;tvs\n31555;\n;Albi\n'))).toBe('Aucune ligne n’a pu être retenue (2 lignes rejetées) : voyez les raisons ci-dessous.');
	});

	it('donne une raison à chaque ligne fautive : séparateur, ligne incomplète, guillemet, nom sans lettre, code invalide', () => {
		const l = ok(lireCouche(texte('code_insee;secteur\n31555;Nord\n81004,Albi\n48095\n"12218;Sud\n'), contexte, 'pdsa'));
		expect(raisons(l)).toEqual([
			'3: séparateur « , » alors que l’en-tête utilise « ; »',
			'4: ligne incomplète : 1 colonne au lieu de 2',
			'5: guillemet ouvert et jamais fermé : la suite du fichier ne peut pas être lue'
		]);
		const m = ok(lireCouche(texte('code_insee;secteur\n31555;Nord\n81004;--\nABC;Sud\n'), contexte, 'pdsa'));
		expect(raisons(m)).toEqual(['3: nom de secteur sans lettre ni chiffre', '4: code INSEE invalide (5 caractères attendus, par exemple 31555)']);
	});

	it('lit une table sans en-tête', () => {
		const l = ok(lireCouche(texte('31555\tTVS inventé A\n81004\tTVS inventé B\n'), contexte, 'tvs'));
		expect(l).toMatchObject({ separateur: '\t', colonnes: { code: 'colonne 1', valeur: 'colonne 2' } });
		expect(l.valeurs).toEqual({ '31555': 'TVS inventé A', '81004': 'TVS inventé B' });
	});
});

// DONNÉES DE TEST fabriquées à la main : communes, TVS et secteurs inventés.
const communes = [
	communeTest({ code: '09001', departement: '09', population: 100, zonages: { 'zonage-medecins': 'ZIP', montagne: 'non-classee', massif: 'hors-massif' } }),
	communeTest({ code: '09002', departement: '09', population: 200, zonages: { 'zonage-medecins': 'ZAR', montagne: 'classee', massif: 'pyrenees' } }),
	communeTest({ code: '31001', departement: '31', population: 1000, zonages: { 'zonage-medecins': 'ZAR', montagne: 'non-classee', massif: 'hors-massif' } }),
	communeTest({ code: '31002', departement: '31', population: 50, zonages: { 'zonage-medecins': 'ZAC', montagne: 'non-classee', massif: 'hors-massif' } }),
	communeTest({ code: '31003', departement: '31', population: 70, zonages: { 'zonage-medecins': 'non-disponible', montagne: 'non-disponible', massif: 'hors-massif' } })
];
const secteurs = { '09001': 'Secteur A', '09002': 'Secteur A', '31001': 'Secteur B', '31002': 'Secteur B', '31003': 'Secteur C' };
const tvs = { '09001': 'TVS 1', '09002': 'TVS 1', '31001': 'TVS 2', '31002': 'TVS 2', '31003': 'TVS 2' };

describe('ce que les tables importées changent', () => {
	it('dit pour chaque commune si son secteur compte une ZIP et si son TVS compte une commune de montagne ou de massif', () => {
		const c = appliquerCouchesLocales(communes, { pdsa: secteurs, tvs });
		expect(c.map((x) => x.zonages.pdsa)).toEqual(['secteur-avec-zip', 'secteur-avec-zip', 'secteur-sans-zip', 'secteur-sans-zip', 'non-disponible']);
		// TVS 2: one commune's mountain status is unknown, none is known to be mountain: not settled.
		expect(c.map((x) => x.zonages.tvs)).toEqual(['tvs-montagne-massif', 'tvs-montagne-massif', 'non-disponible', 'non-disponible', 'non-disponible']);
		expect(appliquerCouchesLocales(communes, {})).toEqual(communes);
		expect(communes[0].zonages.pdsa).toBe('non-disponible');
	});

	it('fait passer l’exonération PDSA de « à préciser » à un verdict avec sa raison, dans un secteur avec ZIP et sans ZIP', () => {
		const reponses = { situation: 'installation', 'participation-tableau-garde': true } as const;
		const statut = (c: (typeof communes)[number]) => evaluerAides(c, 'medecin-liberal', reponses).find((a) => a.id === 'exoneration-pdsa')!;
		expect(statut(communes[1]).statut).toBe('a-preciser');
		const [, avecZip, sansZip] = appliquerCouchesLocales(communes, { pdsa: secteurs });
		expect(statut(avecZip)).toMatchObject({ statut: 'eligible', questions: [] });
		expect(statut(avecZip).raisons.join(' ')).toMatch(/table des secteurs de garde importée \(données locales\), le secteur de la commune compte au moins une commune en ZIP/);
		expect(statut(sansZip)).toMatchObject({ statut: 'non-eligible', questions: [] });
		expect(statut(sansZip).raisons.join(" ")).toMatch(/ne compte aucune commune en ZIP.*lu dans la table des secteurs de garde importée/);
	});

	it('liste les TVS partagés entre classes par un brouillon, avec leurs communes et leurs habitants', () => {
		const p = tvsPartages(communes, tvs);
		expect(p.map((t) => [t.tvs, t.population, t.classes.map((c) => [c.classe, c.communes.map((x) => x.code), c.population])])).toEqual([
			['TVS 2', 1120, [['ZAC', ['31002'], 50], ['ZAR', ['31001'], 1000], ['non-disponible', ['31003'], 70]]],
			['TVS 1', 300, [['ZIP', ['09001'], 100], ['ZAR', ['09002'], 200]]]
		]);
		expect(tvsPartages(communes, { '31001': 'TVS 3', '09002': 'TVS 3' })).toEqual([]);
	});
});

describe('stockage des tables importées', () => {
	it('enregistre, liste du plus récent au plus ancien, renomme, supprime ; compte un enregistrement abîmé', async () => {
		const l = ok(lireCouche(fixture('secteurs-pdsa-test.csv'), contexte, 'pdsa'));
		const a = creerCouche('pdsa', l, { id: 'a1b2c3d4e5f60718', nom: '', fichier: 'secteurs.csv', date: new Date('2026-12-01T10:00:00Z') });
		const b = creerCouche('tvs', ok(lireCouche(fixture('tvs-test.csv'), contexte, 'tvs')), { id: 'b1b2c3d4e5f60718', nom: ' TVS  ARS ', fichier: 'tvs.csv', date: new Date('2026-12-02T10:00:00Z') });
		expect(a).toMatchObject({ nom: 'secteurs', type: 'pdsa', bilan: { communes: 4, territoires: 3, rejetees: 0 } });
		expect(b.nom).toBe('TVS ARS');
		await enregistrerCouche(a);
		await enregistrerCouche(b);
		expect((await listerCouches()).couches.map((c) => c.id)).toEqual(['b1b2c3d4e5f60718', 'a1b2c3d4e5f60718']);
		await renommerCouche(a.id, '   ');
		expect((await chargerCouche(a.id))?.nom).toBe('secteurs');
		await renommerCouche(a.id, 'Secteurs 2026');
		expect((await chargerCouche(a.id))?.territoires['12145']).toBe('Secteur inventé Grands Causses');
		expect((await listerCouches()).couches.find((c) => c.id === a.id)?.nom).toBe('Secteurs 2026');
		await supprimerCouche(a.id);
		expect(await chargerCouche(a.id)).toBeNull();
		await expect(renommerCouche(a.id, 'x')).rejects.toThrow('Cette table n’existe plus dans ce navigateur.');
		expect(nomCouche('', '.csv', 'tvs')).toBe('Table des territoires de vie-santé (TVS)');
	});
});
