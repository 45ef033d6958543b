/**
 * The active draft zoning (`?brouillon=<id>`), the same on every page that follows it (/, /communes,
 * /couverture): the id read and checked once, the draft loaded from this browser's storage, one message
 * when it cannot be, and its parameter for the URL. Display belongs to BandeauBrouillon.
 */
import type { Commune } from '../commune/types';
import { appliquerBrouillon, avecBrouillon, estIdBrouillon, PARAMETRE_BROUILLON, type Brouillon } from './brouillon';
import { chargerBrouillon } from './stockage';

export const MESSAGE_ID_INVALIDE = (brut: string) => `« ${brut.slice(0, 40)} » n’est pas un identifiant de brouillon : affichage du zonage en vigueur.`;
export const MESSAGE_ABSENT =
	'Le brouillon demandé n’existe pas dans ce navigateur : les brouillons restent sur le poste où ils ont été importés. Affichage du zonage en vigueur.';

export class BrouillonActif {
	/** Id of the active draft, null for the zoning in force. */
	id = $state<string | null>(null);
	/** The loaded draft; null while it loads, when none is active, or when it cannot be read. */
	brouillon = $state.raw<Brouillon | null>(null);
	/** Why the requested draft is not shown (bad id, missing, storage error), in French. */
	erreur = $state<string | null>(null);
	/** A draft imported but not stored (no storage): shown on the page that imported it only, never in the URL. */
	nonEnregistre = $state.raw<Brouillon | null>(null);
	#demande = 0;

	constructor(
		params: URLSearchParams,
		private charger: (id: string) => Promise<Brouillon | null> = chargerBrouillon
	) {
		const brut = params.get(PARAMETRE_BROUILLON);
		if (brut === null) return;
		if (estIdBrouillon(brut)) this.activer(brut);
		else this.erreur = MESSAGE_ID_INVALIDE(brut);
	}

	/** The draft that replaces the zoning in force on this page, stored or not. */
	get affiche(): Brouillon | null {
		return this.nonEnregistre ?? this.brouillon;
	}

	/** Activates a stored draft: given (just imported) or read back from storage. */
	async activer(id: string, brouillon?: Brouillon): Promise<void> {
		const demande = ++this.#demande;
		this.id = id;
		this.erreur = null;
		this.nonEnregistre = null;
		this.brouillon = brouillon ?? null;
		if (brouillon) return;
		try {
			const b = await this.charger(id);
			if (demande !== this.#demande) return;
			this.brouillon = b;
			if (!b) this.erreur = MESSAGE_ABSENT;
		} catch (e) {
			if (demande !== this.#demande) return;
			this.erreur = `${(e as Error).message} Affichage du zonage en vigueur.`;
		}
	}

	/** Shows a draft that could not be stored, on this page only. */
	montrer(brouillon: Brouillon): void {
		this.quitter();
		this.nonEnregistre = brouillon;
	}

	/** Back to the zoning in force. */
	quitter(): void {
		this.#demande++;
		this.id = null;
		this.brouillon = null;
		this.erreur = null;
		this.nonEnregistre = null;
	}

	/** The communes as this page shows them: the draft's médecins zoning where it sets one. */
	appliquer(communes: Commune[]): Commune[] {
		return appliquerBrouillon(communes, this.affiche);
	}

	/** A link to another page that keeps the draft active. */
	lien(url: string): string {
		return avecBrouillon(url, this.id);
	}

	ecrire = (p: URLSearchParams): void => {
		if (this.id) p.set(PARAMETRE_BROUILLON, this.id);
	};
}
