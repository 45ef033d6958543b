/**
 * The « Montants » map's state: every commune's five-year sums, added up (src/lib/montants) from the
 * very statuses "Mes aides" colours — so the profile, the answers and the rules' date apply alike —,
 * their colouring and legend, and each commune's sure sum for "au plus près". VueCarte owns one; the
 * amounts code is imported after the first view, as the rules engine is.
 */
import type { Commune } from '../commune/types';
import type { ProfilId } from '../aides/types';
import type { StatutsCommunes } from '../aides/repartition';
import type { MontantsAuPlusPres } from '../voisinage/proximite';
import { FOND_HACHURES_CSS } from '../carte/hachures';

/** The amounts code, loaded after the first view. */
export type ModuleMontants = typeof import('../montants/carte');

/** What the sums are worked out from: the map page's communes, statuses, profile and rules' date. */
export interface SourceMontants {
	communes: readonly Commune[] | null;
	statuts: StatutsCommunes | null;
	profil: ProfilId | null;
	date: string;
}

export class MontantsCarte {
	module = $state.raw<ModuleMontants | null>(null);
	/**
	 * Worked out in a task of its own once the statuses are known, so that neither a click nor the "Mes aides"
	 * recolouring waits for the sums; null meanwhile.
	 */
	auPlusPres = $state.raw<MontantsAuPlusPres | null>(null);
	private readonly source: () => SourceMontants;

	constructor(source: () => SourceMontants) {
		this.source = source;
		$effect(() => {
			const { statuts } = this.source();
			const m = this.module;
			this.auPlusPres = null;
			if (!statuts || !m) return;
			const t = setTimeout(() => {
				const bilans = this.bilans;
				if (bilans) this.auPlusPres = { surs: new Map([...bilans].map(([code, b]) => [code, b.surs])), seuils: m.SEUILS_MONTANTS, texte: m.formatIntervalle };
			});
			return () => clearTimeout(t);
		});
	}

	/** Each commune's sums; computed only when read (the « Montants » map, or "au plus près" a task later). */
	readonly bilans = $derived.by(() => {
		const { statuts, profil } = this.source();
		const m = this.module;
		return m && statuts && profil ? m.bilansCommunes(statuts, m.fichesChiffrables(profil)) : null;
	});

	readonly titre = $derived.by(() => this.module?.titreMontants(this.source().date) ?? '');

	readonly coloration = $derived.by(() => (this.module && this.bilans ? this.module.colorationMontants(this.bilans, this.titre) : null));

	/** The legend's classes, hatching line and note; null while the sums are not known. */
	readonly legende = $derived.by(() => {
		const { communes, date } = this.source();
		if (!this.module || !this.bilans || !communes) return null;
		return { ...this.module.legendeMontants(communes, this.bilans, date), titre: this.titre, fondHachures: FOND_HACHURES_CSS };
	});

	/** After the first view. */
	async charger(importer: () => Promise<ModuleMontants> = () => import('../montants/carte')): Promise<void> {
		this.module = await importer();
	}
}
