/**
 * The map page's state: its data, the URL state (commune, layer, profile, answers, pins), the active
 * draft, what the rules engine derives from them (statuses, colouring, legend classes) and the actions
 * that change them. The route creates one and lays it out; the map, the panel and the legend read the
 * same object. DOM focus stays in the route.
 */
import { tick } from 'svelte';
import { COUCHE_PAR_ID, type ValeurCouche } from '../zonages/couches';
import { classesLegende, type ClasseLegende } from '../zonages/statistiques';
import { chargerFond, type DonneesCarte, type FondCarte } from '../carte/donnees';
import { CONTOURS_LOCAUX, type Coloration, type ContourLocal } from '../carte/style';
import { chargerCommunes, indexer } from '../commune/chargement';
import type { Commune } from '../commune/types';
import { creerIndex } from '../recherche/recherche';
import { chargerVoisinage, type Voisinage } from '../voisinage/proximite';
import { chargerChiffresDepartements, type ChiffresDepartements } from '../chiffres/departements';
import { epingler } from '../comparaison/comparaison';
import { COUCHE_DU_PROFIL, PROFILS } from '../aides/profils';
import { AIDES, PROFIL_PAR_ID, verifierReponse } from '../aides/catalogue';
import { IDS_AIDES, IDS_PROFILS, type AideId, type ProfilId, type Reponse, type ResultatAide } from '../aides/types';
import { STATUTS } from '../aides/affichage';
import { formatJour } from '../texte/format';
import { BrouillonActif } from '../brouillons/actif.svelte';
import { CouchesLocales } from '../couches-locales/locales.svelte';
import { TYPES_COUCHES } from '../couches-locales/couche';
import { ecrireParametres, etatInitial, lireEtat, type EtatUrl, type ModeCarte } from './url';
import { DateRegles } from '../aides/date-regles.svelte';
import { dateDesBrochures, DATES_BROCHURES } from '../aides/date';
import { MontantsCarte } from './montants.svelte';
import { apresPeinture } from '../ui/apres-peinture.svelte';

/** The rules engine (publicodes), loaded after the first view. */
export type Moteur = typeof import('../aides/moteur');

const VALEURS_STATUTS: ValeurCouche[] = STATUTS.map((s) => ({ id: s.id, label: s.titre, couleur: s.couleur }));

export class VueCarte {
	// Read-only data is raw state: no deep proxies over 4,446 records.
	fond = $state.raw<FondCarte | null>(null);
	donnees = $state.raw<DonneesCarte | null>(null);
	moteur = $state.raw<Moteur | null>(null);
	voisinage = $state.raw<Voisinage | null>(null);
	chiffres = $state.raw<ChiffresDepartements | null>(null);
	/** The first view cannot be drawn (its data is missing). */
	erreurFatale = $state<string | null>(null);
	/** The communes' table is missing: no search, no panel. */
	erreurTable = $state<string | null>(null);
	/** Messages about what the address asked and could not be done; the page stays usable. */
	avis = $state<string[]>([]);
	/** What a screen reader hears after a change. */
	annonce = $state('');
	etat: EtatUrl = $state(etatInitial());
	/** Overlays the legend switches; a local table's outlines (tvs, pdsa) are shown as soon as it is present. */
	surcouches = $state({ qpv2015: false, massifs: false, tvs: true, pdsa: true });
	comparaisonOuverte = $state(false);
	/**
	 * Where each aid is open, for the neighbours' "au plus près": worked out in a task of its own once the
	 * map is coloured, so that neither the recolouring nor a click waits for it.
	 */
	eligibles = $state.raw<Map<AideId, string[]> | null>(null);
	/**
	 * Whether every commune's statuses are wanted (the map, its legend, the neighbours' « au plus près »):
	 * a shared link's panel is shown first, and they are worked out after it (panneauDAbord).
	 */
	carteVoulue = $state(true);
	/** Draft mode (?brouillon=): the draft's médecins zoning replaces the one in force for the whole page. */
	readonly brouillon: BrouillonActif;
	/** The date the rules are read at (?date=, today by default). */
	readonly regles: DateRegles;

	constructor(params: URLSearchParams, brouillon = new BrouillonActif(params)) {
		this.brouillon = brouillon;
		this.regles = new DateRegles(params);
		const lu = lireEtat(params, { profils: IDS_PROFILS, aides: IDS_AIDES, verifierReponse });
		this.etat = lu.etat;
		this.avis = lu.erreurs;
		$effect(() => {
			const s = this.statutsCommunes;
			const aides = this.aidesDuLieu;
			this.eligibles = null;
			if (!s) return;
			const t = setTimeout(() => (this.eligibles = this.moteur!.eligiblesParAide(s, aides)));
			return () => clearTimeout(t);
		});
	}

