/**
 * The forum tour as it plays: the clock loop over the pure tour.ts (one timer woken when the tour next
 * changes, pause on any activity, play again after the idle delay, step changes by key or button), the
 * commune touched on the map, and what the screen shows from them. No DOM: the route turns keys and
 * touches into actions, and keeps the full screen and the markup.
 */
import type { ProfilId } from '../aides/types';
import type { CoucheId } from '../zonages/couches';
import type { EntreeParcours } from './parcours';
import {
	aller,
	avancer,
	basculer,
	demarrer,
	etapesDuParcours,
	interagir,
	lireDurees,
	precedent,
	prochaineEcheance,
	progression,
	suivant,
	DUREES_PAR_DEFAUT,
	type Action,
	type Durees,
	type Etape,
	type EtatTour
} from './tour';

/** Milliseconds from any origin; the page gives performance.now(), tests a fake clock. */
export type Horloge = () => number;

/** The gauge moves at least this often (ms); the timer never fires more often than a frame. */
const BATTEMENT_MAX = 250;
const BATTEMENT_MIN = 16;

export class Lecteur {
	readonly etapes: readonly Etape[];
	durees = $state.raw<Durees>(DUREES_PAR_DEFAUT);
	etat = $state.raw<EtatTour>(demarrer(0));
	/** The clock at the last beat: the gauge and the countdown read it. */
	maintenant = $state(0);
	/** A commune touched on the map while the tour is paused; forgotten when it plays again. */
	choisie = $state<string | null>(null);
	/** What a screen reader hears after a key or a button. */
	annonce = $state('');

	constructor(
		readonly parcours: readonly EntreeParcours[],
		private horloge: Horloge = () => performance.now()
	) {
		this.etapes = etapesDuParcours(parcours);
		this.etat = demarrer(horloge());
		this.maintenant = horloge();
	}

	// $derived.by: the constructor sets the playlist and its steps after the fields are declared.
	readonly etape = $derived.by(() => this.etapes[this.etat.index]);
	readonly entree = $derived.by(() => this.parcours[this.etape.entree]);
	readonly profil: ProfilId = $derived(this.entree.profil);
	/** The commune on screen: the one touched on the map, or the step's. */
	readonly codeCommune = $derived(this.choisie ?? this.entree.commune);
	/** A dentist's step shows the dentists' zoning. */
	readonly couche: CoucheId = $derived(
		this.profil === 'chirurgien-dentiste-liberal' || this.profil === 'etudiant-odontologie' ? 'zonage-dentistes' : 'zonage-medecins'
	);
	/** A commune is on screen (its step, or one touched on the map), rather than a key figure's slide. */
	readonly vueCommune = $derived(this.etape.type === 'commune' || this.choisie !== null);
	readonly avancement = $derived.by(() => progression(this.etat, this.etapes, this.durees, this.maintenant));
	/** Seconds before the next step while playing, before playing again while paused. */
	readonly secondes = $derived(Math.ceil(this.avancement.reste / 1000));

	/** `?duree=` and `?reprise=` from the address; returns the French messages about bad values. */
	regler(params: URLSearchParams): string[] {
		const lu = lireDurees(params);
		this.durees = lu.durees;
		return lu.erreurs;
	}

	/** Plays from the first step; returns what stops the clock. */
	jouer(): () => void {
		this.etat = demarrer(this.horloge());
		let minuteur: ReturnType<typeof setTimeout>;
		// One timer, woken when the tour next changes (at most every 250 ms for the gauge).
		const battre = () => {
			const t = this.horloge();
			const apres = avancer(this.etat, this.etapes, this.durees, t);
			if (apres !== this.etat) {
				if (!this.etat.lecture && apres.lecture) this.choisie = null;
				this.etat = apres;
			}
			this.maintenant = t;
			const echeance = prochaineEcheance(this.etat, this.etapes, this.durees, t);
			minuteur = setTimeout(battre, Math.max(BATTEMENT_MIN, Math.min(BATTEMENT_MAX, echeance)));
		};
		battre();
		return () => clearTimeout(minuteur);
	}

	/**
	 * A key or a button. The full screen is the route's: 'plein-ecran' changes nothing here, 'arreter'
	 * pauses (the route also leaves the full screen).
	 */
	agir(action: Action): void {
		const t = this.horloge();
		this.maintenant = t;
		if (action === 'basculer') this.etat = basculer(this.etat, t);
		else if (action === 'suivant') this.etat = suivant(this.etat, this.etapes, t);
		else if (action === 'precedent') this.etat = precedent(this.etat, this.etapes, t);
		else if (action === 'debut') this.etat = aller(this.etat, this.etapes, 0, t);
		else if (action !== 'plein-ecran') this.etat = interagir(this.etat, t);
		if (action === 'suivant' || action === 'precedent' || action === 'debut') this.choisie = null;
		if (action !== 'interagir') this.annonce = this.etat.lecture ? 'Lecture automatique.' : 'Présentation en pause.';
	}

	/** A commune touched on the map: shown, the tour paused. */
	choisir(code: string): void {
		this.etat = interagir(this.etat, this.horloge());
		this.choisie = code;
	}
}
