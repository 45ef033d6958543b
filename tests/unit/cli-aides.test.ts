import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { executer } from '../../scripts/aides-cli';

/**
 * End-to-end tests of `scripts/aides-cli.ts` on real communes of the built table
 * (static/data/communes.json, `npm run geodata`). Zoning values checked against
 * ../shared/geodata/sources (zonage médecins joined to COG 2025):
 * 11009 Alzonne ZIP · 11001 Aigues-Vives (Aude) ZAC · 11024 Bages ZAR · 09002 Aigues-Vives (Ariège) ZIP ·
 * 11052 Brousses-et-Villaret ZAC, Massif central · 11069 Carcassonne ZAC with QPV ·
 * 12218 Conques-en-Rouergue zonage médecins non disponible.
 */
const TABLE = new URL('../../static/data/communes.json', import.meta.url);
const RACINE = new URL('../..', import.meta.url).pathname;

/** The `aides` script of package.json (tsx with the .publicodes loader), run without npm's banner. */
const COMMANDE = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts.aides as string).split(' ');

const avecDate = (args: string[]) => (args.includes('--date') || args.includes('--questions') ? args : [...args, '--date', '2023-12-27']);

/** The command as a terminal runs it: a tsx process (seconds on a loaded machine, so only for the entry point). */
function processus(...args: string[]) {
	const r = spawnSync('npx', [...COMMANDE, ...avecDate(args)], { cwd: RACINE, encoding: 'utf8', timeout: 60_000 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')) };
}

/** The same command in this process, at the médecins brochure's date unless a test gives its own `--date`. */
function cli(...args: string[]) {
	const sortie: string[] = [];
	const erreur: string[] = [];
	const code = executer(avecDate(args), { sortie: (t) => sortie.push(t), erreur: (t) => erreur.push(...t.split('\n')) });
	return { code, stdout: sortie.map((l) => `${l}\n`).join(''), stderr: erreur.filter(Boolean) };
}

type Sortie = {
	commune: { code: string; nom: string; zonages: Record<string, string> };
	profil: string;
	aides: { id: string; statut: string; raisons: string[]; questions: { cle: string }[] }[];
};

function json(...args: string[]): Sortie {
	const r = cli(...args, '--json');
	expect(r.code, r.stderr.join('\n')).toBe(0);
	return JSON.parse(r.stdout) as Sortie;
}

const statut = (s: Sortie, id: string) => s.aides.find((a) => a.id === id)?.statut;

describe.runIf(existsSync(TABLE))('CLI aides', { timeout: 60_000 }, () => {
	it('ZIP : CAIM éligible pour une installation, contrat ARS hors territoire ciblé', () => {
		const s = json('--commune', '11009', '--profil', 'medecin-liberal', '--reponse', 'situation=installation', '--reponse', 'participation-tableau-garde=oui');
		expect(s.commune).toMatchObject({ code: '11009', nom: 'Alzonne' });
		expect(s.commune.zonages['zonage-medecins']).toBe('ZIP');
		expect(s.profil).toBe('medecin-liberal');
		expect(statut(s, 'caim')).toBe('eligible');
		expect(statut(s, 'contrat-ars-territoires')).toBe('non-eligible');
		expect(statut(s, 'exoneration-pdsa')).toBe('eligible');
	});

	it('ZAC : CAIM non éligible, CDER remplaçant éligible avec la réponse', () => {
		expect(statut(json('--commune', '11001', '--profil', 'medecin-liberal', '--reponse', 'situation=installation'), 'caim')).toBe('non-eligible');
		const s = json('--commune', '11001', '--profil', 'medecin-remplacant', '--reponse', 'premiere-annee-liberal=oui');
		expect(statut(s, 'cder')).toBe('eligible');
	});

	it('ZAR : CESP non éligible, en citant la zone', () => {
		const s = json('--commune', '11024', '--profil', 'etudiant-medecine-3e-cycle');
		const cesp = s.aides.find((a) => a.id === 'cesp')!;
		expect(cesp.statut).toBe('non-eligible');
		expect(cesp.raisons.join(' ')).toMatch(/ZAR/);
	});

	it('Ariège et Massif central : contrat ARS éligible', () => {
		expect(statut(json('--commune', '09002', '--profil', 'medecin-liberal', '--reponse', 'situation=installation'), 'contrat-ars-territoires')).toBe('eligible');
		expect(statut(json('--commune', '11052', '--profil', 'medecin-msu', '--reponse', 'situation=installation'), 'contrat-ars-territoires')).toBe('eligible');
	});

	it('QPV seul : contrat ARS à préciser, puis éligible une fois répondu', () => {
		const avant = json('--commune', '11069', '--profil', 'medecin-liberal', '--reponse', 'situation=installation');
		expect(avant.aides.find((a) => a.id === 'contrat-ars-territoires')).toMatchObject({
			statut: 'a-preciser',
			questions: [{ cle: 'installation-en-qpv' }]
		});
		const apres = json('--commune', '11069', '--profil', 'medecin-liberal', '--reponse', 'situation=installation', '--reponse', 'installation-en-qpv=true');
		expect(statut(apres, 'contrat-ars-territoires')).toBe('eligible');
	});

	it('zonage non disponible : jamais éligible', () => {
		const s = json('--commune', '12218', '--profil', 'medecin-liberal', '--reponse', 'situation=installation');
		expect(statut(s, 'caim')).toBe('a-preciser');
	});

	it('affiche un résumé lisible groupé par statut', () => {
		const r = cli('--commune', '11009', '--profil', 'medecin-liberal', '--reponse', 'situation=installation', '--reponse', 'age=62');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^Alzonne \(11009/);
		expect(r.stdout.indexOf('Éligible')).toBeLessThan(r.stdout.indexOf('À préciser'));
		expect(r.stdout.indexOf('À préciser')).toBeLessThan(r.stdout.indexOf('Non éligible'));
		expect(r.stdout).toContain('Source : Brochure médecins 27/12/2023, page #12');
	});

	it('donne, avec --repartition, les communes et la population par statut sur toute la région', () => {
		const r = cli('--profil', 'medecin-liberal', '--repartition', 'caim', '--reponse', 'situation=installation', '--json');
		expect(r.code).toBe(0);
		const { classes } = JSON.parse(r.stdout) as { classes: { statut: string; communes: number; population: number }[] };
		// The CAIM is decided by the ZIP: 1 419 ZIP communes in the médecins zoning; to settle: 1 without data (12218)
		// and the 29 ZAC communes with a QPV, which may be classed ZIP (issue 18, item 4).
		expect(classes.map((k) => [k.statut, k.communes])).toEqual([
			['eligible', 1419],
			['a-preciser', 30],
			['non-eligible', 2997]
		]);
		expect(classes.reduce((s, k) => s + k.population, 0)).toBe(6_124_653);
	});

	it('compte aussi une aide ouverte partout, et une carte neutre quand aucune aide ne dépend du lieu (issue 18.8)', () => {
		const esp = JSON.parse(cli('--profil', 'medecin-liberal', '--repartition', 'aide-esp', '--reponse', 'equipe-esp=oui', '--json').stdout) as { classes: { statut: string; communes: number }[] };
		expect(esp.classes.find((k) => k.statut === 'eligible')?.communes).toBe(4446);
		const ipa = JSON.parse(cli('--profil', 'etudiant-infirmier', '--repartition', '--json').stdout) as { classes: { statut: string; communes: number }[] };
		expect(ipa.classes.find((k) => k.statut === 'information')?.communes).toBe(4446);
		const erreur = cli('--profil', 'etudiant-infirmier', '--repartition', 'caim').stderr[0];
		expect(erreur).toMatch(/aides possibles : meilleure, montants, aide-ipa\)\.$/);
	});

	it('lit les règles à la date donnée, et la dit dans le JSON avec la fenêtre de chaque aide (issue 17)', () => {
		const s = json('--commune', '11009', '--profil', 'medecin-liberal', '--reponse', 'situation=installation', '--date', '2026-12-02') as Sortie & {
			date: string;
			aides: { id: string; ouverture: string | null; fermeture: string | null; horsBrochure: boolean; source: unknown }[];
		};
		expect(s.date).toBe('2026-12-02');
		expect(s.aides.find((a) => a.id === 'caim')).toMatchObject({ statut: 'non-eligible', ouverture: null, fermeture: '2025-12-31', horsBrochure: false });
		const r = cli('--commune', '11009', '--profil', 'medecin-liberal', '--date', '2022-05-01');
		expect(r.code).toBe(2);
		expect(r.stderr).toEqual(['La date « 2022-05-01 » est antérieure au 1er janvier 2023 : les règles commencent avec les brochures de 2023.']);
		expect(cli('--commune', '11009', '--profil', 'medecin-liberal', '--date', '2026-02-30').stderr[0]).toMatch(/n’existe pas/);
	});

	it('lit les tables de l’ARS avec --tvs et --pdsa (fichiers de test inventés) : le secteur de garde tranche l’exonération PDSA', () => {
		const r = cli('--commune', '31555', '--profil', 'medecin-liberal', '--reponse', 'situation=installation', '--pdsa', 'tests/fixtures/couches-locales/secteurs-pdsa-test.csv', '--json');
		expect(r.code, r.stderr.join('\n')).toBe(0);
		expect(r.stderr[0]).toMatch(/^Table des secteurs de garde PDSA « .*secteurs-pdsa-test\.csv » \(données locales\) : 4 communes, 3 territoires, 0 lignes rejetées\.$/);
		const s = JSON.parse(r.stdout) as Sortie;
		// Toulouse is alone in its made-up sector: the sector has a ZIP commune exactly when Toulouse is in ZIP.
		expect(s.commune.zonages.pdsa).toBe(s.commune.zonages['zonage-medecins'] === 'ZIP' ? 'secteur-avec-zip' : 'secteur-sans-zip');
		const pdsa = s.aides.find((a) => a.id === 'exoneration-pdsa')!;
		expect(pdsa.questions.map((q) => q.cle)).not.toContain('secteur-garde-avec-zip');
		expect(pdsa.raisons.join(' ')).toMatch(/table des secteurs de garde importée/);
	});

	it('liste toutes les clés de réponse avec --questions', () => {
		const r = cli('--questions');
		expect(r.code).toBe(0);
		const cles = r.stdout.trim().split('\n').map((l) => l.split('=')[0]);
		expect(cles).toEqual(expect.arrayContaining(['situation', 'caim-en-cours', 'age', 'participation-tableau-garde', 'remplacements-ambulatoire']));
		expect(r.stdout).toMatch(/^situation=installation\|exercice\|transition\|renfort\t/m);
		// Issue 18, item 8: with --json, JSON.
		const questions = JSON.parse(cli('--questions', '--json').stdout) as { cle: string; type: string }[];
		expect(questions.find((q) => q.cle === 'age')).toMatchObject({ type: 'nombre', plage: [18, 120] });
	});

	it('ajoute avec --montants la somme sur 5 ans, son calendrier et la combinaison retenue ; --repartition montants compte par classe', () => {
		// Mende (48095), ZIP et Massif central à la date de la brochure : le CAIM et le contrat ARS ne se cumulent pas.
		const s = JSON.parse(cli('--commune', '48095', '--profil', 'medecin-liberal', '--reponse', 'situation=installation', '--montants', '--json').stdout) as {
			montants: { annees: number; total: { max: number }; retenues: { id: string }[]; ecartees: { ligne: { id: string }; explication: string }[]; parAn: unknown[] };
		};
		expect(s.montants.annees).toBe(5);
		expect(s.montants.parAn).toHaveLength(5);
		expect(s.montants.total.max).toBe(50000);
		const ids = [...s.montants.retenues.map((r) => r.id), ...s.montants.ecartees.map((e) => e.ligne.id)];
		expect(ids).toEqual(expect.arrayContaining(['caim', 'contrat-ars-territoires']));
		expect(s.montants.ecartees[0].explication).toMatch(/ne se cumulent pas/);
		const r = JSON.parse(cli('--profil', 'medecin-liberal', '--repartition', 'montants', '--reponse', 'situation=installation', '--json').stdout) as {
			classes: { classe: { id: string }; communes: number }[];
		};
		expect(r.classes.map((k) => k.classe.id)).toEqual(['aucun', 'moins-10000', '10000-30000', '30000-60000', '60000-plus']);
		expect(r.classes.reduce((n, k) => n + k.communes, 0)).toBe(4446);
	});

	it('se lance depuis le terminal : sortie lisible, code 0 ; une erreur, une ligne et le code 2', () => {
		const ok = processus('--commune', '48095', '--profil', 'medecin-liberal', '--reponse', 'situation=installation', '--montants');
		expect(ok.code, ok.stderr.join('\n')).toBe(0);
		expect(ok.stdout).toMatch(/^Mende \(48095/);
		expect(ok.stdout).toMatch(/Montants — Jusqu’à 50\u202f000\u00a0€ sur 5 ans ici/);
		const erreur = processus('--commune', '00000', '--profil', 'medecin-liberal');
		expect(erreur.code).toBe(2);
		expect(erreur.stderr).toEqual(['Commune inconnue : « 00000 » (code INSEE d’une commune d’Occitanie attendu).']);
	});

	it.each([
		[['--commune', '00000', '--profil', 'medecin-liberal'], /Commune inconnue/],
		[['--commune', '11009', '--profil', 'astronaute'], /Profil inconnu/],
		[['--commune', '11009', '--profil', 'medecin-liberal', '--reponse', 'inconnue=oui'], /Question inconnue/],
		[['--commune', '11009', '--profil', 'medecin-liberal', '--reponse', 'age=vieux'], /nombre/],
		[['--commune', '11009', '--profil', 'medecin-liberal', '--reponse', 'age=-3'], /de 18 à 120/],
		[['--commune', '11009', '--profil', 'medecin-liberal', '--reponse', 'equipe-esp=peut-etre'], /oui ou non/],
		[['--commune', '11009', '--profil', 'medecin-liberal', '--reponse', 'situation=vacances'], /installation, exercice, transition, renfort/],
		[['--commune', '11009', '--profil', 'medecin-liberal', '--reponse', 'equipe-esp'], /mal formée/],
		[['--profil', 'medecin-liberal'], /Indiquez une commune/],
		[['--commune', '11009', '--profil', 'medecin-liberal', '--pdsa'], /Valeur manquante après --pdsa/],
		[['--commune', '11009', '--profil', 'medecin-liberal', '--tvs', 'absent.csv'], /Fichier introuvable : « absent\.csv »/],
		[['--commune', '11009', '--profil', 'medecin-liberal', '--tvs', 'tests/fixtures/brouillons/brouillon-test.csv'], /^Table des territoires de vie-santé \(TVS\) .* refusée : Colonnes non reconnues/]
	])('erreur %j → code 2, une ligne', (args, message) => {
		const r = cli(...args);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toHaveLength(1);
		expect(r.stderr[0]).toMatch(message);
	});
});
