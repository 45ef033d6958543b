/**
 * The /couverture page's state: the communes (as in force) and their loading error, the active draft
 * (BrouillonActif) and this browser's drafts with the storage messages, the territory and cross-table
 * choices, the statistics derived from them, and the actions on drafts (import, rename, delete,
 * activate). The route creates one and lays it out; DOM focus stays in the route.
 */
import { pluriel } from '../texte/texte';
import { chargerCommunes } from '../commune/chargement';
import type { Commune } from '../commune/types';
import { BrouillonActif } from '../brouillons/actif.svelte';
import type { Brouillon, ResumeBrouillon } from '../brouillons/brouillon';
import { chargerBrouillon, listerBrouillons, renommerBrouillon, supprimerBrouillon } from '../brouillons/stockage';
import { COUCHES_COUVERTURE, OCCITANIE, communesDu, repartition, territoires } from './repartition';
import { croiser, type Croisement } from './croisements';
import { communesDecalees, distributionsApl } from './apl';
import { CouchesLocales } from '../couches-locales/locales.svelte';
import { chargerPlafonds, effacerPlafonds, enregistrerPlafonds } from './stockage-plafonds';
import type { Plafonds } from './plafonds';
import { DateRegles } from '../aides/date-regles.svelte';

/** This browser's drafts (IndexedDB); tests give a fake. */
export interface StockageBrouillons {
	lister: typeof listerBrouillons;
	charger: typeof chargerBrouillon;
	renommer: typeof renommerBrouillon;
	supprimer: typeof supprimerBrouillon;
}

const STOCKAGE: StockageBrouillons = {
	lister: listerBrouillons,
	charger: chargerBrouillon,
	renommer: renommerBrouillon,
	supprimer: supprimerBrouillon
};

/** The two kinds of communes whose APL seems out of step with their class, as the map shows them. */
export const LEGENDE_DECALEES = [
	{ id: 'ZAR', label: 'ZAR dont l’APL est sous la médiane pondérée des ZIP', couleur: '#b35806' },
	{ id: 'ZIP', label: 'ZIP dont l’APL est au-dessus de la médiane pondérée des ZAR', couleur: '#542788' }
] as const;

export class VueCouverture {
	/** Communes as in force. Raw: 4,446 read-only records need no deep reactive proxies (each read through one costs). */
	communes = $state.raw<Commune[]>([]);
	erreurDonnees = $state<string | null>(null);
	/** The active draft lives in the URL, as on the map and the table (reload, bookmark, one per tab). */
	readonly brouillon: BrouillonActif;
	/** The date the aids' rules are read at, for a draft's effect on the aids (?date=). */
	readonly regles: DateRegles;
	/** The drafts stored in this browser. */
	brouillons = $state.raw<ResumeBrouillon[]>([]);
	/** What went wrong with the drafts' storage (or an unreadable draft), null when all is well. */
	messageStockage = $state<string | null>(null);
	/** Code of the territory of the per-class charts (the region or a département). */
	territoire = $state(OCCITANIE.code);
	croisement = $state<Croisement>('montagne');
	/** The ceilings the planner entered in this browser, and what went wrong storing them. */
	plafonds = $state<Plafonds | null>(null);
	messagePlafonds = $state<string | null>(null);
	/** This browser's TVS and PDSA sector tables. */
	readonly locales = new CouchesLocales();

	constructor(
		params: URLSearchParams,
		private stockage: StockageBrouillons = STOCKAGE,
		brouillon = new BrouillonActif(params, stockage.charger)
	) {
		this.brouillon = brouillon;
		this.regles = new DateRegles(params);
	}

