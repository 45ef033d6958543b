/**
 * Reads a draft médecins zoning from a file a planner picks: a CSV of the usual shapes or a CartoSanté
 * export. Pure: bytes in, a verdict out — either a French reason the whole file is refused, or what
 * would be applied (classes by today's INSEE code) with every line left out and why. Nothing is
 * applied or stored here: the caller shows this summary first.
 */
import { nomDepartement } from '../commune/departements';
import { normaliser } from '../texte/texte';
import { formatNombre } from '../texte/format';
import { pluriel } from '../texte/texte';

/** A zoning of 4,446 communes weighs well under 1 Mo; far more is not a zoning (and would freeze a phone). */
export const TAILLE_MAX = 5 * 1024 * 1024;

export interface ContexteLecture {
	/** Today's communes of Occitanie (COG 2025/2026) by INSEE code. */
	communes: ReadonlyMap<string, { nom: string; departement: string }>;
	/** Former INSEE code → today's code (data/anciens-codes.json). */
	anciensCodes: Readonly<Record<string, string>>;
}

export interface LigneRejetee {
	/** Line number in the file, from 1, as a text editor shows it. */
	ligne: number;
	code: string;
	valeur: string;
	raison: string;
}

export interface Avertissement {
	ligne: number;
	message: string;
}

/** Classes a draft can give a commune: the médecins layer's domain. */
export const CLASSES_MEDECINS = ['ZIP', 'ZAC', 'ZAR', 'non-disponible'] as const;
export type ClasseMedecins = (typeof CLASSES_MEDECINS)[number];

export interface Lecture {
	format: 'CartoSanté' | 'CSV';
	encodage: 'UTF-8' | 'UTF-8 avec BOM' | 'Windows-1252' | 'UTF-16';
	separateur: ';' | ',' | '\t';
	/** Names of the two columns read, as the header gives them ("colonne 1" without a header). */
	colonnes: { code: string; classe: string };
	/** Data lines read (blank lines left aside). */
	lignesLues: number;
	/** Today's INSEE code → class, for every commune the file sets. */
	classes: Record<string, ClasseMedecins>;
	rejets: LigneRejetee[];
	avertissements: Avertissement[];
	/** Today's communes the file does not set: they keep the zoning in force. */
	absentes: string[];
}

export type ResultatLecture = { ok: true; lecture: Lecture } | { ok: false; erreur: string; rejets?: LigneRejetee[] };

type Separateur = Lecture['separateur'];
const SEPARATEURS: readonly Separateur[] = [';', ',', '\t'];
const NOM_SEPARATEUR: Record<Separateur, string> = { ';': '« ; »', ',': '« , »', '\t': 'tabulation' };
const CODE_INSEE = /^(\d{5}|2[AB]\d{3})$/;
const ATTENDU = 'ZIP, ZAC, ZAR ou Non disponible, ou les libellés CartoSanté 1_ZIP, 2_ZAC, 4_ZAR, N/A - résultat non disponible';

const echec = (erreur: string, rejets?: LigneRejetee[]): ResultatLecture => ({ ok: false, erreur, ...(rejets && { rejets }) });

/** Size checked before reading, so that the page can refuse a huge file without loading it. */
export function controlerTaille(octets: number): string | null {
	if (octets === 0) return 'Le fichier est vide.';
	if (octets > TAILLE_MAX) {
		const mo = (n: number) => `${formatNombre(Math.round((n / 1024 / 1024) * 10) / 10)} Mo`;
		return `Le fichier pèse ${mo(octets)} : c’est bien plus qu’un zonage (les 4 446 communes tiennent en moins de 1 Mo). Limite : ${mo(TAILLE_MAX)}.`;
	}
	return null;
}

// ——— bytes → text

