import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Commune } from '../../src/lib/commune/types';
import { decoderTable } from '../../src/lib/commune/table';
import {
	AIDES,
	IDS_AIDES,
	IDS_PROFILS,
	NON_CUMULS,
	PROFILS,
	PROFIL_PAR_ID,
	QUESTIONS,
	creerMoteur,
	evaluerAides,
	statutsAides,
	statutsCommunes,
	ficheAide,
	type AideId,
	type ProfilId,
	type Reponses,
	type ResultatAide
} from '../../src/lib/aides';
import { REGLES } from '../../src/lib/aides/catalogue';
import { FICHIERS_REGLES } from '../../src/lib/aides/regles';
import { construireModele, ErreurRegles, type FichierRegles } from '../../src/lib/aides/modele';
import { communeTest as communeFabriquee } from './fixtures';

// These cases read the brochures: « today » is the médecins brochure's date (dated rules: aides-date.test.ts).
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date('2023-12-27T12:00:00'));

/**
 * TEST DATA — données de test fabriquées, pas des données réelles : a commune with the given
 * layer values (default: ZAC, hors massif, Haute-Garonne, no QPV, not ZRR/FRR).
 */
function communeTest({ zonages = {}, departement = '31' }: { zonages?: Partial<Commune['zonages']>; departement?: string } = {}): Commune {
	const qpv = zonages.qpv === 'avec-qpv' ? [{ code: 'QN99999T', nom: 'Quartier de test' }] : [];
	return communeFabriquee({ code: '99999', departement, qpv, zonages });
}

function aide(resultats: readonly ResultatAide[], id: AideId): ResultatAide {
	const r = resultats.find((x) => x.id === id);
	if (!r) throw new Error(`${id} absent des résultats`);
	return r;
}

const evaluer = (id: AideId, profil: ProfilId, zonages: Partial<Commune['zonages']> = {}, reponses: Reponses = {}, departement?: string, date?: string) =>
	aide(evaluerAides(communeTest({ zonages, departement }), profil, reponses, date), id);

/** Every question answered "yes" (ages that satisfy COTRAM, the first option of a choice). */
const TOUT_OUI: Reponses = Object.fromEntries(
	Object.values(QUESTIONS).map((q) => [q.cle, q.type === 'nombre' ? (q.cle === 'age' ? 65 : 40) : q.type === 'choix' ? q.options![0].id : true])
);

