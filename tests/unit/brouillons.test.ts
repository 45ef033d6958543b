import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appliquerBrouillon, avecBrouillon, creerBrouillon, estBrouillon, estIdBrouillon, nomBrouillon, nouvelId } from '../../src/lib/brouillons/brouillon';
import {
	categorieTransition,
	changements,
	changementsVersCsv,
	effetsAides,
	tableauTransitions,
	zonageVersCsv
} from '../../src/lib/brouillons/comparaison';
import { lireFichier, type ContexteLecture, type Lecture } from '../../src/lib/brouillons/lecture';
import { chargerBrouillon, enregistrerBrouillon, ErreurStockage, listerBrouillons, renommerBrouillon, supprimerBrouillon } from '../../src/lib/brouillons/stockage';
import { decoderTable } from '../../src/lib/commune/table';
import type { Commune } from '../../src/lib/commune/types';
import { communeTest } from './fixtures';

// DONNÉES DE TEST fabriquées à la main.
const communes = [
	communeTest({ code: '09001', departement: '09', population: 100, zonages: { 'zonage-medecins': 'ZAR' } }),
	communeTest({ code: '09002', departement: '09', population: 200, zonages: { 'zonage-medecins': 'ZIP' } }),
	communeTest({ code: '31001', departement: '31', population: 1000, zonages: { 'zonage-medecins': 'ZAR' } }),
	communeTest({ code: '31002', departement: '31', population: 50, zonages: { 'zonage-medecins': 'non-disponible' } }),
	communeTest({ code: '31003', departement: '31', population: 70, zonages: { 'zonage-medecins': 'ZAC' } })
];
const brouillon = { classes: { '09001': 'ZIP', '09002': 'ZIP', '31001': 'ZAC', '31002': 'ZAR' } as const };

describe('un brouillon appliqué aux communes', () => {
	it('remplace le seul zonage médecins des communes qu’il donne, sans toucher les autres', () => {
		const appliquees = appliquerBrouillon(communes, brouillon);
		expect(appliquees.map((c) => c.zonages['zonage-medecins'])).toEqual(['ZIP', 'ZIP', 'ZAC', 'ZAR', 'ZAC']);
		expect(appliquees[0].zonages['zonage-dentistes']).toBe(communes[0].zonages['zonage-dentistes']);
		// Unchanged communes are the same objects; the input is never modified.
		expect(appliquees[1]).toBe(communes[1]);
		expect(communes[0].zonages['zonage-medecins']).toBe('ZAR');
		expect(appliquerBrouillon(communes, null)).toEqual(communes);
	});

	it('classe chaque transition par sens et par nombre de niveaux', () => {
		expect(categorieTransition('ZAR', 'ZIP')).toBe('renforcee-2');
		expect(categorieTransition('ZAC', 'ZIP')).toBe('renforcee-1');
		expect(categorieTransition('ZIP', 'ZAC')).toBe('allegee-1');
		expect(categorieTransition('ZIP', 'ZAR')).toBe('allegee-2');
		expect(categorieTransition('non-disponible', 'ZAR')).toBe('indeterminee');
		expect(categorieTransition('ZAC', 'ZAC')).toBe('inchangee');
	});

	it('compte communes et population par transition et par département', () => {
		const liste = changements(communes, brouillon);
		expect(liste.map((c) => c.commune.code)).toEqual(['09001', '31001', '31002']);
		const t = tableauTransitions(liste);
		expect(t.map((l) => [l.libelle, l.total.communes, l.total.population, l.departements])).toEqual([
			['ZAR → ZIP', 1, 100, { '09': { communes: 1, population: 100 } }],
			['ZAR → ZAC', 1, 1000, { '31': { communes: 1, population: 1000 } }],
			['Non disponible → ZAR', 1, 50, { '31': { communes: 1, population: 50 } }]
		]);
	});

	it('nomme un brouillon, valide son identifiant, garde le brouillon actif dans les liens', () => {
		expect(nomBrouillon('  Projet\n2026 ', 'x.csv')).toBe('Projet 2026');
		expect(nomBrouillon('', 'zonage-2026.CSV')).toBe('zonage-2026');
		expect(nomBrouillon(' ', '')).toBe('Brouillon sans nom');
		const id = nouvelId();
		expect(estIdBrouillon(id)).toBe(true);
		expect(estIdBrouillon('../x')).toBe(false);
		expect(avecBrouillon('/communes', id)).toBe(`/communes?brouillon=${id}`);
		expect(avecBrouillon('/?commune=31555#carte', id)).toBe(`/?commune=31555&brouillon=${id}#carte`);
		expect(avecBrouillon('/communes', null)).toBe('/communes');
	});
});