function decoder(octets: Uint8Array): { texte: string; encodage: Lecture['encodage'] } | string {
	const debut = (...o: number[]) => o.every((b, i) => octets[i] === b);
	if (debut(0x50, 0x4b, 0x03, 0x04)) {
		return 'Ce fichier est un classeur Excel ou une archive (.xlsx, .ods, .zip) : enregistrez la feuille au format CSV (séparateur point-virgule), puis importez ce CSV.';
	}
	if (debut(0x25, 0x50, 0x44, 0x46)) return 'Ce fichier est un PDF : importez un fichier CSV.';
	if (debut(0xef, 0xbb, 0xbf)) return { texte: new TextDecoder('utf-8').decode(octets.subarray(3)), encodage: 'UTF-8 avec BOM' };
	// Spreadsheets' "Unicode text" is UTF-16 with a BOM.
	if (debut(0xff, 0xfe)) return { texte: new TextDecoder('utf-16le').decode(octets.subarray(2)), encodage: 'UTF-16' };
	if (debut(0xfe, 0xff)) return { texte: new TextDecoder('utf-16be').decode(octets.subarray(2)), encodage: 'UTF-16' };
	// Text has no NUL byte and few control characters; anything else is an image, an archive, a program…
	const echantillon = octets.subarray(0, 65536);
	let controles = 0;
	for (const b of echantillon) {
		if (b === 0) return 'Ce fichier n’est pas un fichier texte (données binaires) : importez un fichier CSV.';
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controles++;
	}
	if (controles > echantillon.length / 100) return 'Ce fichier n’est pas un fichier texte (données binaires) : importez un fichier CSV.';
	try {
		return { texte: new TextDecoder('utf-8', { fatal: true }).decode(octets), encodage: 'UTF-8' };
	} catch {
		// Not valid UTF-8: the spreadsheets of French Windows save CSV in Windows-1252.
		return { texte: new TextDecoder('windows-1252').decode(octets), encodage: 'Windows-1252' };
	}
}

// ——— text → records

interface Enregistrement {
	/** Line where the record starts (a quoted field may span several lines). */
	ligne: number;
	champs: string[];
	/** The record as written, to explain a wrong separator. */
	brut: string;
	/** A quote opened and never closed: the rest of the file went into one field. */
	guillemetOuvert?: true;
}

/** RFC 4180 records: `"` quotes a field, `""` is a quote inside it, a quoted field may hold separators and line breaks. */
function decouper(texte: string, sep: string): Enregistrement[] {
	const sortie: Enregistrement[] = [];
	let ligne = 1;
	let i = 0;
	const n = texte.length;
	while (i < n) {
		const debut = i;
		const ligneDebut = ligne;
		const champs: string[] = [];
		let champ = '';
		let guillemets = false;
		let fin = false;
		while (i < n && !fin) {
			const ch = texte[i];
			if (guillemets) {
				if (ch === '"') {
					if (texte[i + 1] === '"') {
						champ += '"';
						i += 2;
						continue;
					}
					guillemets = false;
				} else {
					if (ch === '\n') ligne++;
					champ += ch;
				}
				i++;
			} else if (ch === '"' && champ.trim() === '') {
				champ = '';
				guillemets = true;
				i++;
			} else if (ch === sep) {
				champs.push(champ);
				champ = '';
				i++;
			} else if (ch === '\n' || ch === '\r') {
				i += ch === '\r' && texte[i + 1] === '\n' ? 2 : 1;
				ligne++;
				fin = true;
			} else {
				champ += ch;
				i++;
			}
		}
		champs.push(champ);
		const brut = texte.slice(debut, i).replace(/[\r\n]+$/, '');
		sortie.push({ ligne: ligneDebut, champs: champs.map((c) => c.trim()), brut, ...(guillemets && { guillemetOuvert: true as const }) });
	}
	return sortie;
}

// ——— header

type Colonnes = { code: number; classe: number; nomCode: string; nomClasse: string };

const PROFESSIONS = /dentist|infirm|kine|masseur|orthophon|sage/;
const estColonneCode = (n: string) =>
	['code', 'insee', 'codgeo', 'depcom', 'com', 'cog', 'code geo', 'code com', 'codeinsee', 'code insee', 'code commune', 'code insee commune', 'insee com'].includes(n) ||
	(n.startsWith('code') && /insee|commune|geo/.test(n) && !n.includes('postal'));
const estColonneClasse = (n: string) => /\b(zonage|zone|zones|classe|niveau)\b/.test(n) || n.startsWith('zonage');
const estColonnePostale = (n: string) => /postal|\bcp\b/.test(n);

