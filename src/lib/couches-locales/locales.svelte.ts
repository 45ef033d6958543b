/**
 * The local tables of this browser, the same on every page that uses them (/couverture imports and lists them;
 * the map's rules and commune panel read them): the list, the newest table of each kind (the one in use), the
 * storage message, and the communes with them applied. Local tables are not in the URL: they are this
 * browser's, as the drafts are, and follow the planner from page to page.
 */
import type { Commune } from '../commune/types';
import { formatJour } from '../texte/format';
import { pluriel } from '../texte/texte';
import { TYPES_COUCHES, type CoucheLocale, type ResumeCouche, type TypeCouche } from './couche';
import { appliquerCouchesLocales } from './faits';
import { chargerCouche, listerCouches, renommerCouche, supprimerCouche } from './stockage';

/** This browser's local tables (IndexedDB); tests give a fake. */
export interface StockageCouches {
	lister: typeof listerCouches;
	charger: typeof chargerCouche;
	renommer: typeof renommerCouche;
	supprimer: typeof supprimerCouche;
}

const STOCKAGE: StockageCouches = { lister: listerCouches, charger: chargerCouche, renommer: renommerCouche, supprimer: supprimerCouche };

export class CouchesLocales {
	couches = $state.raw<ResumeCouche[]>([]);
	/** The table in use of each kind: the newest imported. Raw: thousands of read-only entries. */
	enUsage = $state.raw<Partial<Record<TypeCouche, CoucheLocale>>>({});
	message = $state<string | null>(null);

	constructor(private stockage: StockageCouches = STOCKAGE) {}

	/** « données locales importées le 2 décembre 2026 » for the table in use of a kind, null without one. */
	mention(type: TypeCouche): string | null {
		const c = this.enUsage[type];
		return c ? `données locales importées le ${formatJour(c.date.slice(0, 10))}` : null;
	}

	/** The communes with the tables in use applied (after the draft, when one is active). */
	appliquer(communes: readonly Commune[]): Commune[] {
		return appliquerCouchesLocales(communes, { tvs: this.enUsage.tvs?.territoires, pdsa: this.enUsage.pdsa?.territoires });
	}

	async charger(): Promise<void> {
		try {
			const { couches, illisibles } = await this.stockage.lister();
			this.couches = couches;
			const enUsage: Partial<Record<TypeCouche, CoucheLocale>> = {};
			for (const type of TYPES_COUCHES) {
				const id = couches.find((c) => c.type === type)?.id;
				const c = id ? await this.stockage.charger(id) : null;
				if (c) enUsage[type] = c;
			}
			this.enUsage = enUsage;
			this.message = illisibles
				? `${pluriel(illisibles, 'table enregistrée illisible', 'tables enregistrées illisibles')} (abîmée ou d’une autre version) : rien n’a été effacé.`
				: null;
		} catch (e) {
			this.message = (e as Error).message;
		}
	}

	/** A table just imported: in use if stored; kept on this page only if storage failed (`erreur`). */
	async importer(c: CoucheLocale, erreur: string | null): Promise<void> {
		if (erreur) {
			this.enUsage = { ...this.enUsage, [c.type]: c };
			this.message = erreur;
			return;
		}
		await this.charger();
	}

	renommer = async (id: string, nom: string): Promise<void> => {
		await this.agir(() => this.stockage.renommer(id, nom));
	};

	supprimer = async (id: string): Promise<void> => {
		await this.agir(() => this.stockage.supprimer(id));
	};

	private async agir(action: () => Promise<void>): Promise<void> {
		try {
			await action();
		} catch (e) {
			await this.charger();
			this.message = (e as Error).message;
			return;
		}
		await this.charger();
	}
}