// The real communes of Occitanie and their former codes, as the app loads them (npm run geodata).
const DONNEES = 'static/data/communes.json';
describe.runIf(existsSync(DONNEES))('brouillon sur les données réelles', () => {
	const reelles: Commune[] = decoderTable(JSON.parse(readFileSync(DONNEES, 'utf8')));
	const contexte: ContexteLecture = {
		communes: new Map(reelles.map((c) => [c.code, c])),
		anciensCodes: JSON.parse(readFileSync('static/data/anciens-codes.json', 'utf8'))
	};
	const lire = (octets: Uint8Array): Lecture => {
		const r = lireFichier(octets, contexte);
		if (!r.ok) throw new Error(r.erreur);
		return r.lecture;
	};

	it('connaît les 179 anciens codes d’Occitanie et leur commune d’aujourd’hui', () => {
		expect(Object.keys(contexte.anciensCodes)).toHaveLength(179);
		expect(contexte.anciensCodes['12076']).toBe('12218');
		expect(Object.values(contexte.anciensCodes).every((c) => contexte.communes.has(c))).toBe(true);
		expect(Object.keys(contexte.anciensCodes).some((c) => contexte.communes.has(c))).toBe(false);
	});

	it('aller-retour : le zonage en vigueur exporté puis importé ne change aucune commune', () => {
		const l = lire(new TextEncoder().encode(zonageVersCsv(reelles)));
		expect(l.rejets).toEqual([]);
		expect(l.absentes).toEqual([]);
		expect(Object.keys(l.classes)).toHaveLength(4446);
		expect(changements(reelles, l)).toEqual([]);
	});

	it('le fichier de test : transitions, population, et aides gagnées ou perdues selon le moteur de règles', () => {
		const l = lire(new Uint8Array(readFileSync(join('tests/fixtures/brouillons', 'brouillon-test.csv'))));
		const b = creerBrouillon(l, { id: nouvelId(), nom: '', fichier: 'brouillon-test.csv', date: new Date('2026-01-02T03:04:05Z') });
		expect(b).toMatchObject({ nom: 'brouillon-test', bilan: { lignesLues: 8, communes: 7, rejetees: 1, absentes: 4439, avertissements: 1 } });
		const liste = changements(reelles, b);
		expect(liste.map((c) => `${c.commune.code} ${c.avant}→${c.apres}`)).toEqual([
			'09088 ZAC→ZIP',
			'09122 ZAC→ZAR',
			'12218 non-disponible→ZAR',
			'30189 ZAR→ZIP',
			'81004 ZAR→ZAC',
			'82112 ZIP→ZAC'
		]);
		// At the médecins brochure's date: the CAIM closed to new contracts on 31 December 2025.
		const effets = effetsAides(liste, b, 'medecin-liberal', '2023-12-27');
		expect(effets.reponses).toEqual({ situation: 'installation' });
		const caim = effets.effets.find((e) => e.aide === 'caim')!;
		// The CAIM is for ZIP only: Caychax and Nîmes enter the ZIP, Moissac leaves it.
		expect(caim.gagnent).toEqual({ communes: 2, population: 20 + 151839, codes: ['09088', '30189'] });
		expect(caim.perdent).toEqual({ communes: 1, population: 13419, codes: ['82112'] });
		const csv = changementsVersCsv(liste, b, effets).slice(1).split('\r\n');
		expect(csv[0]).toContain('zonage_medecins_en_vigueur;zonage_medecins_brouillon;transition;brouillon;');
		expect(csv[0]).toContain('Contrat d’aide à l’installation des médecins (CAIM) — brouillon (Je suis médecin libéral·e, règles au 27 décembre 2023)');
		expect(csv.find((x) => x.startsWith('30189;'))).toMatch(/^30189;Nîmes;30;Gard;151839;ZAR;ZIP;ZAR → ZIP;brouillon-test;/);
	});

	it('un brouillon sans ZIP ni ZAC fait perdre la CAIM à toutes les ZIP', () => {
		const classes = Object.fromEntries(reelles.map((c) => [c.code, 'ZAR' as const]));
		const liste = changements(reelles, { classes });
		const caim = effetsAides(liste, { classes }, 'medecin-liberal', '2023-12-27').effets.find((e) => e.aide === 'caim')!;
		expect(caim.perdent.communes).toBe(reelles.filter((c) => c.zonages['zonage-medecins'] === 'ZIP').length);
		expect(caim.gagnent.communes).toBe(0);
		// Today the CAIM is closed everywhere: a draft changes nothing about it.
		const aujourdhui = effetsAides(liste, { classes }, 'medecin-liberal', '2026-12-02').effets.find((e) => e.aide === 'caim')!;
		expect([aujourdhui.gagnent.communes, aujourdhui.perdent.communes]).toEqual([0, 0]);
	});
});