/** The columns of a header, or the French reason why this header is not one we can read. */
function colonnesEntete(champs: string[]): Colonnes | string | null {
	const noms = champs.map(normaliser);
	const code = noms.findIndex(estColonneCode);
	const classes = noms.flatMap((n, i) => (estColonneClasse(n) && i !== code ? [i] : []));
	if (code < 0 || !classes.length) {
		if (classes.length && noms.some(estColonnePostale)) {
			return 'Le fichier donne des codes postaux, pas des codes INSEE : un code postal couvre souvent plusieurs communes. Il faut une colonne de code INSEE (par exemple 31555 pour Toulouse).';
		}
		return null;
	}
	// The communes table exports every layer: the médecins' one is named so.
	const medecins = classes.filter((i) => /medecin|\bmg\b|generaliste/.test(noms[i]));
	const classe = medecins[0] ?? (classes.length === 1 ? classes[0] : -1);
	if (classe < 0) {
		return `Plusieurs colonnes de zonage (${classes.map((i) => `« ${champs[i]} »`).join(', ')}) et aucune n’est celle des médecins : gardez la colonne du zonage médecins, ou nommez-la « zonage médecins ».`;
	}
	if (!medecins.length && PROFESSIONS.test(noms[classe])) {
		return `La colonne « ${champs[classe]} » est le zonage d’une autre profession : seuls les brouillons du zonage médecins (ZIP, ZAC, ZAR) sont pris en charge.`;
	}
	return { code, classe, nomCode: champs[code], nomClasse: champs[classe] };
}

// ——— cells

function lireClasse(brut: string): ClasseMedecins | 'HZ' | null {
	// "ZIP — zone d'intervention prioritaire" (the app's own export) → "ZIP"; "N/A - résultat…" → "N/A".
	const tete = normaliser(brut.split(/\s[—–-]\s/)[0]);
	const table: Record<string, ClasseMedecins | 'HZ'> = {
		zip: 'ZIP',
		'1 zip': 'ZIP',
		zac: 'ZAC',
		'2 zac': 'ZAC',
		zar: 'ZAR',
		'4 zar': 'ZAR',
		hz: 'HZ',
		'3 hz': 'HZ',
		'n a': 'non-disponible',
		'non disponible': 'non-disponible',
		'resultat non disponible': 'non-disponible'
	};
	return table[tete] ?? null;
}

/** Offset of the text after its first `n` lines (CRLF, LF or CR). */
function apresLignes(texte: string, n: number): number {
	let i = 0;
	for (let l = 0; l < n && i < texte.length; l++) {
		while (i < texte.length && texte[i] !== '\n' && texte[i] !== '\r') i++;
		i += texte[i] === '\r' && texte[i + 1] === '\n' ? 2 : 1;
	}
	return Math.min(i, texte.length);
}

const departementDe = (code: string) => (code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2));

interface Candidat {
	ligne: number;
	codeLu: string;
	actuel: string;
	classe: ClasseMedecins;
	valeur: string;
}

