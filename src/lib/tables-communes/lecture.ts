/**
 * Reads a « commune → value » table from a file a planner picks (a draft zoning, a commune → TVS table,
 * a commune → PDSA sector table): a CSV of the usual shapes or a CartoSanté export. Pure: bytes in, a
 * verdict out — either a French reason the whole file is refused, or what would be applied (values by
 * today's INSEE code) with every line left out and why. What a value is, and which column holds it,
 * is the caller's `SchemaTable`; encodings, separators, headers, former codes, rejects and the size
 * limit are the same for every table.
 */
import { nomDepartement } from '../commune/departements';
import { normaliser, pluriel } from '../texte/texte';
import { formatNombre } from '../texte/format';

/** A table of 4,446 communes weighs well under 1 Mo; far more is not such a table (and would freeze a phone). */
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

/** A value read from a cell, possibly with a warning (« lu comme … »), or the reason the line is rejected. */
export type ValeurLue<V extends string> = { valeur: V; avertissement?: string } | { rejet: string };

/** What makes a table a zoning draft, a TVS table or a PDSA sector table. */
export interface SchemaTable<V extends string> {
	/** The file as a refusal names it: « un zonage », « une table des TVS ». */
	quoi: string;
	/** Words of the line reasons, for the value: « classe », « classes différentes »… */
	mots: { valeur: string; meme: string; differentes: string; reportee: string };
	/** The header's value column (normalised names; `champs` as written): an index, a French refusal, or null when none. */
	colonneValeur(noms: string[], champs: string[], code: number): number | string | null;
	/** How the value column may be named, for « Colonnes non reconnues ». */
	colonneAttendue: string;
	/** Whether a cell of a header-less first line looks like a value. */
	ressembleValeur(brut: string): boolean;
	lireValeur(brut: string): ValeurLue<V>;
}

export interface LectureTable<V extends string> {
	format: 'CartoSanté' | 'CSV';
	encodage: 'UTF-8' | 'UTF-8 avec BOM' | 'Windows-1252' | 'UTF-16';
	separateur: ';' | ',' | '\t';
	/** Names of the two columns read, as the header gives them ("colonne 1" without a header). */
	colonnes: { code: string; valeur: string };
	/** Data lines read (blank lines left aside). */
	lignesLues: number;
	/** Today's INSEE code → value, for every commune the file sets. */
	valeurs: Record<string, V>;
	rejets: LigneRejetee[];
	avertissements: Avertissement[];
	/** Today's communes the file does not set. */
	absentes: string[];
}

export type ResultatTable<V extends string> = { ok: true; lecture: LectureTable<V> } | { ok: false; erreur: string; rejets?: LigneRejetee[] };
/** A refusal, whatever the table. */
export type Refus = { ok: false; erreur: string; rejets?: LigneRejetee[] };

type Separateur = LectureTable<string>['separateur'];
const SEPARATEURS: readonly Separateur[] = [';', ',', '\t'];
const NOM_SEPARATEUR: Record<Separateur, string> = { ';': '« ; »', ',': '« , »', '\t': 'tabulation' };
export const CODE_INSEE = /^(\d{5}|2[AB]\d{3})$/;
/** A code a spreadsheet wrote as a number with a decimal part: 34172.0, 34172,00. */
const CODE_DECIMAL = /^(\d{4,5})[.,]0+$/;

const echec = (erreur: string, rejets?: LigneRejetee[]): Refus => ({ ok: false, erreur, ...(rejets && { rejets }) });

/** Size checked before reading, so that the page can refuse a huge file without loading it. */
export function controlerTaille(octets: number, quoi = 'un zonage'): string | null {
	if (octets === 0) return 'Le fichier est vide.';
	if (octets > TAILLE_MAX) {
		const mo = (n: number) => `${formatNombre(Math.round((n / 1024 / 1024) * 10) / 10)} Mo`;
		return `Le fichier pèse ${mo(octets)} : c’est bien plus qu’${quoi} (les 4 446 communes tiennent en moins de 1 Mo). Limite : ${mo(TAILLE_MAX)}.`;
	}
	return null;
}

// ——— bytes → text

