/**
 * `npm run --silent aides -- --commune <INSEE> --profil <id> [--reponse <clé>=<valeur> ...] [--date AAAA-MM-JJ] [--json]`
 * Prints the aids for one commune and one profile, with the rules read at `--date` (default: today).
 * `--repartition [<aide>|meilleure]` instead of `--commune`: communes and population per status over
 * the whole region, as the "Mes aides" map colours them; `--repartition montants`: per class of the sure five-year
 * total, as the « Montants » map colours them. `--montants` adds the five-year sums and their calendar to one
 * commune's answer (the combination kept, the aids set aside and why). `--questions` lists every answer key.
 * `--tvs FILE` and `--pdsa FILE`: the ARS's own commune → TVS and commune → PDSA sector tables, read as the page
 * reads them (src/lib/couches-locales), for the rules that use them; their summary goes to stderr.
 * Errors: one French line on stderr, exit code 2. `executer` runs it in-process (the tests), writing through `io`.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decoderTable } from '../src/lib/commune/table';
import type { Commune } from '../src/lib/commune/types';
import { libelleCourt, valeurCouche, type CoucheId } from '../src/lib/zonages/couches';
import { lireReponse } from '../src/lib/etat/url';
import { LIBELLES, lireCouche, type TypeCouche } from '../src/lib/couches-locales/couche';
import { appliquerCouchesLocales } from '../src/lib/couches-locales/faits';
import {
	PROFILS,
	PROFIL_PAR_ID,
	QUESTIONS,
	estCleQuestion,
	estProfil,
	aidesDuLieu,
	evaluerAides,
	statutsCommunes,
	validerReponses,
	type AideId,
	type ProfilId,
	type Question,
	type Reponse,
	type Reponses,
	type ResultatAide
} from '../src/lib/aides';
import { STATUTS, formatMontantAide, grouperParStatut, libelleSource } from '../src/lib/aides/affichage';
import { repartition, statutsParCommune } from '../src/lib/aides/repartition';
import { aujourdhui, lireDateRegles } from '../src/lib/aides/date';
import { ANNEES, bilanMontants, type Bilan } from '../src/lib/montants/bilan';
import { bilansCommunes, repartitionMontants } from '../src/lib/montants/communes';
import { fichesChiffrables } from '../src/lib/montants/profil';
import { formatIntervalle, libelleAnnee, titreBilan } from '../src/lib/montants/texte';

class ErreurUsage extends Error {}

type Options =
	| { mode: 'questions'; json: boolean }
	| { mode: 'commune'; commune: string; profil: ProfilId; reponses: Reponses; date: string; json: boolean; montants: boolean }
	| { mode: 'repartition'; aide: string; profil: ProfilId; reponses: Reponses; date: string; json: boolean };

/** What to write after `--reponse <clé>=` for a question. */
function forme(q: Question): string {
	return q.type === 'nombre' ? '<nombre>' : q.type === 'choix' ? q.options!.map((o) => o.id).join('|') : 'oui|non';
}

function lireValeur(cle: string, brut: string): Reponse {
	if (!estCleQuestion(cle)) throw new ErreurUsage(`Question inconnue : « ${cle} » (clés possibles : ${Object.keys(QUESTIONS).join(', ')}).`);
	const v = lireReponse(brut);
	try {
		if (v === null) {
			const attendu = QUESTIONS[cle].type === 'nombre' ? 'un nombre attendu' : `réponses possibles : ${forme(QUESTIONS[cle]).split('|').join(', ')}`;
			throw new Error(`Réponse illisible pour « ${cle} » : « ${brut} » (${attendu}).`);
		}
		validerReponses({ [cle]: v });
	} catch (e) {
		throw new ErreurUsage((e as Error).message);
	}
	return v;
}