describe('catalogue des aides', () => {
	it('contient chaque aide attendue, avec titre, financeur et source', () => {
		expect(Object.keys(AIDES).sort()).toEqual([...IDS_AIDES].sort());
		for (const id of IDS_AIDES) {
			const f = AIDES[id];
			expect(f.titre.length, id).toBeGreaterThan(5);
			expect(f.financeur.length, id).toBeGreaterThan(2);
			if (f.source.document === 'hors brochure') expect(f.source.reference, id).toBeTruthy();
			else expect(f.source.page, id).toMatch(/^#\d+(, #\d+)*$/);
			expect(REGLES, id).toHaveProperty([f.regle]);
		}
	});

	it('tient chaque aide dans un fichier à son nom, relu contre une page', () => {
		const modele = construireModele(FICHIERS_REGLES, IDS_AIDES);
		for (const id of IDS_AIDES) expect(modele.aides.get(id)!.fichier, id).toBe(`${id}.publicodes`);
		const src = (f: string) => readFileSync(new URL(`../../src/lib/aides/regles/${f}`, import.meta.url), 'utf8');
		// The header of each aid file names its brochure and page (or says it is beyond the brochures).
		for (const id of IDS_AIDES) expect(src(`${id}.publicodes`).split('\n').slice(0, 3).join(' '), id).toMatch(/page|HORS BROCHURE/);
	});

	it('n’a aucun texte coupé par un « # » que YAML lirait comme un commentaire', () => {
		const dossier = new URL('../../src/lib/aides/regles/', import.meta.url);
		for (const f of readdirSync(dossier).filter((n) => n.endsWith('.publicodes'))) {
			readFileSync(new URL(f, dossier), 'utf8')
				.split('\n')
				.forEach((ligne, i) => {
					// « p. #12 » in an unquoted value would silently end the text there.
					if (!ligne.trimStart().startsWith('#')) expect(/^[^"]*\s#/.test(ligne), `${f}:${i + 1} ${ligne.trim()}`).toBe(false);
				});
		}
	});

	it('propose les profils attendus, chacun avec un libellé et des aides', () => {
		expect(PROFILS.map((p) => p.id)).toEqual([...IDS_PROFILS]);
		for (const p of PROFILS) {
			expect(p.libelle).toMatch(/^Je /);
			expect(PROFIL_PAR_ID.get(p.id)!.aides.length, p.id).toBeGreaterThan(0);
		}
		expect(new Set([...PROFIL_PAR_ID.values()].flatMap((p) => p.aides)).size).toBe(IDS_AIDES.length);
	});

	it('déclare des non-cumuls symétriques, dont COSCOM MSU – CAIM', () => {
		for (const id of IDS_AIDES) {
			for (const autre of AIDES[id].incompatibleAvec) {
				const retour = PROFILS.some((p) => ficheAide(autre, p.id).incompatibleAvec.includes(id));
				expect(retour, `${id} ↔ ${autre}`).toBe(true);
			}
		}
		expect([...AIDES.caim.incompatibleAvec].sort()).toEqual(['contrat-ars-territoires', 'coscom', 'coscom-msu', 'cotram', 'cstm']);
		expect(AIDES['coscom-msu'].incompatibleAvec).toEqual(['caim', 'cotram', 'cstm']);
		expect([...AIDES.caicd.incompatibleAvec].sort()).toEqual(['camcd', 'contrat-ars-territoires']);
		expect(NON_CUMULS).toHaveLength(13);
		expect(NON_CUMULS).toContainEqual(['caim', 'coscom-msu', 'M#12']);
	});

	it('garde des non-cumuls symétriques dans les résultats de chaque profil', () => {
		for (const profil of IDS_PROFILS) {
			const r = evaluerAides(communeTest({ zonages: { 'zonage-medecins': 'ZIP' } }), profil);
			for (const a of r) {
				for (const autre of a.incompatibleAvec) expect(aide(r, autre).incompatibleAvec, `${profil} ${a.id}`).toContain(a.id);
			}
		}
		expect(evaluer('contrat-ars-territoires', 'medecin-liberal').incompatibleAvec).toEqual(['caim']);
		expect(evaluer('contrat-ars-territoires', 'chirurgien-dentiste-liberal').incompatibleAvec).toEqual(['caicd']);
	});
});

describe('lecture des fichiers de règles', () => {
	// DONNÉES DE TEST : des fichiers de règles écrits à la main pour vérifier les contrôles du chargeur.
	const base = (): FichierRegles[] => [
		{
			fichier: 'a.publicodes',
			regles: {
				A: { titre: 'Aide A', aide: { id: 'caim', profils: ['medecin-liberal'], source: 'M#12', financeur: 'ARS', 'non cumulable avec': { cstm: 'M#12' } } },
				'A . éligible': { valeur: 'oui' }
			}
		},
		{
			fichier: 'b.publicodes',
			regles: {
				B: { titre: 'Aide B', aide: { id: 'cstm', profils: ['medecin-liberal'], source: 'M#21', financeur: 'ARS', 'non cumulable avec': { caim: 'M#21' } } },
				'B . éligible': { valeur: 'oui' }
			}
		}
	];
	const charger = (f: FichierRegles[]) => construireModele(f, ['caim', 'cstm']);

	it('accepte des fichiers cohérents', () => {
		expect(charger(base()).nonCumuls).toEqual([['caim', 'cstm', 'M#12, M#21']]);
	});

	it.each([
		['un non-cumul déclaré d’un seul côté', (f: FichierRegles[]) => delete f[1].regles.B.aide!['non cumulable avec'], /ne le dit pas/],
		['un profil inconnu', (f: FichierRegles[]) => (f[0].regles.A.aide!.profils = ['astronaute']), /profil ou groupe de profils inconnu/],
		['une source illisible', (f: FichierRegles[]) => (f[0].regles.A.aide!.source = 'page 12'), /source « page 12 » illisible/],
		['une règle de décision absente', (f: FichierRegles[]) => delete f[0].regles['A . éligible'], /règle « A . éligible » introuvable/],
		['une question sans clé', (f: FichierRegles[]) => (f[0].regles['A . q'] = { question: 'Vraiment ?' }), /doit avoir une clé/],
		['un enfant d’une règle qui a une valeur', (f: FichierRegles[]) => (f[0].regles['A . éligible . x'] = { question: 'x ?', clé: 'x' }), /ne peut pas dépendre/],
		['une aide hors brochure sans référence', (f: FichierRegles[]) => (f[0].regles.A.aide!.source = 'hors brochure'), /doit dire sa référence/],
		['une règle définie deux fois', (f: FichierRegles[]) => (f[1].regles.A = { valeur: 'oui' }), /déjà définie/],
		['une date de fermeture qui n’existe pas', (f: FichierRegles[]) => Object.assign(f[0].regles.A.aide!, { fermeture: '2025-02-30', 'source de la validité': 'x' }), /date « 2025-02-30 » invalide/],
		['une fermeture avant l’ouverture', (f: FichierRegles[]) => Object.assign(f[0].regles.A.aide!, { ouverture: '2026-01-01', fermeture: '2025-12-31', 'source de la validité': 'x' }), /avant l’ouverture/],
		['une fermeture sans source', (f: FichierRegles[]) => Object.assign(f[0].regles.A.aide!, { fermeture: '2025-12-31' }), /sans « source de la validité »/]
	])('refuse %s, en nommant le fichier', (_, casser, message) => {
		const f = base();
		casser(f);
		expect(() => charger(f)).toThrow(ErreurRegles);
		expect(() => charger(f)).toThrow(message);
	});
});

describe('règles publicodes', () => {
	afterEach(() => vi.restoreAllMocks());

	it('se chargent sans avertissement', () => {
		const messages: string[] = [];
		const logger = { log: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m) };
		const moteur = creerMoteur(logger);
		for (const nom of Object.keys(REGLES)) moteur.evaluate(nom);
		expect(messages).toEqual([]);
	});

	it('s’évaluent sans avertissement pour tous les profils, zonages et réponses', () => {
		const espions = (['warn', 'error', 'log'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
		const communes = [
			communeTest(),
			communeTest({ zonages: { 'zonage-medecins': 'ZIP', 'zonage-dentistes': 'tres-sous-dotee', massif: 'pyrenees' }, departement: '09' }),
			communeTest({ zonages: { 'zonage-medecins': 'non-disponible', 'zonage-dentistes': 'non-disponible', zrr: 'non-disponible' } }),
			communeTest({ zonages: { qpv: 'avec-qpv', frr: 'frr-beneficiaire-partiel', montagne: 'classee' } })
		];
		const situations = QUESTIONS.situation.options!.map((o) => ({ situation: o.id }));
		for (const profil of IDS_PROFILS) {
			for (const c of communes) {
				evaluerAides(c, profil);
				evaluerAides(c, profil, TOUT_OUI);
				for (const s of situations) evaluerAides(c, profil, s);
			}
		}
		for (const e of espions) expect(e).not.toHaveBeenCalled();
	}, 60_000);
});

type Cas = {
	nom: string;
	profil: ProfilId;
	id: AideId;
	zonages?: Partial<Commune['zonages']>;
	departement?: string;
	reponses?: Reponses;
	/** The rules' date (default: the médecins brochure's). */
	date?: string;
	statut: ResultatAide['statut'];
	/** A reason must match; for a-preciser, the expected question keys. */
	raison?: RegExp;
	questions?: string[];
};

const ZIP = { 'zonage-medecins': 'ZIP' } as const;
const ZAR = { 'zonage-medecins': 'ZAR' } as const;
const ND = { 'zonage-medecins': 'non-disponible' } as const;
const TSD = { 'zonage-dentistes': 'tres-sous-dotee' } as const;
const INSTALLATION = { situation: 'installation' } as const;
const EXERCICE = { situation: 'exercice' } as const;
const TRANSITION = { situation: 'transition' } as const;
const RENFORT = { situation: 'renfort' } as const;

const CAS: Cas[] = [
	// CESP (M#7, D#7)
	{ nom: 'CESP médecine en ZAC', profil: 'etudiant-medecine-2e-cycle', id: 'cesp', statut: 'eligible', raison: /ZAC, zone sous-dense/ },
	{ nom: 'CESP médecine en ZAR', profil: 'etudiant-medecine-3e-cycle', id: 'cesp', zonages: ZAR, statut: 'non-eligible', raison: /ZAR/ },
	{ nom: 'CESP médecine zonage indisponible', profil: 'etudiant-medecine-3e-cycle', id: 'cesp', zonages: ND, statut: 'a-preciser', raison: /non disponible/, questions: [] },
	{ nom: 'CESP odontologie très sous-dotée', profil: 'etudiant-odontologie', id: 'cesp', zonages: TSD, statut: 'eligible' },
	{ nom: 'CESP odontologie sous-dotée', profil: 'etudiant-odontologie', id: 'cesp', zonages: { 'zonage-dentistes': 'sous-dotee' }, statut: 'eligible' },
	{ nom: 'CESP odontologie intermédiaire', profil: 'etudiant-odontologie', id: 'cesp', statut: 'non-eligible', raison: /intermédiaire/ },
	// Forfaits (M#8)
	{ nom: 'transport sans réponse', profil: 'etudiant-medecine-2e-cycle', id: 'forfait-transport', zonages: ZAR, statut: 'a-preciser', questions: ['stage-plus-15-km'] },
	{ nom: 'transport en ZAR, stage à plus de 15 km', profil: 'etudiant-medecine-2e-cycle', id: 'forfait-transport', zonages: ZAR, reponses: { 'stage-plus-15-km': true }, statut: 'eligible' },
	{ nom: 'transport, stage proche', profil: 'etudiant-medecine-3e-cycle', id: 'forfait-transport', reponses: { 'stage-plus-15-km': false }, statut: 'non-eligible', raison: /15 km/ },
	{ nom: 'hébergement sans réponse', profil: 'etudiant-medecine-3e-cycle', id: 'forfait-hebergement', statut: 'a-preciser', questions: ['logement-a-titre-onereux'] },
	{ nom: 'hébergement en ZIP, logement payant', profil: 'etudiant-medecine-3e-cycle', id: 'forfait-hebergement', zonages: ZIP, reponses: { 'logement-a-titre-onereux': true }, statut: 'eligible' },
	{ nom: 'hébergement en ZAR', profil: 'etudiant-medecine-2e-cycle', id: 'forfait-hebergement', zonages: ZAR, reponses: { 'logement-a-titre-onereux': true }, statut: 'non-eligible', raison: /ZAR/ },
	// CDER (M#9, M#14): replacing in ambulatory care is a condition of the student's contract
	{ nom: 'CDER 2e cycle', profil: 'etudiant-medecine-2e-cycle', id: 'cder', statut: 'non-eligible', raison: /3e cycle/ },
	{ nom: 'CDER 3e cycle sans réponse', profil: 'etudiant-medecine-3e-cycle', id: 'cder', statut: 'a-preciser', questions: ['remplacements-ambulatoire', 'licence-remplacement'] },
	{ nom: 'CDER 3e cycle, remplaçant en ambulatoire avec licence, en ZAC', profil: 'etudiant-medecine-3e-cycle', id: 'cder', reponses: { 'remplacements-ambulatoire': true, 'licence-remplacement': true }, statut: 'eligible' },
	{ nom: 'CDER 3e cycle sans remplacements en ambulatoire', profil: 'etudiant-medecine-3e-cycle', id: 'cder', reponses: { 'remplacements-ambulatoire': false, 'licence-remplacement': true }, statut: 'non-eligible', raison: /remplacements en ambulatoire/ },
	{ nom: 'CDER 3e cycle sans licence', profil: 'etudiant-medecine-3e-cycle', id: 'cder', reponses: { 'remplacements-ambulatoire': true, 'licence-remplacement': false }, statut: 'non-eligible', raison: /licence/ },
	{ nom: 'CDER remplaçant en ZAR', profil: 'medecin-remplacant', id: 'cder', zonages: ZAR, reponses: { 'premiere-annee-liberal': true }, statut: 'non-eligible', raison: /ZAR/ },
	{ nom: 'CDER remplaçant en ZIP, 1re année', profil: 'medecin-remplacant', id: 'cder', zonages: ZIP, reponses: { 'premiere-annee-liberal': true }, statut: 'eligible' },
	// COSCOM MSU (M#10): a COSCOM, so not during a CAIM (M#12)
	{ nom: 'COSCOM MSU en ZIP, CAIM inconnu', profil: 'medecin-msu', id: 'coscom-msu', zonages: ZIP, reponses: EXERCICE, statut: 'a-preciser', questions: ['caim-en-cours'] },
	{ nom: 'COSCOM MSU en ZIP sans CAIM en cours', profil: 'medecin-msu', id: 'coscom-msu', zonages: ZIP, reponses: { ...EXERCICE, 'caim-en-cours': false }, statut: 'eligible' },
	{ nom: 'COSCOM MSU pendant un CAIM', profil: 'medecin-msu', id: 'coscom-msu', zonages: ZIP, reponses: { 'caim-en-cours': true }, statut: 'non-eligible', raison: /CAIM est en cours/ },
	{ nom: 'COSCOM MSU en ZAC', profil: 'medecin-msu', id: 'coscom-msu', reponses: { 'caim-en-cours': false }, statut: 'non-eligible', raison: /réservée aux ZIP/ },
	// CAIM (M#12): « Je m’installe »
	{ nom: 'CAIM en ZIP, installation', profil: 'medecin-liberal', id: 'caim', zonages: ZIP, reponses: INSTALLATION, statut: 'eligible', raison: /ZIP/ },
	{ nom: 'CAIM en ZIP, situation inconnue', profil: 'medecin-liberal', id: 'caim', zonages: ZIP, statut: 'a-preciser', questions: ['situation'] },
	{ nom: 'CAIM en ZIP, exerce déjà', profil: 'medecin-liberal', id: 'caim', zonages: ZIP, reponses: EXERCICE, statut: 'non-eligible', raison: /Je m’installe/ },
	{ nom: 'CAIM en ZAC', profil: 'medecin-liberal', id: 'caim', reponses: INSTALLATION, statut: 'non-eligible', raison: /ZAC/ },
	{ nom: 'CAIM zonage indisponible', profil: 'medecin-msu', id: 'caim', zonages: ND, reponses: INSTALLATION, statut: 'a-preciser', raison: /non disponible/ },
	// Contrat ARS territoires, médecins (M#13): the « Zones » paragraph, with no ZIP/ZAC condition
	{ nom: 'ARS médecins massif en ZAC', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { massif: 'massif-central' }, reponses: INSTALLATION, statut: 'eligible', raison: /Massif central/ },
	{ nom: 'ARS médecins massif en ZAR', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { ...ZAR, massif: 'pyrenees' }, reponses: INSTALLATION, statut: 'eligible', raison: /Pyrénées/ },
	{ nom: 'ARS médecins montagne hors massif', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { montagne: 'classee' }, reponses: INSTALLATION, statut: 'eligible', raison: /classée en zone de montagne/ },
	{ nom: 'ARS médecins Gers en ZIP', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: ZIP, departement: '32', reponses: INSTALLATION, statut: 'eligible', raison: /Gers/ },
	// The M#5 map's « TVS où au moins une commune Montagne et/ou Massif », with the ARS's own TVS table imported
	{ nom: 'ARS médecins, TVS de montagne', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { ...ZAR, tvs: 'tvs-montagne-massif' }, reponses: INSTALLATION, statut: 'eligible', raison: /table des TVS importée.*compte au moins une commune de montagne ou de massif/ },
	{ nom: 'ARS médecins, TVS sans montagne', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { ...ZAR, tvs: 'tvs-sans-montagne-massif' }, reponses: INSTALLATION, statut: 'non-eligible', raison: /table des TVS importée.*ne compte aucune commune/ },
	{ nom: 'ARS médecins, sans table des TVS', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: ZAR, reponses: INSTALLATION, statut: 'non-eligible', raison: /appliquée commune par commune/ },
	{ nom: 'ARS médecins QPV de grande ville en ZAR', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { ...ZAR, qpv: 'avec-qpv', montagne: 'non-classee' }, reponses: INSTALLATION, statut: 'a-preciser', questions: ['installation-en-qpv'], raison: /quartier prioritaire/ },
	{ nom: 'ARS médecins QPV, cabinet dans le QPV', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { ...ZAR, qpv: 'avec-qpv', montagne: 'non-classee' }, reponses: { ...INSTALLATION, 'installation-en-qpv': true }, statut: 'eligible', raison: /QPV/ },
	{ nom: 'ARS médecins QPV, cabinet hors QPV', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { qpv: 'avec-qpv', montagne: 'non-classee' }, reponses: { ...INSTALLATION, 'installation-en-qpv': false }, statut: 'non-eligible', raison: /cabinet ne sera pas/ },
	{ nom: 'ARS médecins hors territoire ciblé', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { montagne: 'non-classee' }, reponses: INSTALLATION, statut: 'non-eligible', raison: /aucun massif/ },
	{ nom: 'ARS médecins, montagne inconnue', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { montagne: 'non-disponible' }, reponses: INSTALLATION, statut: 'a-preciser', raison: /Montagne/ },
	{ nom: 'ARS médecins, exerce déjà', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { massif: 'pyrenees' }, reponses: EXERCICE, statut: 'non-eligible' },
	// Contrat ARS territoires, dentistes (D#10)
	{ nom: 'ARS dentistes Ariège, zone intermédiaire, CESP inconnu', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', departement: '09', reponses: INSTALLATION, statut: 'a-preciser', questions: ['signataire-cesp'] },
	{ nom: 'ARS dentistes Ariège, non signataire CESP', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', departement: '09', reponses: { ...INSTALLATION, 'signataire-cesp': false }, statut: 'eligible' },
	{ nom: 'ARS dentistes Ariège, signataire CESP en zone intermédiaire', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', departement: '09', reponses: { 'signataire-cesp': true }, statut: 'non-eligible', raison: /CESP/ },
	{ nom: 'ARS dentistes massif, signataire CESP en zone très sous-dotée', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', zonages: { ...TSD, massif: 'pyrenees' }, reponses: { ...INSTALLATION, 'signataire-cesp': true }, statut: 'eligible' },
	{ nom: 'ARS dentistes hors territoire ciblé', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', zonages: { ...TSD, montagne: 'non-classee' }, statut: 'non-eligible' },
	// CDE (M#3)
	{ nom: 'CDE plus proposé', profil: 'medecin-liberal', id: 'cde', zonages: ZIP, reponses: TOUT_OUI, statut: 'non-eligible', raison: /janvier 2024/ },
	{ nom: 'CDE plus proposé (remplaçant)', profil: 'medecin-remplacant', id: 'cde', statut: 'non-eligible', raison: /janvier 2024/ },
	// 400 MG (M#15, M#16)
	{ nom: '400 MG volet 1 en zone sous-dense', profil: 'medecin-salarie', id: 'contrat-400mg-exercice-partage', statut: 'eligible' },
	{ nom: '400 MG volet 1 en ZAR (issue 18.6)', profil: 'medecin-salarie', id: 'contrat-400mg-exercice-partage', zonages: ZAR, statut: 'a-preciser', raison: /à voir avec l’ARS/, questions: [] },
	{ nom: '400 MG volet 2 en ZIP, dans un CDS', profil: 'medecin-salarie', id: 'contrat-400mg-ambulatoire', zonages: ZIP, reponses: { 'centre-de-sante': true }, statut: 'eligible' },
	{ nom: '400 MG volet 2 en ZIP, hors CDS (issue 18.6)', profil: 'medecin-salarie', id: 'contrat-400mg-ambulatoire', zonages: ZIP, reponses: { 'centre-de-sante': false }, statut: 'non-eligible' },
	{ nom: '400 MG volet 2 en ZAC', profil: 'medecin-salarie', id: 'contrat-400mg-ambulatoire', statut: 'non-eligible', raison: /ZAC/ },
	// ZRR (M#17, D#11): open to installations as the brochures say, closed to new ones from 1 July 2024 (issue 18.5)
	{ nom: 'ZRR, commune classée, à la date de la brochure', profil: 'medecin-liberal', id: 'exoneration-zrr', zonages: { zrr: 'zrr' }, reponses: INSTALLATION, statut: 'eligible' },
	{ nom: 'ZRR, commune classée, en 2026', profil: 'medecin-liberal', id: 'exoneration-zrr', zonages: { zrr: 'zrr' }, reponses: INSTALLATION, date: '2026-12-02', statut: 'non-eligible', raison: /fermé aux nouvelles installations depuis le 1er juillet 2024/ },
	{ nom: 'ZRR, installé avant juillet 2024 (issue 18.5)', profil: 'medecin-liberal', id: 'exoneration-zrr', zonages: { zrr: 'zrr' }, reponses: { ...EXERCICE, 'installation-avant-juillet-2024': true }, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'ZRR, exerce, date d’installation inconnue', profil: 'medecin-liberal', id: 'exoneration-zrr', zonages: { zrr: 'zrr' }, reponses: EXERCICE, date: '2026-12-02', statut: 'a-preciser', questions: ['installation-avant-juillet-2024'] },
	{ nom: 'ZRR, commune non classée', profil: 'autre-professionnel-sante', id: 'exoneration-zrr', statut: 'non-eligible' },
	{ nom: 'ZRR indisponible', profil: 'chirurgien-dentiste-liberal', id: 'exoneration-zrr', zonages: { zrr: 'non-disponible' }, reponses: INSTALLATION, date: '2026-12-02', statut: 'non-eligible', raison: /fermé/ },
	// FRR (hors brochure, since 1 July 2024)
	{ nom: 'FRR+', profil: 'autre-professionnel-sante', id: 'exoneration-frr', zonages: { frr: 'frr-plus' }, date: '2026-12-02', statut: 'eligible', raison: /FRR\+/ },
	{ nom: 'FRR socle, installation', profil: 'medecin-liberal', id: 'exoneration-frr', zonages: { frr: 'frr-socle' }, reponses: INSTALLATION, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'FRR socle, avant son entrée en vigueur', profil: 'medecin-liberal', id: 'exoneration-frr', zonages: { frr: 'frr-socle' }, reponses: INSTALLATION, statut: 'non-eligible', raison: /à partir du 1er juillet 2024/ },
	{ nom: 'FRR socle, exerce, installé avant juillet 2024', profil: 'medecin-liberal', id: 'exoneration-frr', zonages: { frr: 'frr-socle' }, reponses: { ...EXERCICE, 'installation-avant-juillet-2024': true }, date: '2026-12-02', statut: 'non-eligible', raison: /installation antérieure relève des ZRR/ },
	{ nom: 'FRR socle, exerce, installé en 2025 (issue 18.5)', profil: 'medecin-liberal', id: 'exoneration-frr', zonages: { frr: 'frr-socle' }, reponses: { ...EXERCICE, 'installation-avant-juillet-2024': false }, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'FRR bénéficiaire', profil: 'infirmier', id: 'exoneration-frr', zonages: { frr: 'frr-beneficiaire' }, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'FRR partielle', profil: 'chirurgien-dentiste-liberal', id: 'exoneration-frr', zonages: { frr: 'frr-beneficiaire-partiel' }, reponses: INSTALLATION, date: '2026-12-02', statut: 'a-preciser', raison: /partiellement/, questions: ['installation-partie-classee-frr'] },
	{ nom: 'non classée FRR', profil: 'sage-femme', id: 'exoneration-frr', statut: 'non-eligible', raison: /non classée/ },
	// COSCOM / COTRAM / CSTM (M#19 à M#21): « J’exerce… »
	{ nom: 'COSCOM en ZIP, exerce, CAIM inconnu', profil: 'medecin-liberal', id: 'coscom', zonages: ZIP, reponses: EXERCICE, statut: 'a-preciser', questions: ['caim-en-cours'] },
	{ nom: 'COSCOM en ZIP, situation inconnue', profil: 'medecin-liberal', id: 'coscom', zonages: ZIP, reponses: { 'caim-en-cours': false }, statut: 'a-preciser', questions: ['situation'] },
	{ nom: 'COSCOM en ZIP sans CAIM en cours', profil: 'medecin-liberal', id: 'coscom', zonages: ZIP, reponses: { ...EXERCICE, 'caim-en-cours': false }, statut: 'eligible' },
	{ nom: 'COSCOM en ZIP, transition', profil: 'medecin-liberal', id: 'coscom', zonages: ZIP, reponses: { ...TRANSITION, 'caim-en-cours': false }, statut: 'eligible' },
	{ nom: 'COSCOM pendant un CAIM', profil: 'medecin-liberal', id: 'coscom', zonages: ZIP, reponses: { ...EXERCICE, 'caim-en-cours': true }, statut: 'non-eligible', raison: /à l’issue du CAIM/ },
	{ nom: 'COSCOM installé hors ZIP', profil: 'medecin-liberal', id: 'coscom', zonages: ZIP, reponses: { ...RENFORT, 'caim-en-cours': false }, statut: 'non-eligible', raison: /J’exerce/ },
	{ nom: 'COSCOM en ZAC', profil: 'medecin-liberal', id: 'coscom', reponses: { ...EXERCICE, 'caim-en-cours': false }, statut: 'non-eligible' },
	{ nom: 'COTRAM en ZIP, âges inconnus', profil: 'medecin-liberal', id: 'cotram', zonages: ZIP, reponses: TRANSITION, statut: 'a-preciser', questions: ['age', 'age-successeur'] },
	{ nom: 'COTRAM 60 ans, successeur 49 ans', profil: 'medecin-liberal', id: 'cotram', zonages: ZIP, reponses: { ...TRANSITION, age: 60, 'age-successeur': 49 }, statut: 'eligible' },
	{ nom: 'COTRAM 59 ans', profil: 'medecin-liberal', id: 'cotram', zonages: ZIP, reponses: { ...TRANSITION, age: 59, 'age-successeur': 45 }, statut: 'non-eligible', raison: /60 ans et plus/ },
	{ nom: 'COTRAM successeur de 50 ans', profil: 'medecin-liberal', id: 'cotram', zonages: ZIP, reponses: { ...TRANSITION, age: 64, 'age-successeur': 50 }, statut: 'non-eligible', raison: /moins de 50 ans/ },
	{ nom: 'COTRAM installé hors ZIP', profil: 'medecin-liberal', id: 'cotram', zonages: ZIP, reponses: { ...RENFORT, age: 64, 'age-successeur': 40 }, statut: 'non-eligible', raison: /retraite/ },
	{ nom: 'CSTM en ZIP, renfort', profil: 'medecin-liberal', id: 'cstm', zonages: ZIP, reponses: RENFORT, statut: 'eligible' },
	{ nom: 'CSTM en ZIP, exerce ici', profil: 'medecin-liberal', id: 'cstm', zonages: ZIP, reponses: EXERCICE, statut: 'non-eligible', raison: /renfort/ },
	{ nom: 'CSTM en ZAC', profil: 'medecin-liberal', id: 'cstm', reponses: RENFORT, statut: 'non-eligible', raison: /ZIP/ },
	// PDSA (M#22): sector with a ZIP commune and effective participation, both conditions
	{ nom: 'PDSA en ZIP, participation inconnue', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: ZIP, reponses: EXERCICE, statut: 'a-preciser', questions: ['participation-tableau-garde'] },
	{ nom: 'PDSA en ZIP, participe', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: ZIP, reponses: { ...EXERCICE, 'participation-tableau-garde': true }, statut: 'eligible' },
	{ nom: 'PDSA en ZIP, ne participe pas', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: ZIP, reponses: { ...EXERCICE, 'participation-tableau-garde': false }, statut: 'non-eligible', raison: /participation effective/ },
	{ nom: 'PDSA hors ZIP, secteur inconnu', profil: 'medecin-liberal', id: 'exoneration-pdsa', reponses: { ...INSTALLATION, 'participation-tableau-garde': true }, statut: 'a-preciser', raison: /secteur de garde/, questions: ['secteur-garde-avec-zip'] },
	{ nom: 'PDSA hors ZIP, secteur avec ZIP', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: ZAR, reponses: { ...EXERCICE, 'secteur-garde-avec-zip': true, 'participation-tableau-garde': true }, statut: 'eligible' },
	{ nom: 'PDSA hors ZIP, secteur sans ZIP', profil: 'medecin-liberal', id: 'exoneration-pdsa', reponses: { ...EXERCICE, 'secteur-garde-avec-zip': false, 'participation-tableau-garde': true }, statut: 'non-eligible' },
	// With the ARS's own sector table imported (src/lib/couches-locales): the sector's verdict, no question
	{ nom: 'PDSA, table des secteurs : secteur avec ZIP', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: { ...ZAR, pdsa: 'secteur-avec-zip' }, reponses: { ...INSTALLATION, 'participation-tableau-garde': true }, statut: 'eligible', raison: /table des secteurs de garde importée.*compte au moins une commune en ZIP/ },
	{ nom: 'PDSA, table des secteurs : secteur sans ZIP', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: { ...ZAR, pdsa: 'secteur-sans-zip' }, reponses: { ...INSTALLATION, 'participation-tableau-garde': true }, statut: 'non-eligible', raison: /ne compte aucune commune en ZIP.*table des secteurs de garde importée/ },
	{ nom: 'PDSA, table des secteurs, en renfort ici', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: { ...ZAR, pdsa: 'secteur-avec-zip' }, reponses: { ...RENFORT, 'participation-tableau-garde': true }, statut: 'a-preciser', questions: ['secteur-garde-avec-zip'] },
	{ nom: 'PDSA, en renfort ici (issue 18.6)', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: ZIP, reponses: { ...RENFORT, 'participation-tableau-garde': true }, statut: 'a-preciser', raison: /propre lieu d’installation/, questions: ['secteur-garde-avec-zip'] },
	// CAICD / CAMCD (D#9, D#13)
	{ nom: 'CAICD très sous-dotée', profil: 'chirurgien-dentiste-liberal', id: 'caicd', zonages: TSD, reponses: INSTALLATION, statut: 'eligible' },
	{ nom: 'CAICD sous-dotée', profil: 'chirurgien-dentiste-liberal', id: 'caicd', zonages: { 'zonage-dentistes': 'sous-dotee' }, statut: 'non-eligible', raison: /très sous-dotées/ },
	{ nom: 'CAICD zonage dentaire indisponible', profil: 'chirurgien-dentiste-liberal', id: 'caicd', zonages: { 'zonage-dentistes': 'non-disponible' }, statut: 'a-preciser', raison: /non disponible/ },
	{ nom: 'CAMCD sans CAICD antérieur', profil: 'chirurgien-dentiste-liberal', id: 'camcd', zonages: TSD, reponses: { ...EXERCICE, 'beneficiaire-caicd': false }, statut: 'eligible' },
	{ nom: 'CAMCD après CAICD', profil: 'chirurgien-dentiste-liberal', id: 'camcd', zonages: TSD, reponses: { 'beneficiaire-caicd': true }, statut: 'non-eligible', raison: /CAICD/ },
	{ nom: 'CAMCD, CAICD inconnu', profil: 'chirurgien-dentiste-liberal', id: 'camcd', zonages: TSD, reponses: EXERCICE, statut: 'a-preciser', questions: ['beneficiaire-caicd'] },
	// Exercice coordonné (M#24 à M#27 ; D#15 à D#18)
	{ nom: 'ESP en ZAR', profil: 'structure-exercice-coordonne', id: 'aide-esp', zonages: ZAR, reponses: { 'equipe-esp': true }, statut: 'eligible' },
	{ nom: 'ESP sans médecin', profil: 'autre-professionnel-sante', id: 'aide-esp', reponses: { 'equipe-esp': false }, statut: 'non-eligible', raison: /Condition initiale/ },
	{ nom: 'MSP en ZAR', profil: 'structure-exercice-coordonne', id: 'aide-msp', zonages: ZAR, reponses: { 'equipe-msp': true }, statut: 'eligible' },
	{ nom: 'MSP sans projet validé', profil: 'structure-exercice-coordonne', id: 'aide-msp', reponses: { 'equipe-msp': false }, statut: 'non-eligible', raison: /deux médecins/ },
	{ nom: 'ACI MSP sans projet validé', profil: 'medecin-msu', id: 'aci-msp', reponses: { 'equipe-msp': false }, statut: 'non-eligible' },
	{ nom: 'ACI CDS hors centre de santé', profil: 'autre-professionnel-sante', id: 'aci-cds', reponses: { 'centre-de-sante': false }, statut: 'non-eligible' },
	{ nom: 'CPTS sans projet validé', profil: 'structure-exercice-coordonne', id: 'aide-cpts', reponses: { 'projet-cpts': false }, statut: 'non-eligible' },
	{ nom: 'ACI CPTS sans projet validé', profil: 'medecin-liberal', id: 'aci-cpts', reponses: { 'projet-cpts': false }, statut: 'non-eligible' },
	{ nom: 'MSP à préciser', profil: 'structure-exercice-coordonne', id: 'aide-msp', statut: 'a-preciser', questions: ['equipe-msp'] },
	{ nom: 'ACI MSP', profil: 'medecin-liberal', id: 'aci-msp', zonages: ZAR, reponses: { 'equipe-msp': true }, statut: 'eligible' },
	{ nom: 'CDS en ZAC', profil: 'structure-exercice-coordonne', id: 'aide-cds', reponses: { 'equipe-cds': true }, statut: 'eligible' },
	{ nom: 'CDS en ZAR', profil: 'structure-exercice-coordonne', id: 'aide-cds', zonages: ZAR, reponses: { 'equipe-cds': true }, statut: 'non-eligible', raison: /ZAR/ },
	{ nom: 'CDS pour un chirurgien-dentiste (D#17)', profil: 'chirurgien-dentiste-liberal', id: 'aide-cds', reponses: { 'equipe-cds': true }, statut: 'eligible' },
	{ nom: 'ACI CDS en ZAR', profil: 'structure-exercice-coordonne', id: 'aci-cds', zonages: ZAR, reponses: { 'centre-de-sante': true }, statut: 'eligible' },
	{ nom: 'contrats démographiques CDS en ZIP', profil: 'medecin-salarie', id: 'contrats-demographiques-cds', zonages: ZIP, reponses: { 'centre-de-sante': true }, statut: 'eligible' },
	{ nom: 'contrats démographiques CDS en ZAC', profil: 'structure-exercice-coordonne', id: 'contrats-demographiques-cds', reponses: { 'centre-de-sante': true }, statut: 'non-eligible' },
	{ nom: 'CPTS', profil: 'structure-exercice-coordonne', id: 'aide-cpts', zonages: ZAR, reponses: { 'projet-cpts': true }, statut: 'eligible' },
	{ nom: 'ACI CPTS', profil: 'chirurgien-dentiste-liberal', id: 'aci-cpts', reponses: { 'projet-cpts': true }, statut: 'eligible' },
	{ nom: 'formation des coordonnateurs de CPTS', profil: 'structure-exercice-coordonne', id: 'formation-coordonnateurs', reponses: { 'projet-cpts': true }, statut: 'eligible' },
	{ nom: 'formation des coordonnateurs, ni MSP ni CPTS', profil: 'structure-exercice-coordonne', id: 'formation-coordonnateurs', reponses: { 'projet-cpts': false, 'equipe-msp': false }, statut: 'non-eligible', raison: /coordonnateurs/ },
	// Since the brochures (issue 17): the aids of the conventions and measures that came after them, at a 2026 date
	{ nom: 'primo-installation en ZIP', profil: 'medecin-liberal', id: 'aide-primo-installation', zonages: ZIP, reponses: { ...INSTALLATION, 'premiere-installation-liberale': true, 'secteur-1-ou-optam': true, 'aide-installation-depuis-dix-ans': false }, date: '2026-12-02', statut: 'eligible', raison: /10 000 €/ },
	{ nom: 'primo-installation en ZAR', profil: 'medecin-liberal', id: 'aide-primo-installation', zonages: ZAR, reponses: INSTALLATION, date: '2026-12-02', statut: 'non-eligible' },
	{ nom: 'primo-installation avant 2026', profil: 'medecin-liberal', id: 'aide-primo-installation', zonages: ZIP, reponses: { ...INSTALLATION, 'premiere-installation-liberale': true, 'secteur-1-ou-optam': true, 'aide-installation-depuis-dix-ans': false }, date: '2025-12-31', statut: 'non-eligible', raison: /à partir du 1er janvier 2026/ },
	{ nom: 'cabinet secondaire en ZIP', profil: 'medecin-liberal', id: 'aide-cabinet-secondaire', zonages: ZIP, reponses: { 'cabinet-secondaire': true }, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'cabinet secondaire en ZAC', profil: 'medecin-liberal', id: 'aide-cabinet-secondaire', reponses: { 'cabinet-secondaire': true }, date: '2026-12-02', statut: 'non-eligible' },
	{ nom: 'majoration FMT en ZIP', profil: 'medecin-liberal', id: 'majoration-fmt', zonages: ZIP, reponses: { ...EXERCICE, 'medecin-traitant': true }, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'majoration FMT en ZAC sans QPV', profil: 'medecin-liberal', id: 'majoration-fmt', reponses: { ...EXERCICE, 'medecin-traitant': true }, date: '2026-12-02', statut: 'non-eligible', raison: /pas en ZAC/ },
	{ nom: 'CAICD2023 en zone très sous-dotée', profil: 'chirurgien-dentiste-liberal', id: 'caicd-2023', zonages: TSD, reponses: { ...INSTALLATION, 'titulaire-ou-collaborateur-liberal': true }, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'CAICD2023 collaborateur salarié', profil: 'chirurgien-dentiste-liberal', id: 'caicd-2023', zonages: TSD, reponses: { ...INSTALLATION, 'titulaire-ou-collaborateur-liberal': false }, date: '2026-12-02', statut: 'non-eligible' },
	{ nom: 'CAMCD2023, exerce en zone très sous-dotée', profil: 'chirurgien-dentiste-liberal', id: 'camcd-2023', zonages: TSD, reponses: { ...EXERCICE, 'titulaire-ou-collaborateur-liberal': true }, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'CAMCD2023, s’installe', profil: 'chirurgien-dentiste-liberal', id: 'camcd-2023', zonages: TSD, reponses: { ...INSTALLATION, 'titulaire-ou-collaborateur-liberal': true }, date: '2026-12-02', statut: 'non-eligible' },
	{ nom: 'docteur junior en ZIP', profil: 'etudiant-medecine-3e-cycle', id: 'indemnite-docteur-junior', zonages: ZIP, reponses: { 'docteur-junior-ambulatoire': true }, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'docteur junior en ZAC', profil: 'etudiant-medecine-3e-cycle', id: 'indemnite-docteur-junior', reponses: { 'docteur-junior-ambulatoire': true }, date: '2026-12-02', statut: 'non-eligible' },
	{ nom: 'solidarité territoriale, zone prioritaire', profil: 'medecin-remplacant', id: 'solidarite-territoriale', reponses: { 'zone-solidarite-territoriale': true }, date: '2026-12-02', statut: 'eligible' },
	{ nom: 'solidarité territoriale, hors zone', profil: 'medecin-liberal', id: 'solidarite-territoriale', reponses: { 'zone-solidarite-territoriale': false }, date: '2026-12-02', statut: 'non-eligible' },
	{ nom: 'conventionnement régulé en zone non prioritaire', profil: 'chirurgien-dentiste-liberal', id: 'conventionnement-regule', zonages: { 'zonage-dentistes': 'non-prioritaire' }, date: '2026-12-02', statut: 'information', raison: /1 pour 1/ },
	// Information entries: the brochures give counts only, never an amount
	{ nom: 'IPA', profil: 'etudiant-infirmier', id: 'aide-ipa', statut: 'information', raison: /ARS Occitanie/, questions: [] },
	{ nom: 'contrat conventionnel d’un kinésithérapeute', profil: 'masseur-kinesitherapeute', id: 'contrats-conventionnels', statut: 'information', raison: /CPAM/, questions: [] }
];

describe('éligibilité par aide', () => {
	it.each(CAS)('$nom → $statut', ({ profil, id, zonages, departement, reponses, date, statut, raison, questions }) => {
		const r = evaluer(id, profil, zonages, reponses, departement, date);
		expect(r.statut).toBe(statut);
		expect(r.raisons.length + r.questions.length).toBeGreaterThan(0);
		if (raison) expect(r.raisons.join(' ')).toMatch(raison);
		if (questions) expect(r.questions.map((q) => q.cle)).toEqual(questions);
		if (statut !== 'a-preciser') expect(r.questions).toEqual([]);
	});

	it('donne les questions ouvertes comme données, jamais recopiées en phrases dans les raisons', () => {
		for (const c of CAS) {
			const r = evaluer(c.id, c.profil, c.zonages, c.reponses, c.departement, c.date);
			for (const q of r.questions) expect(r.raisons.join(' '), c.nom).not.toContain(q.libelle);
		}
	});

	it('couvre chaque aide décidable par au moins un cas éligible et un cas non éligible', () => {
		const information = new Set<AideId>(['aide-ipa', 'contrats-conventionnels', 'conventionnement-regule']);
		for (const id of IDS_AIDES.filter((i) => !information.has(i) && i !== 'cde' && i !== 'exoneration-zrr')) {
			expect(CAS.some((c) => c.id === id && c.statut === 'eligible'), id).toBe(true);
		}
		// The 400 MG volet 1 only asks for the profile, which always matches where it is shown.
		for (const id of IDS_AIDES.filter((i) => !information.has(i) && i !== 'contrat-400mg-exercice-partage')) {
			expect(CAS.some((c) => c.id === id && c.statut === 'non-eligible'), id).toBe(true);
		}
	});

	it('laisse visibles, « à préciser » avec la question, les aides qui dépendent de la situation non donnée', () => {
		const r = evaluerAides(communeTest({ zonages: ZIP }), 'medecin-liberal', { 'caim-en-cours': false, age: 65, 'age-successeur': 40, 'participation-tableau-garde': true });
		for (const id of ['caim', 'coscom', 'cotram', 'cstm'] as const) {
			expect(aide(r, id).statut, id).toBe('a-preciser');
			expect(aide(r, id).questions.map((q) => q.cle), id).toEqual(['situation']);
		}
		// Installed here, the commune's ZIP qualifies the guard sector; come to help, one's own sector does.
		expect(aide(r, 'exoneration-pdsa').questions.map((q) => q.cle)).toEqual(['situation', 'secteur-garde-avec-zip']);
	});

	it('propose l’aide d’installation ou de maintien selon la situation déclarée', () => {
		const statuts = (situation: string) =>
			Object.fromEntries(
				evaluerAides(communeTest({ zonages: ZIP }), 'medecin-liberal', { situation, 'caim-en-cours': false, age: 62, 'age-successeur': 40 })
					.filter((a) => ['caim', 'coscom', 'cotram', 'cstm'].includes(a.id))
					.map((a) => [a.id, a.statut])
			);
		expect(statuts('installation')).toEqual({ caim: 'eligible', coscom: 'non-eligible', cotram: 'non-eligible', cstm: 'non-eligible' });
		expect(statuts('exercice')).toEqual({ caim: 'non-eligible', coscom: 'eligible', cotram: 'non-eligible', cstm: 'non-eligible' });
		expect(statuts('transition')).toEqual({ caim: 'non-eligible', coscom: 'eligible', cotram: 'eligible', cstm: 'non-eligible' });
		expect(statuts('renfort')).toEqual({ caim: 'non-eligible', coscom: 'non-eligible', cotram: 'non-eligible', cstm: 'eligible' });
	});

	it('ne rend jamais éligible une aide qui dépend d’une donnée non disponible', () => {
		const c = communeTest({ zonages: { 'zonage-medecins': 'non-disponible', 'zonage-dentistes': 'non-disponible', zrr: 'non-disponible' } });
		const independantes = new Set<AideId>([
			'forfait-transport',
			'contrat-400mg-exercice-partage',
			'aide-esp',
			'aide-msp',
			'aci-msp',
			'aci-cds',
			'aide-cpts',
			'aci-cpts',
			'formation-coordonnateurs',
			// The answer "my garde sector has a ZIP commune" settles it without the commune's zoning.
			'exoneration-pdsa',
			// The targeted territories need no zoning: a QPV where the practice will be suffices.
			'contrat-ars-territoires'
		]);
		for (const profil of IDS_PROFILS) {
			for (const r of evaluerAides(c, profil, { ...TOUT_OUI, situation: 'installation', 'signataire-cesp': true, 'installation-en-qpv': true })) {
				if (independantes.has(r.id)) continue;
				expect(r.statut, `${profil} ${r.id}`).not.toBe('eligible');
			}
		}
	});

	it('rejette une question inconnue ou une réponse du mauvais type', () => {
		expect(() => evaluerAides(communeTest(), 'medecin-liberal', { inconnue: true })).toThrow(/Question inconnue/);
		expect(() => evaluerAides(communeTest(), 'medecin-liberal', { age: true })).toThrow(/nombre/);
		expect(() => evaluerAides(communeTest(), 'medecin-liberal', { 'equipe-esp': 3 })).toThrow(/oui ou non/);
		expect(() => evaluerAides(communeTest(), 'medecin-liberal', { situation: 'vacances' })).toThrow(/installation, exercice, transition, renfort/);
		expect(() => evaluerAides(communeTest(), 'inconnu' as ProfilId)).toThrow(/Profil inconnu/);
	});
});

describe('ce que la relecture page par page a corrigé', () => {
	it('contrat ARS en ZIP : le résultat reste, avec la légende « hors ZIP » de la carte et le non-cumul avec le CAIM', () => {
		const r = evaluer('contrat-ars-territoires', 'medecin-liberal', { ...ZIP, massif: 'pyrenees' }, INSTALLATION);
		expect(r.statut).toBe('eligible');
		expect(r.raisons.join(' ')).toMatch(/« aide complémentaire ARS \(hors ZIP\) ».*CAIM.*ne se cumulent pas/);
		const horsZip = evaluer('contrat-ars-territoires', 'medecin-liberal', { massif: 'pyrenees' }, INSTALLATION);
		expect(horsZip.raisons.join(' ')).not.toMatch(/hors ZIP/);
	});

	it('contrat ARS : dit que la carte raisonne par TVS, non publiés', () => {
		for (const profil of ['medecin-liberal', 'chirurgien-dentiste-liberal'] as const) {
			expect(evaluer('contrat-ars-territoires', profil).raisons.join(' '), profil).toMatch(/territoire de vie-santé.*n’étant pas publiés/);
		}
	});

	it('dit ce que la commune choisie représente dans chaque aide', () => {
		for (const profil of IDS_PROFILS) for (const r of evaluerAides(communeTest(), profil)) expect(r.lieu, `${profil} ${r.id}`).toBeTruthy();
		expect(evaluer('cesp', 'etudiant-medecine-3e-cycle').lieu).toMatch(/installation envisagé/);
		expect(evaluer('forfait-hebergement', 'etudiant-medecine-3e-cycle').lieu).toMatch(/stage/);
		expect(evaluer('forfait-transport', 'etudiant-medecine-3e-cycle').lieu).toMatch(/stage.*quel que soit le zonage/);
		expect(evaluer('cstm', 'medecin-liberal').lieu).toMatch(/renfort/);
	});

	it('ne répète pas « exercice coordonné » dans un engagement et ne commence pas une raison par « non plus »', () => {
		for (const profil of IDS_PROFILS) {
			for (const r of evaluerAides(communeTest({ zonages: ZIP }), profil)) {
				for (const o of r.obligations) expect(o.match(/exercice coordonné/g)?.length ?? 0, `${r.id} : ${o}`).toBeLessThan(2);
				for (const t of r.raisons) expect(t, r.id).not.toMatch(/^Non cumulable non plus/);
			}
		}
	});

	it('nomme « non disponible » sans inventer de « zone non disponible »', () => {
		const r = evaluerAides(communeTest({ zonages: { 'zonage-dentistes': 'non-disponible' }, departement: '09' }), 'chirurgien-dentiste-liberal', { 'signataire-cesp': true });
		for (const a of r) expect(a.raisons.join(' '), a.id).not.toMatch(/zone non disponible/);
		expect(aide(r, 'contrat-ars-territoires').raisons.join(' ')).toMatch(/zonage dentaire : non disponible/);
	});

	it('ACI des centres de santé : « quel que soit le zonage » est cité de la brochure des dentistes', () => {
		const m = evaluer('aci-cds', 'medecin-salarie');
		expect(m.source.page).toBe('#26');
		expect(m.raisons.join(' ')).toMatch(/page #17 de la brochure chirurgiens-dentistes/);
	});

	it('CDER étudiant : les remplacements en ambulatoire sont une condition, pas un engagement', () => {
		const r = evaluer('cder', 'etudiant-medecine-3e-cycle');
		expect(r.questions.map((q) => q.cle)).toContain('remplacements-ambulatoire');
		expect(r.obligations.join(' ')).not.toMatch(/remplacements en ambulatoire/);
	});

	it('CESP odontologie : mentionne la possibilité de regarder le zonage antérieur', () => {
		expect(evaluer('cesp', 'etudiant-odontologie').raisons.join(' ')).toMatch(/zonage antérieur/);
	});

	it('chirurgiens-dentistes : les aides aux centres de santé, pages de la brochure des dentistes', () => {
		const aides = PROFIL_PAR_ID.get('chirurgien-dentiste-liberal')!.aides;
		for (const id of ['aide-cds', 'aci-cds', 'contrats-demographiques-cds'] as const) {
			expect(aides, id).toContain(id);
			expect(evaluer(id, 'chirurgien-dentiste-liberal').source).toEqual({ document: 'chirurgiens-dentistes 30/06/2023', page: '#17' });
		}
	});

	it('400 MG : ce que « quel que soit le zonage » laisse ouvert, et le plafond des seules charges patronales', () => {
		expect(evaluer('contrat-400mg-exercice-partage', 'medecin-salarie').raisons.join(' ')).toMatch(/activité ambulatoire complémentaire.*libérale.*ne dit rien/);
		const v2 = evaluer('contrat-400mg-ambulatoire', 'medecin-salarie', ZIP);
		expect(v2.montant).toEqual({ min: null, max: 2170, unite: '€', periode: 'mois', objet: 'charges patronales' });
		expect(v2.montantTexte).toMatch(/6 900 € brut.*165 actes.*2 170 € par mois.*même si le salaire plancher n’est pas atteint/);
	});

	it('ZRR → FRR au 1er juillet 2024 : la ZRR est close, la FRR est « hors brochure » avec sa source et sa date', () => {
		const zrr = evaluer('exoneration-zrr', 'medecin-liberal', { zrr: 'zrr' }, INSTALLATION, undefined, '2024-07-01');
		expect(zrr.statut).toBe('non-eligible');
		expect(zrr.raisons.join(' ')).toMatch(/comme la brochure l’annonçait/);
		const frr = evaluer('exoneration-frr', 'medecin-liberal', { frr: 'frr-socle' }, INSTALLATION, undefined, '2024-07-01');
		expect(frr.statut).toBe('eligible');
		expect(frr).toMatchObject({ ouverture: '2024-07-01', horsBrochure: true });
		expect(frr.source).toMatchObject({ document: 'hors brochure', reference: expect.stringMatching(/loi de finances pour 2024.*10\/07\/2025/i) });
		expect(frr.validite).toMatch(/^Hors brochure, en vigueur depuis le 1er juillet 2024/);
	});

	it('zonage dentaire postérieur à la brochure : dit de chaque aide qui le lit, et d’elles seules', () => {
		expect(evaluer('caicd', 'chirurgien-dentiste-liberal', TSD).validite).toMatch(/2012.*2024/);
		expect(evaluer('contrat-ars-territoires', 'chirurgien-dentiste-liberal').validite).toMatch(/2012/);
		expect(evaluer('cesp', 'etudiant-odontologie').validite).toMatch(/2012/);
		expect(evaluer('aide-esp', 'chirurgien-dentiste-liberal').validite).toBeNull();
		expect(evaluer('caim', 'medecin-liberal').validite).toBeNull();
	});
});

describe('montants, durées, financeurs et pages (brochures)', () => {
	const euros = (min: number | null, max: number, periode: string) => ({ min, max, unite: '€', periode });
	const M = (page: string) => ({ document: 'médecins 27/12/2023', page });
	const D = (page: string) => ({ document: 'chirurgiens-dentistes 30/06/2023', page });
	const AM_ARS = 'Assurance Maladie, avec co-signature de l’ARS';

	it.each([
		['cesp', 'etudiant-medecine-3e-cycle', euros(1200, 1200, 'mois'), M('#7'), 'Centre national de gestion (CNG)'],
		['cesp', 'etudiant-odontologie', euros(1200, 1200, 'mois'), D('#7'), 'Centre national de gestion (CNG)'],
		['forfait-transport', 'etudiant-medecine-2e-cycle', euros(130, 130, 'mois'), M('#8'), 'État, par l’intermédiaire des CHU de rattachement'],
		['forfait-hebergement', 'etudiant-medecine-2e-cycle', euros(150, 150, 'mois'), M('#8'), 'État, par l’intermédiaire des CHU de rattachement'],
		['forfait-hebergement', 'etudiant-medecine-3e-cycle', euros(300, 300, 'mois'), M('#8'), 'État, par l’intermédiaire des CHU de rattachement'],
		['cder', 'etudiant-medecine-3e-cycle', euros(8325, 15000, 'trimestre'), M('#9'), 'ARS Occitanie'],
		['cder', 'medecin-remplacant', euros(8325, 15000, 'trimestre'), M('#14'), 'ARS Occitanie'],
		['coscom-msu', 'medecin-msu', euros(300, 300, 'mois'), M('#10'), AM_ARS],
		['caim', 'medecin-liberal', euros(31250, 50000, 'unique'), M('#12'), AM_ARS],
		['contrat-ars-territoires', 'medecin-liberal', euros(31250, 50000, 'unique'), M('#13'), 'ARS Occitanie'],
		['contrat-ars-territoires', 'chirurgien-dentiste-liberal', euros(31250, 50000, 'unique'), D('#10'), 'ARS Occitanie'],
		['contrat-400mg-exercice-partage', 'medecin-salarie', null, M('#15'), 'ARS Occitanie'],
		['exoneration-zrr', 'medecin-liberal', null, M('#17'), 'Services fiscaux (DDFIP)'],
		['exoneration-zrr', 'chirurgien-dentiste-liberal', null, D('#11'), 'Services fiscaux (DDFIP)'],
		['coscom', 'medecin-liberal', euros(5000, 5000, 'an'), M('#19'), AM_ARS],
		['cotram', 'medecin-liberal', euros(null, 20000, 'an'), M('#20'), AM_ARS],
		['cstm', 'medecin-liberal', euros(null, 50000, 'an'), M('#21'), AM_ARS],
		['exoneration-pdsa', 'medecin-liberal', null, M('#22'), 'Services fiscaux (DDFIP)'],
		['aide-esp', 'structure-exercice-coordonne', euros(30000, 30000, 'unique'), M('#24'), 'ARS Occitanie'],
		['aide-esp', 'chirurgien-dentiste-liberal', euros(30000, 30000, 'unique'), D('#15'), 'ARS Occitanie'],
		['aide-msp', 'structure-exercice-coordonne', euros(50000, 50000, 'unique'), M('#25'), 'ARS Occitanie'],
		['aci-msp', 'structure-exercice-coordonne', null, M('#25'), 'Assurance Maladie'],
		['aide-cds', 'structure-exercice-coordonne', euros(50000, 50000, 'unique'), M('#26'), 'ARS Occitanie'],
		['aci-cds', 'structure-exercice-coordonne', null, M('#26'), 'Assurance Maladie'],
		['contrats-demographiques-cds', 'structure-exercice-coordonne', null, M('#26'), 'Assurance Maladie'],
		['aide-cpts', 'structure-exercice-coordonne', euros(50000, 50000, 'unique'), M('#27'), 'ARS Occitanie'],
		['aci-cpts', 'structure-exercice-coordonne', euros(220000, 450000, 'an'), M('#27'), 'Assurance Maladie'],
		['aci-cpts', 'chirurgien-dentiste-liberal', euros(220000, 450000, 'an'), D('#18'), 'Assurance Maladie'],
		['formation-coordonnateurs', 'structure-exercice-coordonne', null, M('#25, #27'), 'ARS Occitanie'],
		['caicd', 'chirurgien-dentiste-liberal', euros(31250, 50000, 'unique'), D('#9'), AM_ARS],
		['camcd', 'chirurgien-dentiste-liberal', euros(3000, 3000, 'an'), D('#13'), AM_ARS],
		['cde', 'medecin-liberal', null, M('#3'), 'ARS Occitanie'],
		['aide-ipa', 'etudiant-infirmier', null, M('#3'), 'ARS Occitanie'],
		['contrats-conventionnels', 'orthophoniste', null, M('#3'), AM_ARS]
	] as const)('%s (%s)', (id, profil, montant, source, financeur) => {
		const r = aide(evaluerAides(communeTest(), profil), id);
		expect(r.montant).toEqual(montant);
		expect(r.source).toEqual(source);
		expect(r.financeur).toEqual(financeur);
		expect(r.titre).toBe(ficheAide(id, profil).titre);
	});

	it('reprend les textes de montant et les durées imprimés', () => {
		const f = (id: AideId, profil?: ProfilId) => ficheAide(id, profil);
		expect(f('cesp').montantTexte).toContain('1 200 € brut (1 085 € net)');
		expect(f('cesp').duree).toMatch(/DES et de la thèse/);
		expect(f('cder').duree).toMatch(/12 premiers mois/);
		expect(f('caim').duree).toBe('Engagement sur 5 ans');
		expect(f('contrat-400mg-ambulatoire').duree).toBe('2 ans');
		expect(f('coscom').duree).toBe('3 ans, renouvelable');
		expect(f('cotram').montantTexte).toBe('Valorisation de 10 % des honoraires conventionnés, plafonnée à 20 000 € par an');
		expect(f('cstm').montantTexte).toMatch(/25 %.*50 000 € par an.*frais de déplacement/);
		expect(f('aci-cpts').montantTexte).toMatch(/220 000 € et 450 000 €/);
		expect(f('exoneration-pdsa').montantTexte).toMatch(/60 jours par an/);
	});

	it('signale ce qui a changé depuis les brochures', () => {
		expect(AIDES['exoneration-zrr'].validite).toMatch(/FRR.*1er juillet 2024/);
		expect(AIDES.cde.validite).toMatch(/janvier 2024/);
		expect(AIDES.caim.validite).toBeNull();
	});

	it('décrit les engagements comme des obligations, pas comme des conditions', () => {
		const r = evaluer('caim', 'medecin-liberal', ZIP, INSTALLATION);
		expect(r.statut).toBe('eligible');
		expect(r.obligations.join(' ')).toMatch(/5 ans.*exercice coordonné/);
		expect(r.obligations.join(' ')).toMatch(/PDSA/);
	});

	it('montre à chaque autre profession le classement de la commune dans son propre zonage', () => {
		const zonages = { 'zonage-masseurs-kinesitherapeutes': 'tres-sous-dotee', 'zonage-sages-femmes': 'sur-dotee', 'zonage-infirmiers': 'non-disponible' } as const;
		expect(evaluer('contrats-conventionnels', 'masseur-kinesitherapeute', zonages).raisons).toContain(
			'Classement de la commune au zonage des masseurs-kinésithérapeutes : très sous-dotée.'
		);
		expect(evaluer('contrats-conventionnels', 'sage-femme', zonages).raisons).toContain('Classement de la commune au zonage des sages-femmes : sur-dotée.');
		expect(evaluer('contrats-conventionnels', 'infirmier', zonages).raisons).toContain('Classement de la commune au zonage des infirmiers : non disponible.');
	});

	it('n’invente aucun montant pour les entrées d’information', () => {
		for (const profil of ['infirmier', 'masseur-kinesitherapeute', 'orthophoniste', 'sage-femme', 'etudiant-infirmier'] as const) {
			for (const id of ['contrats-conventionnels', 'aide-ipa'] as const) {
				if (!PROFIL_PAR_ID.get(profil)!.aides.includes(id)) continue;
				const r = evaluer(id, profil);
				expect(r.montant, `${profil} ${id}`).toBeNull();
				expect(r.statut).toBe('information');
			}
		}
	});
});

describe('pages des brochures', () => {
	const medecins = readFileSync(new URL('../../../shared/seeds/000_0750eaca64f720c4.txt', import.meta.url), 'utf8');

	it('lit les marqueurs de page du texte extrait : #4 est la carte du zonage, #5 celle des aides de l’ARS, les chiffres clés sont en #3', () => {
		// A footer marker precedes the page it numbers (#13 before the contrat ARS, #14 before the CDER…).
		const apres = (marqueur: string) => medecins.split(marqueur)[1].trim().slice(0, 40);
		expect(apres('#4\n')).toMatch(/^Zonage médecins/);
		expect(apres('#5\n')).toMatch(/^TVS où au moins/);
		expect(apres('#13\n')).toMatch(/^Contrat ARS/);
		expect(medecins.indexOf('Chiffres')).toBeLessThan(medecins.indexOf('#4'));
		expect(AIDES.cde.source.page).toBe('#3');
	});
});

const TABLE = new URL('../../static/data/communes.json', import.meta.url);
describe.runIf(existsSync(TABLE))('sur les communes réelles (table construite par npm run geodata)', () => {
	const communes = () => decoderTable(JSON.parse(readFileSync(TABLE, 'utf8')));

	it('chaque commune classée ZRR en 2017 est classée FRR : la fin des ZRR ne retire rien aux communes de la brochure', () => {
		const zrr = communes().filter((c) => c.zonages.zrr === 'zrr');
		expect(zrr.length).toBeGreaterThan(3000);
		expect(zrr.filter((c) => c.zonages.frr === 'non-classee').map((c) => c.code)).toEqual([]);
	});

	it('donne sur la carte le même statut que le détail de la commune', () => {
		for (const c of communes().filter((_, i) => i % 97 === 0)) {
			const statuts = statutsAides(c, 'medecin-liberal', INSTALLATION);
			for (const r of evaluerAides(c, 'medecin-liberal', INSTALLATION)) expect(statuts.get(r.id), `${c.code} ${r.id}`).toBe(r.statut);
		}
	});

	it('un médecin qui s’installe dans un QPV de Toulouse se voit poser la question du QPV', () => {
		const toulouse = communes().find((c) => c.code === '31555')!;
		const r = aide(evaluerAides(toulouse, 'medecin-liberal', INSTALLATION), 'contrat-ars-territoires');
		expect(r.statut).toBe('a-preciser');
		expect(r.questions.map((q) => q.cle)).toEqual(['installation-en-qpv']);
	});
});

describe('mémoïsation', () => {
	it('partage les résultats des communes de même signature et les évalue toutes', () => {
		const a = { ...communeTest({ zonages: ZIP }), code: '99001' };
		const b = { ...communeTest({ zonages: ZIP }), code: '99002' };
		const c = { ...communeTest({ zonages: ZAR }), code: '99003' };
		const m = statutsCommunes([a, b, c], 'medecin-liberal', INSTALLATION);
		expect(m.get('99001')).toBe(m.get('99002'));
		expect(m.get('99003')!.get('caim')).toBe('non-eligible');
		expect(m.get('99001')!.get('caim')).toBe('eligible');
		expect(evaluerAides(a, 'medecin-liberal', INSTALLATION)).toBe(evaluerAides(b, 'medecin-liberal', INSTALLATION));
		expect(Object.isFrozen(evaluerAides(a, 'medecin-liberal', INSTALLATION))).toBe(true);
	});

});