	readonly profil = $derived(this.etat.profil);
	/** The rules' date (closures defer the read: `regles` is set by the constructor). */
	readonly date = $derived.by(() => this.regles.date);
	readonly profilLibelle = $derived(PROFILS.find((p) => p.id === this.etat.profil)?.libelle ?? null);
	readonly index = $derived(this.donnees ? creerIndex(this.donnees.communes) : null);
	/** This browser's TVS and PDSA sector tables (imported on /couverture): the rules read them after the draft. */
	readonly locales = new CouchesLocales();
	readonly communes = $derived.by(() => (this.donnees ? this.locales.appliquer(this.brouillon.appliquer(this.donnees.communes)) : null));
	readonly parCode = $derived.by(() =>
		this.donnees && (this.brouillon.affiche || this.locales.enUsage.tvs || this.locales.enUsage.pdsa) ? new Map(this.communes!.map((c) => [c.code, c])) : (this.donnees?.parCode ?? null)
	);
	/** The outlines of this browser's TVS and PDSA-sector tables, and whether each is shown. */
	readonly contours: ContourLocal[] = $derived.by(() =>
		TYPES_COUCHES.flatMap((type) => {
			const table = this.locales.enUsage[type];
			return table ? [{ type, territoires: table.territoires, visible: this.surcouches[type] }] : [];
		})
	);
	/** Their legend entries: what each outline is, and where its table comes from. */
	readonly legendeContours = $derived.by(() =>
		TYPES_COUCHES.flatMap((type) => {
			const table = this.locales.enUsage[type];
			return table ? [{ type, ...CONTOURS_LOCAUX[type], nom: table.nom, mention: this.locales.mention(type)! }] : [];
		})
	);
	/** The selected commune as the zoning in force has it (the draft's mention compares with it). */
	readonly enVigueur = $derived(this.donnees && this.etat.commune ? (this.donnees.parCode.get(this.etat.commune) ?? null) : null);
	readonly commune = $derived(this.parCode && this.etat.commune ? (this.parCode.get(this.etat.commune) ?? null) : null);
	readonly epinglees = $derived(this.parCode ? this.etat.comparer.flatMap((c) => this.parCode!.get(c) ?? []) : []);

	// The rules engine is the only source of eligibility: components only display its results.
	// Every commune's statuses for the profile and answers colour the map and feed the neighbours.
	// Measured ('regles-communes'): the first one, cold, is the bench's in-page rules time.
	readonly statutsCommunes = $derived.by(() => {
		if (!this.moteur || !this.communes || !this.profil || !this.carteVoulue) return null;
		const debut = performance.now();
		const s = this.moteur.statutsCommunes(this.communes, this.profil, this.etat.reponses, this.date);
		performance.measure('regles-communes', { start: debut });
		return s;
	});
	readonly resultats: readonly ResultatAide[] = $derived(
		this.moteur && this.commune && this.profil ? this.moteur.evaluerAides(this.commune, this.profil, this.etat.reponses, this.date) : []
	);
	readonly resultatsEpinglees = $derived(
		this.moteur && this.profil ? new Map(this.epinglees.map((c) => [c.code, this.moteur!.evaluerAides(c, this.profil!, this.etat.reponses, this.date)])) : null
	);
	readonly aidesDuLieu: AideId[] = $derived(this.moteur && this.profil ? this.moteur.aidesDuLieu(this.profil) : []);
	/** The aid the "Mes aides" map colours, null for the best of the profile's aids tied to the place. */
	readonly aideCarte = $derived(this.etat.aide !== 'meilleure' && this.aidesDuLieu.includes(this.etat.aide) ? this.etat.aide : null);
	readonly statuts = $derived(
		this.statutsCommunes ? this.moteur!.statutsParCommune(this.statutsCommunes, this.aideCarte ? [this.aideCarte] : this.aidesDuLieu) : null
	);
	readonly modeAides = $derived(!!this.profil && this.etat.carte === 'aides');
	readonly modeMontants = $derived(!!this.profil && this.etat.carte === 'montants');
	/** The « Montants » map: the five-year sums of the same statuses. */
	readonly montants = new MontantsCarte(() => ({ communes: this.communes, statuts: this.statutsCommunes, profil: this.profil, date: this.date }));
	readonly titreCarteAides = $derived(
		this.aideCarte ? `${AIDES[this.aideCarte].titre} — statut par commune au ${formatJour(this.date)}` : `Mes aides liées au lieu — meilleur statut par commune au ${formatJour(this.date)}`
	);