function lireArguments(args: string[]): Options {
	let commune: string | undefined;
	let repartition: string | undefined;
	let profil: string | undefined;
	const reponses: Reponses = {};
	let json = false;
	let date = aujourdhui();
	let questions = false;
	let montants = false;
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		const suivant = () => {
			const v = args[++i];
			if (v === undefined || v.startsWith('--')) throw new ErreurUsage(`Valeur manquante après ${a}.`);
			return v;
		};
		if (a === '--questions') questions = true;
		else if (a === '--json') json = true;
		else if (a === '--montants') montants = true;
		else if (a === '--commune') commune = suivant();
		else if (a === '--repartition') repartition = args[i + 1] && !args[i + 1].startsWith('--') ? suivant() : 'meilleure';
		else if (a === '--profil') profil = suivant();
		else if (a === '--date') {
			const lue = lireDateRegles(suivant());
			if ('erreur' in lue) throw new ErreurUsage(lue.erreur);
			date = lue.date;
		}
		else if (a === '--reponse') {
			const [cle, ...reste] = suivant().split('=');
			if (reste.length === 0) throw new ErreurUsage(`Réponse mal formée : « ${cle} » (forme attendue : clé=valeur).`);
			reponses[cle] = lireValeur(cle, reste.join('='));
		} else throw new ErreurUsage(`Argument inconnu : « ${a} ».`);
	}
	if (questions) return { mode: 'questions', json };
	if (!commune && !repartition) throw new ErreurUsage('Indiquez une commune : --commune <code INSEE> (ou --repartition pour toute la région).');
	if (!profil) throw new ErreurUsage(`Indiquez un profil : --profil <${PROFILS.map((p) => p.id).join('|')}>.`);
	if (!estProfil(profil)) throw new ErreurUsage(`Profil inconnu : « ${profil} » (profils possibles : ${PROFILS.map((p) => p.id).join(', ')}).`);
	if (repartition) {
		// Any aid the profile sees can be counted, place-dependent or not (« open everywhere » is a result too).
		const aides = PROFIL_PAR_ID.get(profil)!.aides;
		if (repartition !== 'meilleure' && repartition !== 'montants' && !aides.includes(repartition as AideId)) {
			throw new ErreurUsage(`Aide « ${repartition} » non proposée à ce profil (aides possibles : ${['meilleure', 'montants', ...aides].join(', ')}).`);
		}
		return { mode: 'repartition', aide: repartition, profil, reponses, date, json };
	}
	return { mode: 'commune', commune: commune!, profil, reponses, date, json, montants };
}

type Tables = Partial<Record<TypeCouche, string>>;

/** Takes `--tvs FILE` and `--pdsa FILE` out of the arguments. */
function extraireTables(args: string[]): { reste: string[]; tables: Tables } {
	const reste: string[] = [];
	const tables: Tables = {};
	for (let i = 0; i < args.length; i++) {
		const type = args[i] === '--tvs' ? 'tvs' : args[i] === '--pdsa' ? 'pdsa' : null;
		if (!type) {
			reste.push(args[i]);
			continue;
		}
		const fichier = args[++i];
		if (fichier === undefined || fichier.startsWith('--')) throw new ErreurUsage(`Valeur manquante après --${type} (chemin d’un fichier CSV).`);
		tables[type] = fichier;
	}
	return { reste, tables };
}

