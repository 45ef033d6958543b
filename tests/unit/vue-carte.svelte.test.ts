import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { VueCarte, type Moteur } from '../../src/lib/etat/vue-carte.svelte';
import { BrouillonActif } from '../../src/lib/brouillons/actif.svelte';
import { indexer } from '../../src/lib/commune/chargement';
import type { FondCarte } from '../../src/lib/carte/donnees';
import { encoderTable } from '../../src/lib/commune/table';
import { EPINGLES_MAX } from '../../src/lib/comparaison/comparaison';
import { BROUILLON_INVENTE, COMMUNES_INVENTEES, ID_BROUILLON, chargeurFactice } from './communes-inventees';

/** No département labels nor sources manifest: these tests never draw the map. */
const FOND = { departements: [], sources: {} } as unknown as FondCarte;
let detruire: (() => void)[] = [];
afterEach(() => {
	detruire.forEach((d) => d());
	detruire = [];
});

/** A VueCarte inside an effect root (its constructor sets an effect), as a component would hold it. */
function vue(qs: string, brouillon?: BrouillonActif): VueCarte {
	let v!: VueCarte;
	const params = new URLSearchParams(qs);
	detruire.push($effect.root(() => void (v = new VueCarte(params, brouillon ?? new BrouillonActif(params, chargeurFactice().charger)))));
	return v;
}

/** Serves the made-up communes as the built table (data/communes.json). */
const servir: typeof fetch = async () => new Response(JSON.stringify(encoderTable(COMMUNES_INVENTEES)));