	/**
	 * Colours computed here rather than read from the tiles: the statuses in "Mes aides" mode, the sums' classes
	 * in « Montants » mode, or a draft's
	 * médecins zoning (the tiles hold the zoning in force). Null: the layer's values in the tiles.
	 */
	readonly coloration: Coloration | null = $derived.by(() => {
		if (this.modeMontants) return this.montants.coloration;
		if (this.modeAides) {
			if (!this.statuts) return null;
			return { valeurs: VALEURS_STATUTS, classes: this.statuts, titre: this.titreCarteAides, etiquette: this.aideCarte ? AIDES[this.aideCarte].titre : 'Mes aides' };
		}
		const b = this.brouillon.affiche;
		if (!b || !this.communes || this.etat.couche !== 'zonage-medecins') return null;
		return {
			valeurs: COUCHE_PAR_ID['zonage-medecins'].valeurs,
			classes: new Map(this.communes.map((c) => [c.code, c.zonages['zonage-medecins']])),
			titre: `zonage médecins du brouillon « ${b.nom} »`
		};
	});

	/** Communes and inhabitants per class of what the map draws, for the legend. */
	readonly classes: ClasseLegende[] | null = $derived.by(() => {
		if (!this.communes) return null;
		if (this.modeMontants) return this.montants.legende?.classes ?? null;
		if (!this.modeAides) return classesLegende(this.communes, this.etat.couche);
		if (!this.statuts) return null;
		return this.moteur!.repartition(this.communes, this.statuts).map((k) => ({
			valeur: VALEURS_STATUTS.find((v) => v.id === k.statut)!,
			communes: k.communes,
			population: k.population
		}));
	});

	/** The legend's mode switch ("Mes aides", « Montants », the zonings) and aid chooser, once a profile is chosen. */
	readonly mesAides = $derived(
		this.profil
			? {
					mode: this.etat.carte,
					aide: this.aideCarte ?? ('meilleure' as const),
					aides: this.aidesDuLieu.map((id) => ({ id, titre: AIDES[id].titre })),
					titre: this.titreCarteAides,
					note: this.aidesDuLieu.length
						? `Statut pour votre profil et vos réponses, règles au ${formatJour(this.date)}, calculé pour chacune des 4 446 communes ; « à préciser » quand une réponse ou une donnée manque. Les aides collectives (ESP, MSP, CPTS…), ouvertes partout, ne sont pas colorées.`
						: `Aucune de vos aides ne dépend de la commune : elles sont les mêmes partout (règles au ${formatJour(this.date)}), la carte est donc neutre. Cliquez sur une commune pour les lire.`,
					montants: this.modeMontants ? this.montants.legende : null,
					onmode: (mode: ModeCarte) => (this.etat.carte = mode),
					onaide: (aide: string) => (this.etat.aide = this.aidesDuLieu.find((a) => a === aide) ?? 'meilleure')
				}
			: undefined
	);

	/** The URL parameters of this view, the draft's included. */
	ecrire = (p: URLSearchParams): void => {
		ecrireParametres(this.etat, p);
		this.brouillon.ecrire(p);
		this.regles.ecrire(p);
	};

	/** What leaves the page (shared link, QR code, printed sheet): this view, its rules' date always said. */
	ecrirePartage = (p: URLSearchParams): void => {
		ecrireParametres(this.etat, p);
		this.brouillon.ecrire(p);
		this.regles.ecrireToujours(p);
	};

	/** The date of the chosen profile's brochure (the médecins' one without a profile). */
	readonly dateBrochures = $derived(this.profil ? dateDesBrochures(this.profil) : DATES_BROCHURES.medecins);

	signaler(message: string): void {
		this.avis = [...this.avis, message];
	}

	private attenteFond: Promise<void> | undefined;
	chargerFond(base: string, f: typeof fetch = fetch): Promise<void> {
		return (this.attenteFond ??= chargerFond(base, f).then(
			(fond) => void (this.fond = fond),
			(e: Error) => void (this.erreurFatale = `${e.message} La carte ne peut pas s’afficher. Reconstruisez les données (npm run geodata) puis rechargez la page.`)
		));
	}

