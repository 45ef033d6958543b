import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Commune } from '../../src/lib/commune/types';
import {
	AIDES,
	NON_CUMULS,
	PROFILS,
	QUESTIONS,
	creerMoteur,
	evaluerAides,
	evaluerCommunes,
	ficheAide,
	type AideId,
	type ProfilId,
	type Reponses,
	type ResultatAide
} from '../../src/lib/aides';
import { REGLES } from '../../src/lib/aides/regles';
import { communeTest as communeFabriquee } from './fixtures';

/**
 * TEST DATA — données de test fabriquées, pas des données réelles : a commune with the given
 * layer values (default: ZAC, hors massif, Haute-Garonne, no QPV, not ZRR/FRR).
 */
function communeTest({
	zonages = {},
	departement = '31'
}: { zonages?: Partial<Commune['zonages']>; departement?: string } = {}): Commune {
	const qpv = zonages.qpv === 'avec-qpv' ? [{ code: 'QN99999T', nom: 'Quartier de test' }] : [];
	return communeFabriquee({ code: '99999', departement, qpv, zonages });
}

function aide(resultats: readonly ResultatAide[], id: AideId): ResultatAide {
	const r = resultats.find((x) => x.id === id);
	if (!r) throw new Error(`${id} absent des résultats`);
	return r;
}

const TOUS_LES_IDS: AideId[] = [
	'cesp',
	'forfait-transport',
	'forfait-hebergement',
	'cder',
	'coscom-msu',
	'caim',
	'contrat-ars-territoires',
	'contrat-400mg-exercice-partage',
	'contrat-400mg-ambulatoire',
	'exoneration-zrr',
	'exoneration-frr',
	'coscom',
	'cotram',
	'cstm',
	'exoneration-pdsa',
	'aide-esp',
	'aide-msp',
	'aci-msp',
	'aide-cds',
	'aci-cds',
	'contrats-demographiques-cds',
	'aide-cpts',
	'aci-cpts',
	'formation-coordonnateurs',
	'caicd',
	'camcd',
	'cde'
];

const TOUS_LES_PROFILS: ProfilId[] = [
	'etudiant-medecine-2e-cycle',
	'etudiant-medecine-3e-cycle',
	'etudiant-odontologie',
	'medecin-remplacant',
	'medecin-liberal',
	'medecin-msu',
	'medecin-salarie',
	'chirurgien-dentiste-liberal',
	'autre-professionnel-sante',
	'structure-exercice-coordonne'
];

/** Every question answered "yes" (ages that satisfy COTRAM). */
const TOUT_OUI: Reponses = Object.fromEntries(
	Object.values(QUESTIONS).map((q) => [q.cle, q.type === 'nombre' ? (q.cle === 'age' ? 65 : 40) : true])
);