describe('VueCarte', () => {
	it('dit en français ce que l’adresse demande et qui ne peut pas se faire', async () => {
		const v = vue('commune=31-555&profil=astronaute&couche=pdsa&brouillon=pas%20un%20id&comparer=99001,99999');
		expect(v.avis.join('\n')).toMatch(/31-555/);
		expect(v.avis.join('\n')).toMatch(/astronaute/);
		expect(v.brouillon.erreur).toBe('« pas un id » n’est pas un identifiant de brouillon : affichage du zonage en vigueur.');
		v.fond = FOND;
		await v.chargerTable('', servir);
		expect(v.avis).toContain('La commune de code 99999 n’existe pas en Occitanie (COG 2026).');
		expect(v.etat.comparer).toEqual(['99001']);
		expect(v.avis.every((a) => /[a-zà-ÿ]/.test(a))).toBe(true);
	});

	it('dit quand la table des communes manque, sans rien casser', async () => {
		const v = vue('commune=99001');
		v.fond = FOND;
		await v.chargerTable('', async () => new Response('', { status: 404 }));
		expect(v.erreurTable).toMatch(/^Le fichier de données communes.json est introuvable \(HTTP 404\)\. La recherche/);
		expect(v.commune).toBeNull();
	});

	it(`épingle au plus ${EPINGLES_MAX} communes, et le dit`, () => {
		const v = vue('');
		v.donnees = { ...FOND, ...indexer(COMMUNES_INVENTEES) };
		for (const c of ['99001', '99002', '99003']) v.basculerEpingle(c);
		expect(v.etat.comparer).toEqual(['99001', '99002', '99003']);
		expect(v.annonce).toBe('Imaginaire épinglée pour la comparaison (3).');
		v.basculerEpingle('99004');
		expect(v.etat.comparer).toHaveLength(EPINGLES_MAX);
		expect(v.etat.comparer).not.toContain('99004');
		expect(v.avis).toHaveLength(1);
		expect(v.annonce).toBe(v.avis[0]);
		expect(v.epinglees.map((c) => c.nom)).toEqual(['Inventée-sur-Zac', 'Fictive-en-Zip', 'Imaginaire']);
		// Unpinning makes room again.
		v.basculerEpingle('99002');
		v.basculerEpingle('99004');
		expect(v.etat.comparer).toEqual(['99001', '99003', '99004']);
	});

	it('un brouillon change les statuts des aides et la coloration de la carte', async () => {
		const moteur: Moteur = await import('../../src/lib/aides/moteur');
		// At the médecins brochure's date, when the CAIM was open to new contracts.
		const qs = `profil=medecin-liberal&r.situation=installation&aide=caim&commune=99001&date=2023-12-27`;
		const { charger } = chargeurFactice();
		const enVigueur = vue(qs);
		const brouillon = new BrouillonActif(new URLSearchParams(`${qs}&brouillon=${ID_BROUILLON}`), charger);
		const avecBrouillon = vue(`${qs}&brouillon=${ID_BROUILLON}`, brouillon);
		await brouillon.activer(ID_BROUILLON);
		for (const v of [enVigueur, avecBrouillon]) {
			v.donnees = { ...FOND, ...indexer(COMMUNES_INVENTEES) };
			v.moteur = moteur;
		}
		flushSync();
		expect(avecBrouillon.brouillon.affiche).toEqual(BROUILLON_INVENTE);

		// "Mes aides": the map colours the CAIM's status, computed on the draft's zoning.
		expect(enVigueur.aideCarte).toBe('caim');
		expect(enVigueur.statuts!.get('99001')).not.toBe('eligible');
		expect(avecBrouillon.statuts!.get('99001')).toBe('eligible');
		expect(avecBrouillon.statuts!.get('99003')).toBe(enVigueur.statuts!.get('99003'));
		expect(avecBrouillon.coloration!.classes).toBe(avecBrouillon.statuts);
		expect(avecBrouillon.resultats.find((r) => r.id === 'caim')!.statut).toBe('eligible');
		expect(enVigueur.resultats.find((r) => r.id === 'caim')!.statut).not.toBe('eligible');
		expect(avecBrouillon.enVigueur!.zonages['zonage-medecins']).toBe('ZAC');
		expect(avecBrouillon.commune!.zonages['zonage-medecins']).toBe('ZIP');
		// The neighbours' "au plus près" follows, in a task of its own.
		await new Promise((r) => setTimeout(r));
		expect(avecBrouillon.eligibles!.get('caim')).toEqual(expect.arrayContaining(['99001', '99002']));
		expect(enVigueur.eligibles!.get('caim')).not.toContain('99001');

		// The zonings: the tiles hold the zoning in force, so the draft's médecins zoning is coloured here.
		enVigueur.etat.carte = avecBrouillon.etat.carte = 'zonages';
		flushSync();
		expect(enVigueur.coloration).toBeNull();
		expect(avecBrouillon.coloration!.titre).toBe('zonage médecins du brouillon « Brouillon inventé »');
		expect(avecBrouillon.coloration!.classes.get('99001')).toBe('ZIP');
		expect(avecBrouillon.classes!.find((k) => k.valeur.id === 'ZIP')).toMatchObject({ communes: 2, population: 2000 });
		expect(enVigueur.classes!.find((k) => k.valeur.id === 'ZIP')).toMatchObject({ communes: 1, population: 800 });

		// Leaving draft mode: the zoning in force again.
		avecBrouillon.brouillon.quitter();
		flushSync();
		expect(avecBrouillon.coloration).toBeNull();
		expect(avecBrouillon.commune!.zonages['zonage-medecins']).toBe('ZAC');
		const p = new URLSearchParams();
		avecBrouillon.ecrire(p);
		expect(p.has('brouillon')).toBe(false);
	});

	it('le profil choisit la couche, et l’aide de la carte quand elle ne le concerne plus', () => {
		const v = vue('profil=medecin-liberal&aide=caim');
		v.choisirProfil('chirurgien-dentiste-liberal');
		expect(v.etat.couche).toBe('zonage-dentistes');
		expect(v.etat.aide).toBe('meilleure');
		v.repondre('situation', 'installation');
		expect(v.etat.reponses).toEqual({ situation: 'installation' });
		v.repondre('situation', null);
		expect(v.etat.reponses).toEqual({});
	});

	it('une carte neutre, qui dit pourquoi, quand aucune aide du profil ne dépend du lieu (étudiant infirmier)', async () => {
		const v = vue('profil=etudiant-infirmier&date=2023-12-27');
		v.donnees = { ...FOND, ...indexer(COMMUNES_INVENTEES) };
		v.moteur = await import('../../src/lib/aides/moteur');
		flushSync();
		expect(v.aidesDuLieu).toEqual([]);
		expect(new Set(v.statuts!.values())).toEqual(new Set(['information']));
		expect(v.classes!.filter((k) => k.communes > 0).map((k) => k.valeur.id)).toEqual(['information']);
		expect(v.mesAides!.note).toMatch(/Aucune de vos aides ne dépend de la commune .* la carte est donc neutre/);
	});

	it('la carte des montants : classes de la somme sûre, hachures, légende, bulle, au plus près et adresse', async () => {
		const v = vue('profil=medecin-liberal&r.situation=installation&date=2023-12-27');
		v.donnees = { ...FOND, ...indexer(COMMUNES_INVENTEES) };
		v.moteur = await import('../../src/lib/aides/moteur');
		flushSync();
		// "Mes aides" by default: the sums are neither offered to the legend nor worked out for the map.
		expect(v.mesAides!.mode).toBe('aides');
		expect(v.mesAides!.montants).toBeNull();
		v.mesAides!.onmode('montants');
		flushSync();
		expect(v.modeMontants).toBe(true);
		// The amounts code arrives after the first view: until then the map keeps the tiles' colours.
		expect(v.coloration).toBeNull();
		expect(v.classes).toBeNull();
		await v.montants.charger();
		flushSync();

		const c = v.coloration!;
		expect(c.titre).toBe('Montants sûrs sur 5 ans par commune, règles au 27 décembre 2023');
		expect([...c.classes.keys()].sort()).toEqual(COMMUNES_INVENTEES.map((x) => x.code));
		// The ZIP commune: the CAIM (31 250 € à 50 000 €, « éligible » when one settles there) in the 30 000 – 60 000 € class.
		expect(c.classes.get('99002')).toBe('30000-60000');
		expect(c.decrire!('99002')).toBe('jusqu’à 50\u202f000\u00a0€ sur 5 ans, dont 50\u202f000\u00a0€ sûrs');
		// Each commune in the class of its sure sum, hatched where the total would be in a higher one.
		const { classesBilan, CLASSES_MONTANTS } = await import('../../src/lib/montants/communes');
		for (const [code, b] of v.montants.bilans!) {
			const { classe, avecPossibles } = classesBilan(b);
			expect(c.classes.get(code)).toBe(CLASSES_MONTANTS[classe].id);
			expect(c.hachures!.has(code)).toBe(avecPossibles > classe);
		}

		// The legend: every commune in one class, the hatching line and the note.
		expect(v.classes!.reduce((n, k) => n + k.communes, 0)).toBe(COMMUNES_INVENTEES.length);
		expect(v.classes!.reduce((n, k) => n + k.population, 0)).toBe(COMMUNES_INVENTEES.reduce((n, x) => n + x.population, 0));
		expect(v.mesAides!.montants!.titre).toBe(c.titre);
		expect(v.mesAides!.montants!.hachures).toMatch(/^Hachurées : /);
		expect(v.mesAides!.montants!.note).toContain('règles au 27 décembre 2023');

		// "Au plus près" gets each commune's sure sum a task later.
		expect(v.montants.auPlusPres).toBeNull();
		await new Promise((r) => setTimeout(r));
		expect(v.montants.auPlusPres!.surs.get('99002')).toEqual({ min: 31250, max: 50000 });
		expect(v.montants.auPlusPres!.seuils).toEqual([10000, 30000, 60000]);

		// An answer recolours: without « je m’installe », the CAIM is no longer sure in the ZIP commune.
		v.repondre('situation', null);
		flushSync();
		expect(v.coloration!.classes.get('99002')).not.toBe('30000-60000');
		expect(v.montants.auPlusPres).toBeNull();

		const p = new URLSearchParams();
		v.ecrire(p);
		expect(p.get('carte')).toBe('montants');
		v.mesAides!.onmode('zonages');
		flushSync();
		expect(v.coloration).toBeNull();
		expect(v.classes!.map((k) => k.valeur.id)).toContain('ZIP');
	});

	it('lit les règles à la date de l’adresse, et l’écrit dans le lien partagé', () => {
		const v = vue('profil=medecin-liberal&date=2023-12-27');
		expect(v.date).toBe('2023-12-27');
		const p = new URLSearchParams();
		v.ecrirePartage(p);
		expect(p.get('date')).toBe('2023-12-27');
		expect(v.mesAides!.titre).toContain('au 27 décembre 2023');
	});
});