	private attenteTable: Promise<void> | undefined;
	/**
	 * The communes' table: after the first view (the tiles carry what the map draws first), or at once for a
	 * shared link's panel. Loaded once, whoever asks first.
	 */
	chargerTable(base: string, f: typeof fetch = fetch): Promise<void> {
		return (this.attenteTable ??= this.lireTable(base, f));
	}

	private async lireTable(base: string, f: typeof fetch): Promise<void> {
		try {
			const [communes] = await Promise.all([chargerCommunes(base, f), this.locales.charger(), this.attenteFond]);
			this.donnees = { ...this.fond!, ...indexer(communes) };
		} catch (e) {
			this.erreurTable = `${(e as Error).message} La recherche et les fiches des communes ne peuvent pas s’afficher. Reconstruisez les données (npm run geodata) puis rechargez la page.`;
			return;
		}
		const connues = this.donnees.parCode;
		const inconnues = [this.etat.commune, ...this.etat.comparer].filter((c): c is string => !!c && !connues.has(c));
		for (const c of new Set(inconnues)) this.signaler(`La commune de code ${c} n’existe pas en Occitanie (COG 2026).`);
		if (this.etat.commune && !connues.has(this.etat.commune)) this.etat.commune = null;
		this.etat.comparer = this.etat.comparer.filter((c) => connues.has(c));
	}

	private attenteMoteur: Promise<void> | undefined;
	/** The rules engine: after the first view, or at once for a shared link's panel. Loaded once, whoever asks first. */
	chargerMoteur(moteur: () => Promise<Moteur> = () => import('../aides/moteur')): Promise<void> {
		return (this.attenteMoteur ??= moteur().then(
			(m) => void (this.moteur = m),
			(e: Error) => this.signaler(`${e.message} Le reste de la page reste utilisable.`)
		));
	}

	/**
	 * A shared link to a commune (a forum's QR code opened on a phone): the table and the rules at once, one
	 * frame with the panel drawn, then the map and every commune's statuses (legend, neighbours). Resolves then.
	 */
	panneauDAbord(base: string): Promise<void> {
		this.carteVoulue = false;
		return Promise.all([this.chargerFond(base), this.chargerTable(base), this.chargerMoteur()])
			.then(() => tick())
			.then(() => new Promise<void>((ok) => apresPeinture(ok)))
			.then(() => void (this.carteVoulue = true));
	}

	/** After the first view: the engine and the amounts, then the neighbours and the départements' figures. */
	chargerSuite(base: string, moteur: () => Promise<Moteur> = () => import('../aides/moteur')): void {
		const signaler = (e: unknown) => this.signaler(`${(e as Error).message} Le reste de la page reste utilisable.`);
		this.chargerMoteur(moteur);
		this.montants.charger().catch(signaler);
		chargerVoisinage(base).then((v) => (this.voisinage = v), signaler);
		chargerChiffresDepartements(base).then((c) => (this.chiffres = c), signaler);
	}

	repondre(cle: string, v: Reponse | null): void {
		const r = { ...this.etat.reponses };
		if (v === null) delete r[cle];
		else r[cle] = v;
		this.etat.reponses = r;
	}

	/** A dentist sees the dentists' zoning, a doctor the doctors' one: the map follows the profile. */
	choisirProfil(p: ProfilId | null): void {
		this.etat.profil = p;
		if (!p) return;
		this.etat.couche = COUCHE_DU_PROFIL[p] ?? this.etat.couche;
		if (this.etat.aide !== 'meilleure' && !PROFIL_PAR_ID.get(p)!.aides.includes(this.etat.aide)) this.etat.aide = 'meilleure';
	}

	selectionner(code: string): void {
		this.comparaisonOuverte = false;
		this.etat.commune = code;
		const c = this.donnees?.parCode.get(code);
		if (c) this.annonce = `${c.nom} sélectionnée.`;
	}

	basculerEpingle(code: string): void {
		if (this.etat.comparer.includes(code)) {
			this.etat.comparer = this.etat.comparer.filter((c) => c !== code);
			return;
		}
		const { epingles, message } = epingler(this.etat.comparer, code);
		this.etat.comparer = epingles;
		this.annonce = message ?? `${this.donnees?.parCode.get(code)?.nom} épinglée pour la comparaison (${epingles.length}).`;
		if (message) this.signaler(message);
	}

	/** Whether a commune is pinned. */
	estEpinglee(c: Commune): boolean {
		return this.etat.comparer.includes(c.code);
	}
}