/** Reads the built commune table, building it first (npm run geodata) when it is missing, with the local tables applied. */
function chargerCommunes(tables: Tables, io: Io): Commune[] {
	const racine = fileURLToPath(new URL('..', import.meta.url));
	const fichier = fileURLToPath(new URL('../static/data/communes.json', import.meta.url));
	if (!existsSync(fichier)) {
		io.erreur('Table des communes absente : construction avec « npm run geodata »…');
		execSync('npm run --silent geodata', { cwd: racine, stdio: ['ignore', 'ignore', 'inherit'] });
	}
	const communes = decoderTable(JSON.parse(readFileSync(fichier, 'utf8')));
	if (!tables.tvs && !tables.pdsa) return communes;
	const contexte = {
		communes: new Map(communes.map((c) => [c.code, c])),
		anciensCodes: JSON.parse(readFileSync(fileURLToPath(new URL('../static/data/anciens-codes.json', import.meta.url)), 'utf8')) as Record<string, string>
	};
	const lues: Partial<Record<TypeCouche, Record<string, string>>> = {};
	for (const type of ['tvs', 'pdsa'] as const) {
		const chemin = tables[type];
		if (!chemin) continue;
		if (!existsSync(chemin)) throw new ErreurUsage(`Fichier introuvable : « ${chemin} » (--${type}).`);
		const r = lireCouche(new Uint8Array(readFileSync(chemin)), contexte, type);
		if (!r.ok) throw new ErreurUsage(`${LIBELLES[type].table} « ${chemin} » refusée : ${r.erreur}`);
		const { valeurs, rejets } = r.lecture;
		io.erreur(`${LIBELLES[type].table} « ${chemin} » (données locales) : ${Object.keys(valeurs).length} communes, ${new Set(Object.values(valeurs)).size} territoires, ${rejets.length} lignes rejetées.`);
		for (const x of rejets) io.erreur(`  ligne ${x.ligne} : ${x.raison}`);
		lues[type] = valeurs;
	}
	return appliquerCouchesLocales(communes, lues);
}

const ZONAGES_RESUMES: CoucheId[] = ['zonage-medecins', 'zonage-dentistes', 'massif', 'qpv', 'zrr', 'frr'];

function texte(commune: Commune, profil: ProfilId, date: string, aides: readonly ResultatAide[]): string {
	const libelleProfil = PROFILS.find((p) => p.id === profil)!.libelle;
	const zonages = ZONAGES_RESUMES.map((id) => libelleCourt(valeurCouche(id, commune.zonages[id])!));
	const lignes = [`${commune.nom} (${commune.code}, département ${commune.departement}) — ${libelleProfil}`, `Règles au : ${date}`, `Zonages : ${zonages.join(' · ')}`];
	const groupes = grouperParStatut(aides);
	for (const { id, titre } of STATUTS) {
		const liste = groupes[id];
		if (liste.length === 0) continue;
		lignes.push('', `${titre} (${liste.length})`);
		for (const a of liste) {
			lignes.push(`  • ${a.titre} [${a.id}]`);
			const m = [a.montant && formatMontantAide(a.montant), a.montantTexte].filter(Boolean).join(' — ');
			if (m) lignes.push(`      Montant : ${m}`);
			if (a.duree) lignes.push(`      Durée : ${a.duree}`);
			lignes.push(`      Financeur : ${a.financeur}`);
			for (const r of a.raisons) lignes.push(`      – ${r}`);
			// Open questions come with the answer flag to pass.
			for (const q of a.questions) lignes.push(`      ? ${q.libelle} (--reponse ${q.cle}=${forme(q)})`);
			for (const o of a.obligations) lignes.push(`      Engagement : ${o}`);
			if (a.incompatibleAvec.length) lignes.push(`      Non cumulable avec : ${a.incompatibleAvec.join(', ')}`);
			if (a.lieu) lignes.push(`      Commune choisie : ${a.lieu}`);
			if (a.validite) lignes.push(`      Validité : ${a.validite}`);
			const fenetre = [a.ouverture && `à partir du ${a.ouverture}`, a.fermeture && `jusqu’au ${a.fermeture}`].filter(Boolean).join(' ');
			if (fenetre) lignes.push(`      Nouvelles adhésions : ${fenetre} — ${a.sourceValidite}`);
			if (a.horsBrochure) lignes.push('      Hors brochure');
			lignes.push(`      Source : ${libelleSource(a)}`);
		}
	}
	return lignes.join('\n');
}

