/**
 * Builds what the app serves (static/data/) from the public sources folder and
 * @etalab/decoupage-administratif. Deterministic; skipped when its inputs have not changed.
 *
 *   npm run geodata            (GEODATA_SOURCES=/path/to/sources to override the folder)
 *   npm run geodata -- --force
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { csvParse, dsvFormat } from 'd3';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { COUCHES } from '../../src/lib/zonages/couches';
import { encoderTable } from '../../src/lib/commune/table';
import { quintilesApl2023 } from '../../src/lib/zonages/apl';
import { joindre, codesOrphelins, ErreurDonnees, type CommuneBase } from './jointures';
import { valider, compter } from './validation';
import { communesSansSurface, fusionner, lieuxNommes, objetsCommunes, pointEtiquette, proximite, simplifier, topologieDe } from './geometrie';
import { ecrireTuiles } from './tuiles';
import { chiffresDepartements } from './chiffres';
import { feature } from 'topojson-client';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const RACINE = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SORTIE = join(RACINE, 'static/data');
const SOURCES = resolve(RACINE, process.env.GEODATA_SOURCES ?? '../shared/geodata/sources');
const REGION = '76';
const NB_COMMUNES = 4446;
const require = createRequire(import.meta.url);

interface Manifeste {
	fichiers: Record<string, { chemin: string; contenu: string; officiel: string }>;
	couchesSansFichier: Record<string, string>;
}
const manifeste: Manifeste = JSON.parse(readFileSync(join(RACINE, 'geodata/manifest.json'), 'utf8'));

function cheminSource(id: string): string {
	const f = manifeste.fichiers[id];
	const chemin = join(SOURCES, f.chemin);
	if (!existsSync(chemin)) {
		throw new ErreurDonnees(
			`Fichier source manquant : ${chemin}\n  (${f.contenu})\n  Donnée officielle : ${f.officiel}\n` +
				`  Dossier des sources : ${SOURCES} — à changer avec la variable GEODATA_SOURCES.`
		);
	}
	return chemin;
}
const lire = (id: string) => readFileSync(cheminSource(id), 'utf8');
const lireCsv = (id: string, sep = ',') => (sep === ',' ? csvParse(lire(id)) : dsvFormat(sep).parse(lire(id)));

/** Fingerprint of every input and of the code that transforms them. */
function empreinte(): string {
	const h = createHash('sha256');
	for (const id of Object.keys(manifeste.fichiers).sort()) h.update(readFileSync(cheminSource(id)));
	const decoupage = dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
	h.update(readFileSync(join(decoupage, 'package.json')));
	const code = [
		...readdirSync(join(RACINE, 'scripts/geodata')).map((f) => join('scripts/geodata', f)),
		'geodata/manifest.json',
		'src/lib/zonages/couches.ts',
		'src/lib/zonages/apl.ts',
		'src/lib/carte/tuiles.ts',
		'src/lib/commune/table.ts',
		'src/lib/chiffres/departements.ts'
	].sort();
	for (const f of code) h.update(readFileSync(join(RACINE, f)));
	return h.digest('hex');
}

function communesDeBase(): {
	base: CommuneBase[];
	departements: Map<string, string>;
	chefsLieux: Set<string>;
	region: { code: string; nom: string };
	anciensCodes: Record<string, string>;
} {
	const communes: {
		code: string;
		nom: string;
		type: string;
		region?: string;
		departement: string;
		population?: number;
		codesPostaux?: string[];
		anciensCodes?: string[];
	}[] = require('@etalab/decoupage-administratif/data/communes.json');
	const epcis: { code: string; nom: string; membres: { code: string }[] }[] = require('@etalab/decoupage-administratif/data/epci.json');
	const deps: { code: string; nom: string; region: string; chefLieu: string }[] = require('@etalab/decoupage-administratif/data/departements.json');
	const regions: { code: string; nom: string }[] = require('@etalab/decoupage-administratif/data/regions.json');
	const epciDe = new Map<string, { siren: string; nom: string }>();
	for (const e of epcis) for (const m of e.membres) epciDe.set(m.code, { siren: e.code, nom: e.nom });
	const base = communes
		.filter((c) => c.type === 'commune-actuelle' && c.region === REGION)
		.map((c) => ({
			code: c.code,
			nom: c.nom,
			departement: c.departement,
			population: c.population ?? 0,
			codesPostaux: [...(c.codesPostaux ?? [])].sort(),
			epci: epciDe.get(c.code) ?? null
		}))
		.sort((a, b) => a.code.localeCompare(b.code));
	const occitanie = deps.filter((d) => d.region === REGION);
	const departements = new Map(occitanie.map((d) => [d.code, d.nom]));
	const chefsLieux = new Set(occitanie.map((d) => d.chefLieu));
	// Former codes → today's commune, so that a draft zoning keyed on an older COG can be imported.
	const anciensCodes: Record<string, string> = {};
	for (const c of communes.filter((x) => x.type === 'commune-actuelle' && x.region === REGION).sort((a, b) => a.code.localeCompare(b.code))) {
		for (const a of [...(c.anciensCodes ?? [])].sort()) {
			if (a in anciensCodes) throw new ErreurDonnees(`Ancien code ${a} rattaché à deux communes : ${anciensCodes[a]} et ${c.code}`);
			anciensCodes[a] = c.code;
		}
	}
	return { base, departements, chefsLieux, region: { code: REGION, nom: regions.find((r) => r.code === REGION)!.nom }, anciensCodes };
}