	/** The draft shown, stored or not. */
	readonly actif = $derived.by(() => this.brouillon.affiche);
	readonly nomActif = $derived(this.actif?.nom ?? null);
	// Every statistic below reads the médecins zoning of the active draft, when there is one.
	readonly vues = $derived.by(() => this.brouillon.appliquer(this.communes));
	readonly listeTerritoires = $derived(territoires(this.communes));
	readonly territoireChoisi = $derived(this.listeTerritoires.find((x) => x.code === this.territoire) ?? OCCITANIE);
	readonly repartitions = $derived(COUCHES_COUVERTURE.map((c) => repartition(communesDu(this.vues, this.territoireChoisi), c)));
	readonly distributions = $derived(distributionsApl(this.vues));
	readonly decalees = $derived(communesDecalees(this.vues, this.distributions));
	readonly tableauCroise = $derived(croiser(this.vues, this.croisement));
	/** The out-of-step communes' map: a category per commune, and the legend with its counts. */
	readonly carteDecalees = $derived({
		categories: new Map(this.decalees.map((d) => [d.commune.code, d.classe === 'ZAR' ? 0 : 1])),
		legende: LEGENDE_DECALEES.map((l) => ({ ...l, nombre: this.decalees.filter((d) => d.classe === l.id).length }))
	});
	readonly noms = $derived(new Map(this.communes.map((c) => [c.code, c.nom])));

	/** The weighted median APL of a class (ZIP, ZAC, ZAR); NaN when it has no commune. */
	mediane(classe: string): number {
		return this.distributions.find((d) => d.classe.id === classe)?.mediane ?? NaN;
	}

	/** The drafts' list, then the communes; false when the communes cannot be read. */
	async charger(base: string, f: typeof fetch = fetch): Promise<boolean> {
		this.rafraichirListe();
		this.locales.charger();
		chargerPlafonds().then(
			(p) => (this.plafonds = p),
			(e: Error) => (this.messagePlafonds = e.message)
		);
		try {
			this.communes = await chargerCommunes(base, f);
			return true;
		} catch (e) {
			this.erreurDonnees = `${(e as Error).message} Reconstruisez les données (npm run geodata).`;
			return false;
		}
	}

	async rafraichirListe(): Promise<void> {
		try {
			const { brouillons, illisibles } = await this.stockage.lister();
			this.brouillons = brouillons;
			if (illisibles)
				this.messageStockage = `${pluriel(illisibles, 'brouillon enregistré illisible', 'brouillons enregistrés illisibles')} (abîmé ou d’une autre version) : ${illisibles > 1 ? 'ignorés' : 'ignoré'}, rien n’a été effacé.`;
		} catch (e) {
			this.messageStockage = (e as Error).message;
		}
	}

	/** A stored draft, or null for the zoning in force. */
	activer = (id: string | null): void => {
		if (id) this.brouillon.activer(id);
		else this.brouillon.quitter();
	};

	/** A draft just imported: active if stored, shown on this page only if storage failed (`erreur`). */
	async importer(b: Brouillon, erreur: string | null): Promise<void> {
		if (erreur) {
			this.messageStockage = erreur;
			this.brouillon.montrer(b);
			return;
		}
		this.messageStockage = null;
		this.brouillon.activer(b.id, b);
		await this.rafraichirListe();
	}

	renommer = async (id: string, nom: string): Promise<void> => {
		try {
			await this.stockage.renommer(id, nom);
			if (id === this.brouillon.id) this.brouillon.activer(id, (await this.stockage.charger(id)) ?? undefined);
			this.messageStockage = null;
		} catch (e) {
			this.messageStockage = (e as Error).message;
		}
		await this.rafraichirListe();
	};

	supprimer = async (id: string): Promise<void> => {
		try {
			await this.stockage.supprimer(id);
			if (id === this.brouillon.id) this.brouillon.quitter();
			this.messageStockage = null;
		} catch (e) {
			this.messageStockage = (e as Error).message;
		}
		await this.rafraichirListe();
	};

	enregistrerPlafonds = async (p: Plafonds): Promise<void> => {
		// Kept on the page even when this browser cannot store it.
		this.plafonds = p;
		try {
			await enregistrerPlafonds(p);
			this.messagePlafonds = null;
		} catch (e) {
			this.messagePlafonds = (e as Error).message;
		}
	};

	effacerPlafonds = async (): Promise<void> => {
		this.plafonds = null;
		try {
			await effacerPlafonds();
			this.messagePlafonds = null;
		} catch (e) {
			this.messagePlafonds = (e as Error).message;
		}
	};
}