function texteBilan(b: Bilan): string {
	const lignes = ['', `Montants — ${titreBilan(b)}`];
	b.parAn.forEach((a, i) => lignes.push(`  ${libelleAnnee(i)} : ${formatIntervalle(a.surs)} sûrs, ${formatIntervalle(a.possibles)} à préciser`));
	for (const r of b.retenues) lignes.push(`  • ${r.titre} [${r.id}] (${r.statut === 'eligible' ? 'sûr' : 'à préciser'}) : ${formatIntervalle(r.total)} sur ${ANNEES} ans — ${r.versements}`);
	for (const e of b.ecartees) lignes.push(`  ✕ ${e.ligne.titre} [${e.ligne.id}] écartée : ${e.explication}`);
	for (const h of b.horsTotal) lignes.push(`  … ${h.titre} [${h.id}], hors total : ${h.raison}${h.montant ? ` (${h.montant})` : ''}`);
	for (const c of b.collectives) lignes.push(`  ⌂ ${c.titre} [${c.id}], versée à la structure${'total' in c ? ` : ${formatIntervalle(c.total)} sur ${ANNEES} ans` : ''}`);
	return lignes.join('\n');
}

/** Where the command writes: the terminal, or a test's buffers. */
export interface Io {
	sortie(texte: string): void;
	erreur(texte: string): void;
}

function main(args: string[], io: Io): void {
	const { reste, tables } = extraireTables(args);
	const options = lireArguments(reste);
	if (options.mode === 'questions') {
		if (options.json) io.sortie(JSON.stringify(Object.values(QUESTIONS).map(({ regle: _, ...q }) => q), null, 2));
		else for (const q of Object.values(QUESTIONS)) io.sortie(`${q.cle}=${forme(q)}\t${q.libelle}`);
		return;
	}
	if (options.mode === 'repartition') {
		const communes = chargerCommunes(tables, io);
		const statuts = statutsCommunes(communes, options.profil, options.reponses, options.date);
		if (options.aide === 'montants') {
			const classes = repartitionMontants(communes, bilansCommunes(statuts, fichesChiffrables(options.profil)));
			if (options.json) io.sortie(JSON.stringify({ date: options.date, profil: options.profil, repartition: 'montants', annees: ANNEES, classes }, null, 2));
			else for (const k of classes) io.sortie(`${k.classe.libelle} sûrs sur ${ANNEES} ans : ${k.communes} commune${k.communes > 1 ? 's' : ''}, ${k.population} habitant${k.population > 1 ? 's' : ''}${k.relevables ? ` (dont ${k.relevables} où les aides à préciser la relèveraient)` : ''}`);
			return;
		}
		const aides = options.aide === 'meilleure' ? aidesDuLieu(options.profil) : [options.aide as AideId];
		const classes = repartition(communes, statutsParCommune(statuts, aides));
		if (options.json) io.sortie(JSON.stringify({ date: options.date, profil: options.profil, aide: options.aide, classes }, null, 2));
		else for (const k of classes) io.sortie(`${STATUTS.find((s) => s.id === k.statut)!.titre} : ${k.communes} commune${k.communes > 1 ? 's' : ''}, ${k.population} habitant${k.population > 1 ? 's' : ''}`);
		return;
	}
	const commune = chargerCommunes(tables, io).find((c) => c.code === options.commune);
	if (!commune) throw new ErreurUsage(`Commune inconnue : « ${options.commune} » (code INSEE d’une commune d’Occitanie attendu).`);
	const aides = evaluerAides(commune, options.profil, options.reponses, options.date);
	const montants = options.montants ? bilanMontants(aides) : undefined;
	if (options.json) {
		const { code, nom, zonages } = commune;
		io.sortie(JSON.stringify({ commune: { code, nom, zonages }, date: options.date, profil: options.profil, aides, ...(montants && { montants: { annees: ANNEES, ...montants } }) }, null, 2));
	} else {
		io.sortie(texte(commune, options.profil, options.date, aides) + (montants ? texteBilan(montants) : ''));
	}
}

/** Runs the command; returns its exit code (2: a usage error, said in one French line). */
export function executer(args: string[], io: Io): number {
	try {
		main(args, io);
		return 0;
	} catch (e) {
		io.erreur(e instanceof Error ? e.message.split('\n')[0] : String(e));
		return e instanceof ErreurUsage ? 2 : 1;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = executer(process.argv.slice(2), { sortie: (t) => console.log(t), erreur: (t) => console.error(t) });
}