function ecrire(nom: string, donnees: unknown, tailles: [string, number, number][]): void {
	const texte = JSON.stringify(donnees);
	writeFileSync(join(SORTIE, nom), texte);
	tailles.push([nom, Buffer.byteLength(texte), gzipSync(texte, { level: 9 }).length]);
}

function construire(): void {
	const debut = performance.now();
	const { base, departements, chefsLieux, region, anciensCodes } = communesDeBase();
	const sources = {
		zonageMedecins: lireCsv('zonage-medecins'),
		zonageDentistes: lireCsv('zonage-dentistes'),
		zonageProfessions: lireCsv('zonage-professions', ';'),
		massif: lireCsv('massif'),
		zoneMontagne: lireCsv('zone-montagne'),
		qpv: lireCsv('qpv'),
		zrr: lireCsv('zrr'),
		frr: lireCsv('frr'),
		apl: lireCsv('apl')
	};
	const orphelins = codesOrphelins(base, sources);
	if (orphelins.length) throw new ErreurDonnees(`Codes INSEE inconnus du COG 2026 : ${orphelins.slice(0, 20).join(', ')}`);
	const communes = joindre(base, sources);
	const chiffres = chiffresDepartements(lireCsv('barometre-sante'), lireCsv('insee-departements'), departements, region);

	// Communes: ~12 % of the points keep every commune recognisable from region to commune zoom.
	const src = JSON.parse(lire('communes')) as Topology;
	src.objects = { communes: objetsCommunes(src) };
	const topo = simplifier(src, 0.12, 2e4);
	const ids = (topo.objects.communes as GeometryCollection).geometries.map((g) => String(g.id));
	const erreurs = valider(communes, ids, NB_COMMUNES);
	for (const code of communesSansSurface(topo)) erreurs.push(`Commune sans surface après simplification : ${code}`);
	if (erreurs.length) throw new ErreurDonnees(`Validation échouée (${erreurs.length}) :\n  ${erreurs.slice(0, 30).join('\n  ')}`);

	const massifDe = new Map(communes.map((c) => [c.code, c.zonages.massif]));
	fusionner(topo, 'departements', (code) => code.slice(0, 2), (dep, f) => ({
		nom: departements.get(dep),
		etiquette: pointEtiquette(f)
	}));
	fusionner(topo, 'massifs', (code) => (massifDe.get(code) === 'hors-massif' ? null : massifDe.get(code)!), () => ({}));

	const occitanie = new Set(departements.keys());
	const depsMetro = JSON.parse(lire('contexte-departements')) as FeatureCollection;
	const voisins: FeatureCollection = {
		type: 'FeatureCollection',
		features: depsMetro.features
			.filter((f) => !occitanie.has(String(f.properties!.insee_dep)))
			.map((f) => ({ ...f, id: String(f.properties!.insee_dep), properties: { nom: f.properties!.lib_dep } }))
	};
	const pays = JSON.parse(lire('contexte-pays')) as FeatureCollection;
	pays.features = pays.features.map((f) => ({ ...f, properties: { nom: f.properties?.name ?? f.properties?.NAME ?? '' } }));
	const contexte = topologieDe({ pays, departements: voisins }, 0.05, 5e3);

	const qpvSrc = JSON.parse(lire('qpv2015-contours')) as FeatureCollection;
	qpvSrc.features = qpvSrc.features.map((f) => ({
		...f,
		id: f.properties!.code_qp,
		properties: { code: f.properties!.code_qp, nom: f.properties!.nom_qp, commune: f.properties!.nom_commune }
	}));
	const qpv2015 = topologieDe({ qpv2015: qpvSrc }, 0.5, 1e5);

	const comptes = compter(communes);
	const sourcesUi = {
		couches: COUCHES.map((c) => ({
			id: c.id,
			source: c.source,
			date: c.date,
			disponible: c.disponible,
			couverture: communes.length - comptes[c.id]['non-disponible'] || 0,
			raison: manifeste.couchesSansFichier[c.id] ?? null,
			...(c.id === 'apl' && { intervalles: quintilesApl2023(communes.map((x) => x.apl)) })
		})),
		communes: {
			source: 'Contours : IGN ADMIN EXPRESS COG 2018 (via gregoiredavid/france-geojson), dissous en COG 2026 ; noms, codes postaux, population municipale et EPCI : @etalab/decoupage-administratif (INSEE COG 2026, La Poste, DGCL)',
			date: 'COG 2026',
			nombre: communes.length
		},
		qpv2015: { source: 'Contours QPV 2015 (data.gouv.fr, via ToulouseDataViz/Hackaviz2021)', date: 'liste 2015 (en vigueur jusqu’en 2023)' },
		contexte: { source: 'Natural Earth 1:10m (pays) ; ADMIN EXPRESS COG 2025 via ANCT (départements voisins)', date: '2025' }
	};

	rmSync(SORTIE, { recursive: true, force: true });
	mkdirSync(SORTIE, { recursive: true });
	const tailles: [string, number, number][] = [];
	// The topology stays a build output (downloads, tests, benchmark); the map reads the tiles.
	ecrire('communes.topo.json', topo, tailles);
	const objet = (nom: string) => feature(topo, topo.objects[nom] as GeometryCollection) as FeatureCollection;
	const parCode = new Map(communes.map((c) => [c.code, c]));
	const fcCommunes = objet('communes');
	const emprises: Record<string, number[]> = {};
	for (const f of fcCommunes.features) {
		const c = parCode.get(String(f.id))!;
		emprises[c.code] = bbox(f).map((v) => Math.round(v * 1e3) / 1e3);
		// Layers without data are left out of the tiles: every commune would carry the same value.
		const zonages = Object.fromEntries(COUCHES.filter((x) => x.disponible).map((x) => [x.id, c.zonages[x.id]]));
		f.properties = { code: c.code, ...zonages };
	}
	const fcDeps = objet('departements');
	const lieux = lieuxNommes(fcCommunes, communes, chefsLieux);
	const tuiles = ecrireTuiles(
		{ communes: fcCommunes, departements: fcDeps, massifs: objet('massifs'), lieux },
		bbox(fcCommunes) as [number, number, number, number],
		join(SORTIE, 'tuiles')
	);
	ecrire(
		'departements.json',
		fcDeps.features.map((f: Feature<Geometry>) => ({ code: String(f.id), nom: f.properties!.nom, etiquette: f.properties!.etiquette })),
		tailles
	);
	ecrire('emprises.json', emprises, tailles);
	ecrire('proximite.json', proximite(topo, lieux), tailles);
	ecrire('communes.json', encoderTable(communes), tailles);
	ecrire('contexte.topo.json', contexte, tailles);
	ecrire('qpv2015.topo.json', qpv2015, tailles);
	ecrire('sources.json', sourcesUi, tailles);
	ecrire('departements-chiffres.json', chiffres, tailles);
	ecrire('anciens-codes.json', anciensCodes, tailles);

	console.log(`Géodonnées : ${communes.length} communes, construites en ${Math.round(performance.now() - debut)} ms depuis ${SOURCES}`);
	const largeur = Math.max(...COUCHES.map((c) => c.id.length));
	for (const couche of COUCHES) {
		const parts = Object.entries(comptes[couche.id]).map(([v, n]) => `${v} ${n}`);
		console.log(`  ${couche.id.padEnd(largeur)} ${parts.join(' · ')}`);
	}
	const msp = chiffres.region.barometre.msp;
	console.log(
		`  ${'chiffres'.padEnd(largeur)} ${chiffres.departements.length} départements, ${chiffres.region.nom} et France ; MSP au ${msp.date} : ${msp.valeur} (somme des départements vérifiée)`
	);
	const ko = (n: number) => `${(n / 1024).toFixed(1)} Ko`;
	for (const [nom, brut, gz] of tailles) console.log(`  ${nom.padEnd(26)} ${ko(brut).padStart(10)} brut ${ko(gz).padStart(9)} gzip`);
	const pv = tuiles.premiereVue;
	console.log(
		`  ${'tuiles/'.padEnd(26)} ${ko(tuiles.brut).padStart(10)} brut ${ko(tuiles.gzip).padStart(9)} gzip (${tuiles.tuiles} tuiles ; vue régionale, zoom ${pv.zoom} : ${pv.tuiles} tuiles, ${ko(pv.gzip)} gzip)`
	);
	tailles.push(['tuiles/', tuiles.brut, tuiles.gzip]);
	const [b, g] = tailles.reduce(([b, g], [, x, y]) => [b + x, g + y], [0, 0]);
	console.log(`  ${'total'.padEnd(26)} ${ko(b).padStart(10)} brut ${ko(g).padStart(9)} gzip`);
}

function main(): void {
	const force = process.argv.includes('--force');
	// Kept out of static/ so that it is not published (nor cached by the service worker).
	const fichierEmpreinte = join(RACINE, '.cache/geodata.empreinte');
	const e = empreinte();
	const aJour = existsSync(fichierEmpreinte) && readFileSync(fichierEmpreinte, 'utf8') === e;
	if (!force && aJour && existsSync(join(SORTIE, 'communes.json'))) {
		console.log('Géodonnées à jour (static/data), rien à reconstruire.');
		return;
	}
	construire();
	mkdirSync(dirname(fichierEmpreinte), { recursive: true });
	writeFileSync(fichierEmpreinte, e);
}

try {
	main();
} catch (err) {
	if (err instanceof ErreurDonnees) {
		console.error(`Erreur géodonnées : ${err.message}`);
		process.exit(1);
	}
	throw err;
}