describe('catalogue des aides', () => {
	it('contient chaque aide attendue, avec titre, financeur et page source', () => {
		expect(Object.keys(AIDES).sort()).toEqual([...TOUS_LES_IDS].sort());
		for (const id of TOUS_LES_IDS) {
			const f = AIDES[id];
			expect(f.titre.length, id).toBeGreaterThan(5);
			expect(f.financeur.length, id).toBeGreaterThan(2);
			expect(f.source.page, id).toMatch(/^#\d+(, #\d+)*$/);
			expect(REGLES, id).toHaveProperty([f.regle]);
		}
	});

	it('propose les profils attendus, chacun avec un libellé et des aides connues', () => {
		expect(PROFILS.map((p) => p.id)).toEqual(TOUS_LES_PROFILS);
		for (const p of PROFILS) {
			expect(p.libelle).toMatch(/^Je /);
			for (const id of p.aides) expect(TOUS_LES_IDS).toContain(id);
		}
		// Every aid is shown to at least one profile.
		expect(new Set(PROFILS.flatMap((p) => p.aides)).size).toBe(TOUS_LES_IDS.length);
	});

	it('déclare des non-cumuls symétriques', () => {
		for (const id of TOUS_LES_IDS) {
			for (const autre of AIDES[id].incompatibleAvec) expect(AIDES[autre].incompatibleAvec, `${id} ↔ ${autre}`).toContain(id);
		}
		expect(AIDES.caim.incompatibleAvec.sort()).toEqual(['contrat-ars-territoires', 'coscom', 'cotram', 'cstm']);
		expect(AIDES.caicd.incompatibleAvec.sort()).toEqual(['camcd', 'contrat-ars-territoires']);
		expect(NON_CUMULS.length).toBe(9);
	});

	it('garde des non-cumuls symétriques dans les résultats de chaque profil', () => {
		for (const profil of TOUS_LES_PROFILS) {
			const r = evaluerAides(communeTest({ zonages: { 'zonage-medecins': 'ZIP' } }), profil);
			for (const a of r) {
				for (const autre of a.incompatibleAvec) expect(aide(r, autre).incompatibleAvec, `${profil} ${a.id}`).toContain(a.id);
			}
		}
		const medecin = evaluerAides(communeTest(), 'medecin-liberal');
		expect(aide(medecin, 'contrat-ars-territoires').incompatibleAvec).toEqual(['caim']);
		const dentiste = evaluerAides(communeTest(), 'chirurgien-dentiste-liberal');
		expect(aide(dentiste, 'contrat-ars-territoires').incompatibleAvec).toEqual(['caicd']);
	});
});

describe('règles publicodes', () => {
	afterEach(() => vi.restoreAllMocks());

	it('se chargent sans avertissement', () => {
		const messages: string[] = [];
		const logger = { log: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m) };
		const moteur = creerMoteur(logger);
		for (const nom of Object.keys(REGLES)) moteur.evaluate(nom as never);
		expect(messages).toEqual([]);
	});

	it('s’évaluent sans avertissement pour tous les profils, zonages et réponses', () => {
		const espions = (['warn', 'error', 'log'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
		const communes = [
			communeTest(),
			communeTest({ zonages: { 'zonage-medecins': 'ZIP', 'zonage-dentistes': 'tres-sous-dotee', massif: 'pyrenees' }, departement: '09' }),
			communeTest({ zonages: { 'zonage-medecins': 'non-disponible', 'zonage-dentistes': 'non-disponible', zrr: 'non-disponible' } }),
			communeTest({ zonages: { qpv: 'avec-qpv', frr: 'frr-beneficiaire-partiel' } })
		];
		for (const profil of TOUS_LES_PROFILS) {
			for (const c of communes) {
				evaluerAides(c, profil);
				evaluerAides(c, profil, TOUT_OUI);
			}
		}
		for (const e of espions) expect(e).not.toHaveBeenCalled();
	});
});

type Cas = {
	nom: string;
	profil: ProfilId;
	id: AideId;
	zonages?: Partial<Commune['zonages']>;
	departement?: string;
	reponses?: Reponses;
	statut: ResultatAide['statut'];
	/** A reason must match; for a-preciser, the expected question keys. */
	raison?: RegExp;
	questions?: string[];
};

const ZIP = { 'zonage-medecins': 'ZIP' } as const;
const ZAR = { 'zonage-medecins': 'ZAR' } as const;
const ND = { 'zonage-medecins': 'non-disponible' } as const;
const TSD = { 'zonage-dentistes': 'tres-sous-dotee' } as const;

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
	// CDER (M#9, M#14)
	{ nom: 'CDER 2e cycle', profil: 'etudiant-medecine-2e-cycle', id: 'cder', statut: 'non-eligible', raison: /3e cycle/ },
	{ nom: 'CDER 3e cycle sans licence connue', profil: 'etudiant-medecine-3e-cycle', id: 'cder', statut: 'a-preciser', questions: ['licence-remplacement'] },
	{ nom: 'CDER 3e cycle avec licence en ZAC', profil: 'etudiant-medecine-3e-cycle', id: 'cder', reponses: { 'licence-remplacement': true }, statut: 'eligible' },
	{ nom: 'CDER 3e cycle sans licence', profil: 'etudiant-medecine-3e-cycle', id: 'cder', reponses: { 'licence-remplacement': false }, statut: 'non-eligible', raison: /licence/ },
	{ nom: 'CDER remplaçant en ZAR', profil: 'medecin-remplacant', id: 'cder', zonages: ZAR, reponses: { 'premiere-annee-liberal': true }, statut: 'non-eligible', raison: /ZAR/ },
	{ nom: 'CDER remplaçant en ZIP, 1re année', profil: 'medecin-remplacant', id: 'cder', zonages: ZIP, reponses: { 'premiere-annee-liberal': true }, statut: 'eligible' },
	// COSCOM MSU (M#10)
	{ nom: 'COSCOM MSU en ZIP', profil: 'medecin-msu', id: 'coscom-msu', zonages: ZIP, statut: 'eligible' },
	{ nom: 'COSCOM MSU en ZAC', profil: 'medecin-msu', id: 'coscom-msu', statut: 'non-eligible', raison: /réservée aux ZIP/ },
	// CAIM (M#12)
	{ nom: 'CAIM en ZIP', profil: 'medecin-liberal', id: 'caim', zonages: ZIP, statut: 'eligible', raison: /ZIP/ },
	{ nom: 'CAIM en ZAC', profil: 'medecin-liberal', id: 'caim', statut: 'non-eligible', raison: /ZAC/ },
	{ nom: 'CAIM zonage indisponible', profil: 'medecin-msu', id: 'caim', zonages: ND, statut: 'a-preciser', raison: /non disponible/ },
	// Contrat ARS territoires, médecins (M#13)
	{ nom: 'ARS médecins massif en ZAC', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { massif: 'massif-central' }, statut: 'eligible', raison: /Massif central/ },
	{ nom: 'ARS médecins Gers en ZIP', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: ZIP, departement: '32', statut: 'eligible', raison: /Gers/ },
	{ nom: 'ARS médecins massif en ZAR', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { ...ZAR, massif: 'pyrenees' }, statut: 'non-eligible', raison: /ZAR/ },
	{ nom: 'ARS médecins hors territoire ciblé', profil: 'medecin-liberal', id: 'contrat-ars-territoires', statut: 'non-eligible', raison: /hors massif/ },
	{ nom: 'ARS médecins QPV seul', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { qpv: 'avec-qpv' }, statut: 'a-preciser', questions: ['installation-en-qpv'] },
	{ nom: 'ARS médecins QPV, cabinet dans le QPV', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { qpv: 'avec-qpv' }, reponses: { 'installation-en-qpv': true }, statut: 'eligible', raison: /QPV/ },
	{ nom: 'ARS médecins QPV, cabinet hors QPV', profil: 'medecin-liberal', id: 'contrat-ars-territoires', zonages: { qpv: 'avec-qpv' }, reponses: { 'installation-en-qpv': false }, statut: 'non-eligible' },
	// Contrat ARS territoires, dentistes (D#10)
	{ nom: 'ARS dentistes Ariège, zone intermédiaire, CESP inconnu', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', departement: '09', statut: 'a-preciser', questions: ['signataire-cesp'] },
	{ nom: 'ARS dentistes Ariège, non signataire CESP', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', departement: '09', reponses: { 'signataire-cesp': false }, statut: 'eligible' },
	{ nom: 'ARS dentistes Ariège, signataire CESP en zone intermédiaire', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', departement: '09', reponses: { 'signataire-cesp': true }, statut: 'non-eligible', raison: /CESP/ },
	{ nom: 'ARS dentistes massif, signataire CESP en zone très sous-dotée', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', zonages: { ...TSD, massif: 'pyrenees' }, reponses: { 'signataire-cesp': true }, statut: 'eligible' },
	{ nom: 'ARS dentistes hors territoire ciblé', profil: 'chirurgien-dentiste-liberal', id: 'contrat-ars-territoires', zonages: TSD, statut: 'non-eligible' },
	// CDE (M#4)
	{ nom: 'CDE plus proposé', profil: 'medecin-liberal', id: 'cde', zonages: ZIP, reponses: TOUT_OUI, statut: 'non-eligible', raison: /janvier 2024/ },
	{ nom: 'CDE plus proposé (remplaçant)', profil: 'medecin-remplacant', id: 'cde', statut: 'non-eligible', raison: /janvier 2024/ },
	// 400 MG (M#15, M#16)
	{ nom: '400 MG volet 1 quel que soit le zonage', profil: 'medecin-salarie', id: 'contrat-400mg-exercice-partage', zonages: { ...ND }, statut: 'eligible' },
	{ nom: '400 MG volet 2 en ZIP', profil: 'medecin-salarie', id: 'contrat-400mg-ambulatoire', zonages: ZIP, statut: 'eligible' },
	{ nom: '400 MG volet 2 en ZAC', profil: 'medecin-salarie', id: 'contrat-400mg-ambulatoire', statut: 'non-eligible', raison: /ZAC/ },
	// Exonérations ZRR / FRR (M#17, D#11)
	{ nom: 'ZRR', profil: 'medecin-liberal', id: 'exoneration-zrr', zonages: { zrr: 'zrr' }, statut: 'eligible' },
	{ nom: 'hors ZRR', profil: 'autre-professionnel-sante', id: 'exoneration-zrr', statut: 'non-eligible' },
	{ nom: 'ZRR indisponible', profil: 'chirurgien-dentiste-liberal', id: 'exoneration-zrr', zonages: { zrr: 'non-disponible' }, statut: 'a-preciser', raison: /non disponible/ },
	{ nom: 'FRR+', profil: 'autre-professionnel-sante', id: 'exoneration-frr', zonages: { frr: 'frr-plus' }, statut: 'eligible', raison: /FRR\+/ },
	{ nom: 'FRR socle', profil: 'medecin-liberal', id: 'exoneration-frr', zonages: { frr: 'frr-socle' }, statut: 'eligible' },
	{ nom: 'FRR bénéficiaire', profil: 'medecin-liberal', id: 'exoneration-frr', zonages: { frr: 'frr-beneficiaire' }, statut: 'eligible' },
	{ nom: 'FRR partielle', profil: 'medecin-liberal', id: 'exoneration-frr', zonages: { frr: 'frr-beneficiaire-partiel' }, statut: 'a-preciser', raison: /partiellement/, questions: ['installation-partie-classee-frr'] },
	{ nom: 'non classée FRR', profil: 'medecin-liberal', id: 'exoneration-frr', statut: 'non-eligible', raison: /non classée/ },
	// COSCOM / COTRAM / CSTM (M#19 à M#21)
	{ nom: 'COSCOM en ZIP, CAIM inconnu', profil: 'medecin-liberal', id: 'coscom', zonages: ZIP, statut: 'a-preciser', questions: ['beneficiaire-caim'] },
	{ nom: 'COSCOM en ZIP sans CAIM', profil: 'medecin-liberal', id: 'coscom', zonages: ZIP, reponses: { 'beneficiaire-caim': false }, statut: 'eligible' },
	{ nom: 'COSCOM après CAIM', profil: 'medecin-liberal', id: 'coscom', zonages: ZIP, reponses: { 'beneficiaire-caim': true }, statut: 'non-eligible', raison: /CAIM/ },
	{ nom: 'COSCOM en ZAC', profil: 'medecin-liberal', id: 'coscom', reponses: { 'beneficiaire-caim': false }, statut: 'non-eligible' },
	{ nom: 'COTRAM en ZIP, âges inconnus', profil: 'medecin-liberal', id: 'cotram', zonages: ZIP, statut: 'a-preciser', questions: ['age', 'age-successeur'] },
	{ nom: 'COTRAM 61 ans, successeur 45 ans', profil: 'medecin-liberal', id: 'cotram', zonages: ZIP, reponses: { age: 61, 'age-successeur': 45 }, statut: 'eligible' },
	{ nom: 'COTRAM 60 ans', profil: 'medecin-liberal', id: 'cotram', zonages: ZIP, reponses: { age: 60, 'age-successeur': 45 }, statut: 'non-eligible', raison: /plus de 60 ans/ },
	{ nom: 'COTRAM successeur de 50 ans', profil: 'medecin-liberal', id: 'cotram', zonages: ZIP, reponses: { age: 64, 'age-successeur': 50 }, statut: 'non-eligible', raison: /moins de 50 ans/ },
	{ nom: 'CSTM en ZIP, installé hors ZIP', profil: 'medecin-liberal', id: 'cstm', zonages: ZIP, reponses: { 'installe-hors-zip': true }, statut: 'eligible' },
	{ nom: 'CSTM en ZIP, installé en ZIP', profil: 'medecin-liberal', id: 'cstm', zonages: ZIP, reponses: { 'installe-hors-zip': false }, statut: 'non-eligible' },
	{ nom: 'CSTM en ZAC', profil: 'medecin-liberal', id: 'cstm', reponses: { 'installe-hors-zip': true }, statut: 'non-eligible', raison: /ZIP/ },
	// PDSA (M#22)
	{ nom: 'PDSA en ZIP', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: ZIP, statut: 'eligible' },
	{ nom: 'PDSA hors ZIP, secteur inconnu', profil: 'medecin-liberal', id: 'exoneration-pdsa', statut: 'a-preciser', raison: /secteur de garde/, questions: ['secteur-garde-avec-zip'] },
	{ nom: 'PDSA hors ZIP, secteur avec ZIP', profil: 'medecin-liberal', id: 'exoneration-pdsa', zonages: ZAR, reponses: { 'secteur-garde-avec-zip': true }, statut: 'eligible' },
	{ nom: 'PDSA hors ZIP, secteur sans ZIP', profil: 'medecin-liberal', id: 'exoneration-pdsa', reponses: { 'secteur-garde-avec-zip': false }, statut: 'non-eligible' },
	// CAICD / CAMCD (D#9, D#13)
	{ nom: 'CAICD très sous-dotée', profil: 'chirurgien-dentiste-liberal', id: 'caicd', zonages: TSD, statut: 'eligible' },
	{ nom: 'CAICD sous-dotée', profil: 'chirurgien-dentiste-liberal', id: 'caicd', zonages: { 'zonage-dentistes': 'sous-dotee' }, statut: 'non-eligible', raison: /très sous-dotées/ },
	{ nom: 'CAICD zonage dentaire indisponible', profil: 'chirurgien-dentiste-liberal', id: 'caicd', zonages: { 'zonage-dentistes': 'non-disponible' }, statut: 'a-preciser', raison: /non disponible/ },
	{ nom: 'CAMCD sans CAICD antérieur', profil: 'chirurgien-dentiste-liberal', id: 'camcd', zonages: TSD, reponses: { 'beneficiaire-caicd': false }, statut: 'eligible' },
	{ nom: 'CAMCD après CAICD', profil: 'chirurgien-dentiste-liberal', id: 'camcd', zonages: TSD, reponses: { 'beneficiaire-caicd': true }, statut: 'non-eligible', raison: /CAICD/ },
	{ nom: 'CAMCD, CAICD inconnu', profil: 'chirurgien-dentiste-liberal', id: 'camcd', zonages: TSD, statut: 'a-preciser', questions: ['beneficiaire-caicd'] },
	// Exercice coordonné (M#24 à M#27)
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
	{ nom: 'ACI CDS en ZAR', profil: 'structure-exercice-coordonne', id: 'aci-cds', zonages: ZAR, reponses: { 'centre-de-sante': true }, statut: 'eligible' },
	{ nom: 'contrats démographiques CDS en ZIP', profil: 'medecin-salarie', id: 'contrats-demographiques-cds', zonages: ZIP, reponses: { 'centre-de-sante': true }, statut: 'eligible' },
	{ nom: 'contrats démographiques CDS en ZAC', profil: 'structure-exercice-coordonne', id: 'contrats-demographiques-cds', reponses: { 'centre-de-sante': true }, statut: 'non-eligible' },
	{ nom: 'CPTS', profil: 'structure-exercice-coordonne', id: 'aide-cpts', zonages: ZAR, reponses: { 'projet-cpts': true }, statut: 'eligible' },
	{ nom: 'ACI CPTS', profil: 'chirurgien-dentiste-liberal', id: 'aci-cpts', reponses: { 'projet-cpts': true }, statut: 'eligible' },
	{ nom: 'formation des coordonnateurs de CPTS', profil: 'structure-exercice-coordonne', id: 'formation-coordonnateurs', reponses: { 'projet-cpts': true }, statut: 'eligible' },
	{ nom: 'formation des coordonnateurs, ni MSP ni CPTS', profil: 'structure-exercice-coordonne', id: 'formation-coordonnateurs', reponses: { 'projet-cpts': false, 'equipe-msp': false }, statut: 'non-eligible', raison: /coordonnateurs/ }
];

describe('éligibilité par aide', () => {
	it.each(CAS)('$nom → $statut', ({ profil, id, zonages, departement, reponses, statut, raison, questions }) => {
		const r = aide(evaluerAides(communeTest({ zonages, departement }), profil, reponses), id);
		expect(r.statut).toBe(statut);
		expect(r.raisons.length).toBeGreaterThan(0);
		if (raison) expect(r.raisons.join(' ')).toMatch(raison);
		if (questions) expect(r.questions.map((q) => q.cle)).toEqual(questions);
		if (statut !== 'a-preciser') expect(r.questions).toEqual([]);
	});

	it('couvre chaque aide par au moins un cas éligible et un cas non éligible', () => {
		for (const id of TOUS_LES_IDS.filter((i) => i !== 'cde')) {
			expect(CAS.some((c) => c.id === id && c.statut === 'eligible'), id).toBe(true);
		}
		// The 400 MG volet 1 only asks for the profile, which always matches where it is shown.
		for (const id of TOUS_LES_IDS.filter((i) => i !== 'contrat-400mg-exercice-partage')) {
			expect(CAS.some((c) => c.id === id && c.statut === 'non-eligible'), id).toBe(true);
		}
	});

	it('ne rend jamais éligible une aide qui dépend d’une donnée non disponible', () => {
		const c = communeTest({
			zonages: { 'zonage-medecins': 'non-disponible', 'zonage-dentistes': 'non-disponible', zrr: 'non-disponible' }
		});
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
			'exoneration-pdsa'
		]);
		for (const profil of TOUS_LES_PROFILS) {
			for (const r of evaluerAides(c, profil, { ...TOUT_OUI, 'signataire-cesp': true, 'installation-en-qpv': true })) {
				if (independantes.has(r.id)) expect(r.statut, `${profil} ${r.id}`).toBe('eligible');
				else expect(r.statut, `${profil} ${r.id}`).not.toBe('eligible');
			}
		}
	});

	it('rejette une question inconnue ou une réponse du mauvais type', () => {
		expect(() => evaluerAides(communeTest(), 'medecin-liberal', { inconnue: true })).toThrow(/Question inconnue/);
		expect(() => evaluerAides(communeTest(), 'medecin-liberal', { age: true })).toThrow(/nombre/);
		expect(() => evaluerAides(communeTest(), 'medecin-liberal', { 'equipe-esp': 3 })).toThrow(/oui ou non/);
		expect(() => evaluerAides(communeTest(), 'inconnu' as ProfilId)).toThrow(/Profil inconnu/);
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
		['contrat-400mg-ambulatoire', 'medecin-salarie', euros(null, 2170, 'mois'), M('#16'), expect.stringContaining('ARS Occitanie')],
		['exoneration-zrr', 'medecin-liberal', null, M('#17'), 'Services fiscaux (DDFIP)'],
		['exoneration-zrr', 'chirurgien-dentiste-liberal', null, D('#11'), 'Services fiscaux (DDFIP)'],
		['exoneration-frr', 'autre-professionnel-sante', null, M('#17'), 'Services fiscaux (DDFIP)'],
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
		['cde', 'medecin-liberal', null, M('#4'), 'ARS Occitanie']
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
		expect(f('contrat-400mg-ambulatoire').montantTexte).toMatch(/6 900 € brut par mois.*2 170 € par mois/);
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
		expect(AIDES.caicd.validite).toMatch(/2012.*2024/);
		expect(ficheAide('contrat-ars-territoires', 'chirurgien-dentiste-liberal').validite).toMatch(/2012/);
		expect(AIDES.caim.validite).toBeNull();
	});

	it('décrit les engagements comme des obligations, pas comme des conditions', () => {
		const r = aide(evaluerAides(communeTest({ zonages: ZIP }), 'medecin-liberal'), 'caim');
		expect(r.statut).toBe('eligible');
		expect(r.obligations.join(' ')).toMatch(/5 ans.*exercice coordonné/);
		expect(r.obligations.join(' ')).toMatch(/PDSA/);
	});
});

describe('mémoïsation', () => {
	it('partage les résultats des communes de même signature et les évalue toutes', () => {
		const a = { ...communeTest({ zonages: ZIP }), code: '99001' };
		const b = { ...communeTest({ zonages: ZIP }), code: '99002' };
		const c = { ...communeTest({ zonages: ZAR }), code: '99003' };
		const m = evaluerCommunes([a, b, c], 'medecin-liberal');
		expect(m.get('99001')).toBe(m.get('99002'));
		expect(aide(m.get('99003')!, 'caim').statut).toBe('non-eligible');
		expect(Object.isFrozen(m.get('99001'))).toBe(true);
	});
});
