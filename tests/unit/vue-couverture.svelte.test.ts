import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { VueCouverture, type StockageBrouillons } from '../../src/lib/couverture/vue.svelte';
import { resumer, type Brouillon } from '../../src/lib/brouillons/brouillon';
import { encoderTable } from '../../src/lib/commune/table';
import { BROUILLON_INVENTE, COMMUNES_INVENTEES, ID_BROUILLON } from './communes-inventees';

/** This browser's drafts, in memory; `panne` makes every write fail. */
function stockageFactice(depart: Brouillon[] = [BROUILLON_INVENTE], illisibles = 0) {
	const brouillons = new Map(depart.map((b) => [b.id, b]));
	const etat = { panne: null as string | null, listes: 0 };
	const ecrire = () => {
		if (etat.panne) throw new Error(etat.panne);
	};
	const stockage: StockageBrouillons = {
		lister: async () => {
			etat.listes++;
			return { brouillons: [...brouillons.values()].map(resumer), illisibles };
		},
		charger: async (id) => brouillons.get(id) ?? null,
		renommer: async (id, nom) => {
			ecrire();
			brouillons.set(id, { ...brouillons.get(id)!, nom });
		},
		supprimer: async (id) => {
			ecrire();
			brouillons.delete(id);
		}
	};
	return { stockage, etat };
}

const servir: typeof fetch = async () => new Response(JSON.stringify(encoderTable(COMMUNES_INVENTEES)));
const ZIP = (v: VueCouverture) => v.repartitions.find((r) => r.couche === 'zonage-medecins')!.classes.find((k) => k.valeur.id === 'ZIP')!;

let detruire: (() => void)[] = [];
afterEach(() => {
	detruire.forEach((d) => d());
	detruire = [];
});

async function vue(qs = '', s = stockageFactice()): Promise<VueCouverture> {
	let v!: VueCouverture;
	detruire.push($effect.root(() => void (v = new VueCouverture(new URLSearchParams(qs), s.stockage))));
	expect(await v.charger('', servir)).toBe(true);
	await Promise.resolve();
	flushSync();
	return v;
}

describe('VueCouverture', () => {
	it('charge les communes et la liste des brouillons de ce navigateur', async () => {
		const v = await vue();
		expect(v.communes).toHaveLength(5);
		expect(v.brouillons.map((b) => b.nom)).toEqual(['Brouillon inventé']);
		expect(v.messageStockage).toBeNull();
		expect(v.actif).toBeNull();
		expect(ZIP(v)).toMatchObject({ communes: 1, population: 800 });
	});

	it('dit quand la table des communes manque', async () => {
		const v = new VueCouverture(new URLSearchParams(''), stockageFactice().stockage);
		expect(await v.charger('', async () => new Response('', { status: 404 }))).toBe(false);
		expect(v.erreurDonnees).toBe('Le fichier de données communes.json est introuvable (HTTP 404). Reconstruisez les données (npm run geodata).');
	});

	it('signale les brouillons enregistrés illisibles', async () => {
		const v = await vue('', stockageFactice([BROUILLON_INVENTE], 2));
		expect(v.messageStockage).toBe('2 brouillons enregistrés illisibles (abîmé ou d’une autre version) : ignorés, rien n’a été effacé.');
	});

	it('activer un brouillon change toutes les statistiques, le quitter les rétablit', async () => {
		const v = await vue();
		v.activer(ID_BROUILLON);
		await Promise.resolve();
		flushSync();
		expect(v.brouillon.id).toBe(ID_BROUILLON);
		expect(v.nomActif).toBe('Brouillon inventé');
		expect(ZIP(v)).toMatchObject({ communes: 2, population: 2000 });
		expect(v.tableauCroise.lignes.map((l) => l.id)).toContain('ZIP');
		expect(v.vues.find((c) => c.code === '99001')!.zonages['zonage-medecins']).toBe('ZIP');
		// The communes as in force are untouched: the comparison reads them.
		expect(v.communes.find((c) => c.code === '99001')!.zonages['zonage-medecins']).toBe('ZAC');
		const p = new URLSearchParams();
		v.brouillon.ecrire(p);
		expect(p.toString()).toBe(`brouillon=${ID_BROUILLON}`);

		v.activer(null);
		flushSync();
		expect(v.actif).toBeNull();
		expect(ZIP(v)).toMatchObject({ communes: 1, population: 800 });
	});

	it('le brouillon de l’adresse est actif dès le chargement', async () => {
		const v = await vue(`brouillon=${ID_BROUILLON}`);
		expect(v.nomActif).toBe('Brouillon inventé');
		expect(ZIP(v).communes).toBe(2);
	});

	it('un import enregistré devient actif ; sans stockage, il est montré sur cette page seulement', async () => {
		const s = stockageFactice([]);
		const v = await vue('', s);
		const listes = s.etat.listes;
		await v.importer(BROUILLON_INVENTE, null);
		expect(v.brouillon.id).toBe(ID_BROUILLON);
		expect(v.actif).toBe(BROUILLON_INVENTE);
		expect(s.etat.listes).toBe(listes + 1);

		const autre = { ...BROUILLON_INVENTE, id: 'essai0002', nom: 'Non enregistré' };
		await v.importer(autre, 'Ce navigateur ne permet pas d’enregistrer le brouillon.');
		expect(v.messageStockage).toBe('Ce navigateur ne permet pas d’enregistrer le brouillon.');
		expect(v.brouillon.id).toBeNull();
		expect(v.brouillon.nonEnregistre).toBe(autre);
		expect(v.nomActif).toBe('Non enregistré');
	});

	it('renommer le brouillon actif le relit ; le supprimer revient au zonage en vigueur', async () => {
		const s = stockageFactice();
		const v = await vue(`brouillon=${ID_BROUILLON}`, s);
		await v.renommer(ID_BROUILLON, 'Nouveau nom');
		await Promise.resolve();
		expect(v.nomActif).toBe('Nouveau nom');
		expect(v.brouillons[0].nom).toBe('Nouveau nom');

		s.etat.panne = 'Le stockage de ce navigateur est plein.';
		await v.supprimer(ID_BROUILLON);
		expect(v.messageStockage).toBe('Le stockage de ce navigateur est plein.');
		expect(v.nomActif).toBe('Nouveau nom');

		s.etat.panne = null;
		await v.supprimer(ID_BROUILLON);
		expect(v.messageStockage).toBeNull();
		expect(v.actif).toBeNull();
		expect(v.brouillons).toEqual([]);
	});

	it('le territoire et le croisement choisis', async () => {
		const v = await vue();
		expect(v.territoireChoisi.nom).toBe('Occitanie');
		expect(v.listeTerritoires.map((t) => t.code)).toEqual(['76', '99']);
		v.territoire = '99';
		v.croisement = 'departement';
		flushSync();
		expect(v.territoireChoisi.code).toBe('99');
		expect(v.tableauCroise.colonnes.map((c) => c.id)).toEqual(['99']);
		v.territoire = '12';
		expect(v.territoireChoisi.nom).toBe('Occitanie');
	});
});