describe('brouillons enregistrés dans IndexedDB (fake-indexeddb)', () => {
	const l: Lecture = {
		format: 'CSV',
		encodage: 'UTF-8',
		separateur: ';',
		colonnes: { code: 'code', classe: 'zonage' },
		lignesLues: 1,
		classes: { '31555': 'ZIP' },
		rejets: [],
		avertissements: [],
		absentes: []
	};

	it('enregistre, liste du plus récent au plus ancien, renomme, supprime', async () => {
		const a = creerBrouillon(l, { id: nouvelId(), nom: 'Ancien', fichier: 'a.csv', date: new Date('2025-01-01') });
		const b = creerBrouillon(l, { id: nouvelId(), nom: 'Récent', fichier: 'b.csv', date: new Date('2026-01-01') });
		await enregistrerBrouillon(a);
		await enregistrerBrouillon(b);
		expect((await listerBrouillons()).brouillons.map((x) => x.nom)).toEqual(['Récent', 'Ancien']);
		expect((await listerBrouillons()).brouillons[0]).not.toHaveProperty('classes');
		await renommerBrouillon(a.id, '  Projet   révisé ');
		expect((await chargerBrouillon(a.id))?.nom).toBe('Projet révisé');
		expect((await chargerBrouillon(a.id))?.classes).toEqual({ '31555': 'ZIP' });
		await supprimerBrouillon(b.id);
		expect(await chargerBrouillon(b.id)).toBeNull();
		await expect(renommerBrouillon(b.id, 'x')).rejects.toThrow('Ce brouillon n’existe plus dans ce navigateur.');
		expect((await listerBrouillons()).brouillons.map((x) => x.nom)).toEqual(['Projet révisé']);
		expect(estBrouillon(await chargerBrouillon(a.id))).toBe(true);
	});

	it('compte sans les supprimer les enregistrements illisibles', async () => {
		const { set, createStore } = await import('idb-keyval');
		await set('abimé', { id: 'abimé', nom: 3 }, createStore('aides-installation-occitanie-brouillons', 'brouillons'));
		const { illisibles } = await listerBrouillons();
		expect(illisibles).toBe(1);
		await expect(chargerBrouillon('abimé')).rejects.toThrow(/illisible/);
	});

	it('traduit un quota dépassé en message français, sans rien enregistrer à moitié', async () => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('quota', 'QuotaExceededError');
		};
		const b = creerBrouillon(l, { id: nouvelId(), nom: 'Trop gros', fichier: 't.csv', date: new Date() });
		try {
			await expect(enregistrerBrouillon(b)).rejects.toThrow(/^Impossible d’enregistrer le brouillon : l’espace de stockage de ce navigateur est plein/);
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		expect(await chargerBrouillon(b.id)).toBeNull();
	});

	it('traduit l’absence d’IndexedDB (navigation privée) en message français', async () => {
		const sauve = globalThis.indexedDB;
		// @ts-expect-error: a browser without IndexedDB
		delete globalThis.indexedDB;
		try {
			const e = await listerBrouillons().catch((x) => x);
			expect(e).toBeInstanceOf(ErreurStockage);
			expect(e.message).toMatch(/^Impossible de lire les brouillons enregistrés : ce navigateur n’autorise pas le stockage local/);
		} finally {
			globalThis.indexedDB = sauve;
		}
		expect((await listerBrouillons()).brouillons.length).toBeGreaterThan(0);
	});
});