/** Reads the file. `contexte` says which communes exist today and where former codes went. */
export function lireFichier(octets: Uint8Array, contexte: ContexteLecture): ResultatLecture {
	const taille = controlerTaille(octets.length);
	if (taille) return echec(taille);
	const decode = decoder(octets);
	if (typeof decode === 'string') return echec(decode);
	const { texte, encodage } = decode;
	if (!texte.trim()) return echec('Le fichier ne contient que des lignes vides.');

	// The header is within the first lines, after title lines (CartoSanté writes two before it).
	const premieres = texte.split(/\r\n|\n|\r/, 12);
	const cartosante = normaliser(premieres[0] ?? '') === 'cartosante';
	/** Lines before the records: the header's own line is one of them. */
	let entete: { lignes: number; sep: Separateur; colonnes: Colonnes } | null = null;
	for (let l = 0; l < premieres.length && !entete; l++) {
		let plusieursChamps = false;
		for (const sep of SEPARATEURS) {
			const champs = decouper(premieres[l], sep)[0]?.champs ?? [];
			if (champs.length < 2) continue;
			plusieursChamps = true;
			const c = colonnesEntete(champs);
			if (typeof c === 'string') return echec(c);
			if (c) {
				entete = { lignes: l + 1, sep, colonnes: c };
				break;
			}
			// No header: the first line is data if it holds an INSEE code and a class.
			const code = champs.findIndex((x) => CODE_INSEE.test(x) || /^\d{4}$/.test(x));
			const classe = champs.findIndex((x) => lireClasse(x) !== null);
			if (code >= 0 && classe >= 0) {
				entete = { lignes: l, sep, colonnes: { code, classe, nomCode: `colonne ${code + 1}`, nomClasse: `colonne ${classe + 1}` } };
				break;
			}
		}
		// A line of several fields that is neither a header nor data: this is not a zoning table.
		if (plusieursChamps) break;
	}
	if (!entete) {
		const lu = (premieres.find((l) => l.trim()) ?? '').slice(0, 120);
		return echec(
			`Colonnes non reconnues. Il faut une colonne de code INSEE (nommée par exemple « code_insee », « Code » ou « codgeo ») et une colonne de classe (« zonage », « classe »…), séparées par « ; » ou « , ». Première ligne lue : « ${lu} ».`
		);
	}
	const { sep, colonnes } = entete;
	// Records after the header; line numbers stay those of the file.
	const enregistrements = decouper(texte.slice(apresLignes(texte, entete.lignes)), sep).map((e) => ({ ...e, ligne: e.ligne + entete!.lignes }));

	const rejets: LigneRejetee[] = [];
	const avertissements: Avertissement[] = [];
	const candidats: Candidat[] = [];
	const occitanie = new Set([...contexte.communes.values()].map((c) => c.departement));
	const autres = SEPARATEURS.filter((s) => s !== sep);
	const besoin = Math.max(colonnes.code, colonnes.classe) + 1;
	let lignesLues = 0;

	for (const e of enregistrements) {
		if (e.champs.every((c) => c === '')) continue;
		lignesLues++;
		const rejeter = (raison: string, code = '', valeur = '') => rejets.push({ ligne: e.ligne, code, valeur, raison });
		if (e.guillemetOuvert) {
			rejeter('guillemet ouvert et jamais fermé : la suite du fichier ne peut pas être lue');
			break;
		}
		if (e.champs.length < besoin) {
			const autre = autres.find((s) => (decouper(e.brut, s)[0]?.champs.length ?? 0) >= besoin);
			rejeter(
				autre
					? `séparateur ${NOM_SEPARATEUR[autre]} alors que l’en-tête utilise ${NOM_SEPARATEUR[sep]}`
					: `ligne incomplète : ${pluriel(e.champs.length, 'colonne')} au lieu de ${besoin}`,
				e.champs[0] ?? ''
			);
			continue;
		}
		let code = e.champs[colonnes.code].toUpperCase();
		const valeur = e.champs[colonnes.classe];
		if (code === '' && valeur === '') {
			rejeter('code INSEE et classe vides');
			continue;
		}
		if (code === '') {
			rejeter('code INSEE vide', '', valeur);
			continue;
		}
		if (valeur === '') {
			rejeter('classe vide', code);
			continue;
		}
		if (/^\d{4}$/.test(code)) {
			// A spreadsheet that read the code as a number dropped its leading zero (09001 → 9001).
			avertissements.push({ ligne: e.ligne, message: `code ${code} lu comme 0${code} (zéro initial perdu par un tableur)` });
			code = `0${code}`;
		}
		if (!CODE_INSEE.test(code)) {
			rejeter(`code INSEE invalide (5 caractères attendus, par exemple 31555)`, code, valeur);
			continue;
		}
		const dep = departementDe(code);
		if (!occitanie.has(dep)) {
			const nom = nomDepartement(dep);
			rejeter(nom === dep ? 'code INSEE inconnu (aucun département ne porte ce numéro)' : `commune d’une autre région que l’Occitanie (département ${dep} — ${nom})`, code, valeur);
			continue;
		}
		const classe = lireClasse(valeur);
		if (classe === 'HZ') {
			rejeter(`classe « ${valeur} » (hors zonage) : le zonage médecins d’Occitanie et les règles des aides ne connaissent que ZIP, ZAC et ZAR`, code, valeur);
			continue;
		}
		if (!classe) {
			rejeter(`classe inconnue (attendu : ${ATTENDU})`, code, valeur);
			continue;
		}
		let actuel = code;
		if (!contexte.communes.has(code)) {
			const a = contexte.anciensCodes[code];
			if (!a) {
				rejeter('code INSEE inconnu en Occitanie (ni commune actuelle, ni ancienne commune)', code, valeur);
				continue;
			}
			actuel = a;
			avertissements.push({
				ligne: e.ligne,
				message: `code ${code} d’une ancienne commune, aujourd’hui ${a} ${contexte.communes.get(a)?.nom ?? ''} : classe reportée sur cette commune`
			});
		}
		candidats.push({ ligne: e.ligne, codeLu: code, actuel, classe, valeur });
	}

	// Several lines for one commune of today: duplicates, or communes merged since the file's COG.
	const parCommune = new Map<string, Candidat[]>();
	for (const c of candidats) parCommune.set(c.actuel, [...(parCommune.get(c.actuel) ?? []), c]);
	const classes: Record<string, ClasseMedecins> = {};
	for (const [actuel, groupe] of parCommune) {
		const distinctes = [...new Set(groupe.map((c) => c.classe))];
		if (distinctes.length === 1) {
			classes[actuel] = distinctes[0];
			const vus = new Map<string, number>();
			for (const c of groupe) {
				const premiere = vus.get(c.codeLu);
				if (premiere === undefined) vus.set(c.codeLu, c.ligne);
				else rejets.push({ ligne: c.ligne, code: c.codeLu, valeur: c.valeur, raison: `doublon de la ligne ${premiere} (même code, même classe)` });
			}
			continue;
		}
		const lignes = groupe.map((c) => c.ligne).join(', ');
		const nom = contexte.communes.get(actuel)?.nom ?? '';
		const fusion = new Set(groupe.map((c) => c.codeLu)).size > 1;
		for (const c of groupe) {
			rejets.push({
				ligne: c.ligne,
				code: c.codeLu,
				valeur: c.valeur,
				raison: fusion
					? `commune fusionnée ${actuel} ${nom} : ses anciennes communes ont des classes différentes dans le fichier (${distinctes.join(', ')} ; lignes ${lignes}) ; aucune n’est retenue`
					: `code en double avec des classes différentes (${distinctes.join(', ')} ; lignes ${lignes}) ; aucune n’est retenue`
			});
		}
	}
	rejets.sort((a, b) => a.ligne - b.ligne);
	avertissements.sort((a, b) => a.ligne - b.ligne);

	if (!Object.keys(classes).length) {
		if (!lignesLues) return echec('Le fichier n’a qu’un en-tête : aucune ligne de commune.');
		const horsRegion = rejets.filter((r) => r.raison.startsWith('commune d’une autre région'));
		if (horsRegion.length === rejets.length) {
			const deps = [...new Set(horsRegion.map((r) => departementDe(r.code)))].sort().slice(0, 6);
			return echec(
				`Ce fichier ne contient aucune commune d’Occitanie : ses codes sont ceux des départements ${deps.join(', ')}. Importez un zonage de l’Occitanie (départements ${[...occitanie].sort().join(', ')}).`,
				rejets
			);
		}
		return echec(`Aucune ligne n’a pu être retenue (${pluriel(rejets.length, 'ligne rejetée', 'lignes rejetées')}) : voyez les raisons ci-dessous.`, rejets);
	}
	const absentes = [...contexte.communes.keys()].filter((c) => !(c in classes)).sort();
	return {
		ok: true,
		lecture: {
			format: cartosante ? 'CartoSanté' : 'CSV',
			encodage,
			separateur: sep,
			colonnes: { code: colonnes.nomCode, classe: colonnes.nomClasse },
			lignesLues,
			classes,
			rejets,
			avertissements,
			absentes
		}
	};
}