function decoder(octets: Uint8Array): { texte: string; encodage: LectureTable<string>['encodage'] } | string {
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
		// Fast path: a line without quotes is split as it is (most lines of most files).
		let finLigne = i;
		while (finLigne < n && texte[finLigne] !== '\n' && texte[finLigne] !== '\r') finLigne++;
		const brutLigne = texte.slice(i, finLigne);
		if (!brutLigne.includes('"')) {
			sortie.push({ ligne, champs: brutLigne.split(sep).map((c) => c.trim()), brut: brutLigne });
			i = finLigne + (texte[finLigne] === '\r' && texte[finLigne + 1] === '\n' ? 2 : 1);
			ligne++;
			continue;
		}
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

type Colonnes = { code: number; valeur: number; nomCode: string; nomValeur: string };

const estColonneCode = (n: string) =>
	['code', 'insee', 'codgeo', 'depcom', 'com', 'cog', 'code geo', 'code com', 'codeinsee', 'code insee', 'code commune', 'code insee commune', 'insee com'].includes(n) ||
	(n.startsWith('code') && /insee|commune|geo/.test(n) && !n.includes('postal'));
const estColonnePostale = (n: string) => /postal|\bcp\b/.test(n);

/** The columns of a header, or the French reason why this header is not one we can read. */
function colonnesEntete<V extends string>(champs: string[], schema: SchemaTable<V>): Colonnes | string | null {
	const noms = champs.map(normaliser);
	const code = noms.findIndex(estColonneCode);
	const valeur = schema.colonneValeur(noms, champs, code);
	if (typeof valeur === 'string') return valeur;
	if (code < 0 || valeur === null) {
		if (valeur !== null && noms.some(estColonnePostale)) {
			return 'Le fichier donne des codes postaux, pas des codes INSEE : un code postal couvre souvent plusieurs communes. Il faut une colonne de code INSEE (par exemple 31555 pour Toulouse).';
		}
		return null;
	}
	return { code, valeur, nomCode: champs[code], nomValeur: champs[valeur] };
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

interface Candidat<V> {
	ligne: number;
	codeLu: string;
	actuel: string;
	valeur: V;
	brut: string;
}

/** Reads the file. `contexte` says which communes exist today and where former codes went. */
export function lireTable<V extends string>(octets: Uint8Array, contexte: ContexteLecture, schema: SchemaTable<V>): ResultatTable<V> {
	const taille = controlerTaille(octets.length, schema.quoi);
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
			const c = colonnesEntete(champs, schema);
			if (typeof c === 'string') return echec(c);
			if (c) {
				entete = { lignes: l + 1, sep, colonnes: c };
				break;
			}
			// No header: the first line is data if it holds an INSEE code and a value.
			const estCode = (x: string) => CODE_INSEE.test(x) || /^\d{4}$/.test(x) || CODE_DECIMAL.test(x);
			const code = champs.findIndex(estCode);
			const valeur = champs.findIndex((x, i) => i !== code && !estCode(x) && schema.ressembleValeur(x));
			if (code >= 0 && valeur >= 0) {
				entete = { lignes: l, sep, colonnes: { code, valeur, nomCode: `colonne ${code + 1}`, nomValeur: `colonne ${valeur + 1}` } };
				break;
			}
		}
		// A line of several fields that is neither a header nor data: this is not such a table.
		if (plusieursChamps) break;
	}
	if (!entete) {
		const lu = (premieres.find((l) => l.trim()) ?? '').slice(0, 120);
		return echec(
			`Colonnes non reconnues. Il faut une colonne de code INSEE (nommée par exemple « code_insee », « Code » ou « codgeo ») et ${schema.colonneAttendue}, séparées par « ; » ou « , ». Première ligne lue : « ${lu} ».`
		);
	}
	const { sep, colonnes } = entete;
	// Records after the header; line numbers stay those of the file.
	const enregistrements = decouper(texte.slice(apresLignes(texte, entete.lignes)), sep).map((e) => ({ ...e, ligne: e.ligne + entete!.lignes }));

	const { mots } = schema;
	const rejets: LigneRejetee[] = [];
	const avertissements: Avertissement[] = [];
	const candidats: Candidat<V>[] = [];
	const occitanie = new Set([...contexte.communes.values()].map((c) => c.departement));
	const autres = SEPARATEURS.filter((s) => s !== sep);
	const besoin = Math.max(colonnes.code, colonnes.valeur) + 1;
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
		const brut = e.champs[colonnes.valeur];
		if (code === '' && brut === '') {
			rejeter(`code INSEE et ${mots.valeur} vides`);
			continue;
		}
		if (code === '') {
			rejeter('code INSEE vide', '', brut);
			continue;
		}
		if (brut === '') {
			rejeter(`${mots.valeur} vide`, code);
			continue;
		}
		const decimal = CODE_DECIMAL.exec(code);
		if (decimal) {
			// A spreadsheet that read the code as a number wrote it with a decimal part (34172 → 34172.0).
			avertissements.push({ ligne: e.ligne, message: `code ${code} lu comme ${decimal[1]} (partie décimale ajoutée par un tableur)` });
			code = decimal[1];
		}
		if (/^\d{4}$/.test(code)) {
			// A spreadsheet that read the code as a number dropped its leading zero (09001 → 9001).
			avertissements.push({ ligne: e.ligne, message: `code ${code} lu comme 0${code} (zéro initial perdu par un tableur)` });
			code = `0${code}`;
		}
		if (!CODE_INSEE.test(code)) {
			rejeter(`code INSEE invalide (5 caractères attendus, par exemple 31555)`, code, brut);
			continue;
		}
		const dep = departementDe(code);
		if (!occitanie.has(dep)) {
			const nom = nomDepartement(dep);
			rejeter(nom === dep ? 'code INSEE inconnu (aucun département ne porte ce numéro)' : `commune d’une autre région que l’Occitanie (département ${dep} — ${nom})`, code, brut);
			continue;
		}
		const lue = schema.lireValeur(brut);
		if ('rejet' in lue) {
			rejeter(lue.rejet, code, brut);
			continue;
		}
		let actuel = code;
		if (!contexte.communes.has(code)) {
			const a = contexte.anciensCodes[code];
			if (!a) {
				rejeter('code INSEE inconnu en Occitanie (ni commune actuelle, ni ancienne commune)', code, brut);
				continue;
			}
			actuel = a;
			avertissements.push({
				ligne: e.ligne,
				message: `code ${code} d’une ancienne commune, aujourd’hui ${a} ${contexte.communes.get(a)?.nom ?? ''} : ${mots.reportee} sur cette commune`
			});
		}
		if (lue.avertissement) avertissements.push({ ligne: e.ligne, message: lue.avertissement });
		candidats.push({ ligne: e.ligne, codeLu: code, actuel, valeur: lue.valeur, brut });
	}

	// Several lines for one commune of today: duplicates, or communes merged since the file's COG.
	const parCommune = new Map<string, Candidat<V>[]>();
	for (const c of candidats) {
		const groupe = parCommune.get(c.actuel);
		if (groupe) groupe.push(c);
		else parCommune.set(c.actuel, [c]);
	}
	const valeurs: Record<string, V> = {};
	for (const [actuel, groupe] of parCommune) {
		const distinctes = [...new Set(groupe.map((c) => c.valeur))];
		if (distinctes.length === 1) {
			valeurs[actuel] = distinctes[0];
			const vus = new Map<string, number>();
			for (const c of groupe) {
				const premiere = vus.get(c.codeLu);
				if (premiere === undefined) vus.set(c.codeLu, c.ligne);
				else rejets.push({ ligne: c.ligne, code: c.codeLu, valeur: c.brut, raison: `doublon de la ligne ${premiere} (même code, ${mots.meme})` });
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
				valeur: c.brut,
				raison: fusion
					? `commune fusionnée ${actuel} ${nom} : ses anciennes communes ont des ${mots.differentes} dans le fichier (${distinctes.join(', ')} ; lignes ${lignes}) ; aucune n’est retenue`
					: `code en double avec des ${mots.differentes} (${distinctes.join(', ')} ; lignes ${lignes}) ; aucune n’est retenue`
			});
		}
	}
	rejets.sort((a, b) => a.ligne - b.ligne);
	avertissements.sort((a, b) => a.ligne - b.ligne);

	if (!Object.keys(valeurs).length) {
		if (!lignesLues) return echec('Le fichier n’a qu’un en-tête : aucune ligne de commune.');
		const horsRegion = rejets.filter((r) => r.raison.startsWith('commune d’une autre région'));
		if (horsRegion.length === rejets.length) {
			const deps = [...new Set(horsRegion.map((r) => departementDe(r.code)))].sort().slice(0, 6);
			return echec(
				`Ce fichier ne contient aucune commune d’Occitanie : ses codes sont ceux des départements ${deps.join(', ')}. Importez ${schema.quoi} de l’Occitanie (départements ${[...occitanie].sort().join(', ')}).`,
				rejets
			);
		}
		return echec(`Aucune ligne n’a pu être retenue (${pluriel(rejets.length, 'ligne rejetée', 'lignes rejetées')}) : voyez les raisons ci-dessous.`, rejets);
	}
	const absentes = [...contexte.communes.keys()].filter((c) => !(c in valeurs)).sort();
	return {
		ok: true,
		lecture: {
			format: cartosante ? 'CartoSanté' : 'CSV',
			encodage,
			separateur: sep,
			colonnes: { code: colonnes.nomCode, valeur: colonnes.nomValeur },
			lignesLues,
			valeurs,
			rejets,
			avertissements,
			absentes
		}
	};
}
