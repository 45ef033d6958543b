/**
 * The naive baseline served at /baseline/: what a typical project does — the full source polygons
 * as one raw GeoJSON, attributes inline in every feature, loaded into a MapLibre GeoJSON source.
 * Opened with ?commune=<code> (a shared link), it shows that commune's attributes in a panel as soon as
 * its source is loaded, read from the map as such a page does (querySourceFeatures), and marks
 * 'panneau-commune'. Built in memory at bench start; nothing is written into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { decoderTable } from '../../src/lib/commune/table';
import { COUCHE_PAR_ID } from '../../src/lib/zonages/couches';
import { BORNES_OCCITANIE } from '../../src/lib/carte/style';
import type { Fichier } from './serveur';

const GEOJSON_SOURCE = 'communes/communes_occitanie_cog2026_dissolved_from_cog2018.geojson';

/** Same sources folder as the geodata build (scripts/geodata/build.ts). */
function dossierSources(racine: string): string {
	return resolve(racine, process.env.GEODATA_SOURCES ?? '../shared/geodata/sources');
}

export function fichiersReference(racine: string): Map<string, Fichier> {
	const communes = decoderTable(JSON.parse(readFileSync(join(racine, 'build/data/communes.json'), 'utf8')));
	const parCode = new Map(communes.map((c) => [c.code, c]));
	const chemin = join(dossierSources(racine), GEOJSON_SOURCE);
	if (!existsSync(chemin)) throw new Error(`GeoJSON source de la référence naïve introuvable : ${chemin} (dossier à changer avec GEODATA_SOURCES).`);
	const source = JSON.parse(readFileSync(chemin, 'utf8')) as FeatureCollection;
	for (const f of source.features) {
		const c = parCode.get(String(f.properties?.code));
		if (!c) throw new Error(`Référence naïve : commune ${f.properties?.code} absente de communes.json.`);
		f.properties = { code: c.code, nom: c.nom, population: c.population, ...c.zonages };
	}

	const medecins = COUCHE_PAR_ID['zonage-medecins'].valeurs;
	const remplissage = ['match', ['get', 'zonage-medecins'], ...medecins.flatMap((v) => [v.id, v.couleur]), '#d9d9d9'];
	const style = {
		version: 8,
		sources: { communes: { type: 'geojson', data: '/baseline/communes.geojson' } },
		layers: [
			{ id: 'fond', type: 'background', paint: { 'background-color': '#c9dde9' } },
			{ id: 'communes', type: 'fill', source: 'communes', paint: { 'fill-color': remplissage, 'fill-outline-color': '#ffffff' } }
		]
	};
	// setWorkerUrl before the map: maplibre-gl 6 is ESM-only and cannot guess its worker's URL.
	const html = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Référence naïve — communes d'Occitanie en GeoJSON brut</title>
<link rel="stylesheet" href="/baseline/maplibre-gl.css">
<style>html, body, #carte { margin: 0; height: 100%; } #panneau { position: absolute; left: 0; right: 0; bottom: 0; max-height: 50%; overflow: auto; background: #fff; padding: 0 1rem; }</style>
</head>
<body>
<div id="carte"></div>
<aside id="panneau" hidden></aside>
<script type="module">
import { Map, setWorkerUrl } from '/baseline/maplibre-gl.mjs';
setWorkerUrl('/baseline/maplibre-gl-worker.mjs');
performance.mark('carte-debut');
const carte = new Map({ container: 'carte', style: ${JSON.stringify(style)}, bounds: ${JSON.stringify(BORNES_OCCITANIE)}, fitBoundsOptions: { padding: 16 }, attributionControl: false });
window.__carte = carte;
carte.on('error', (e) => console.error('Erreur de la carte : ' + (e.error?.message ?? 'inconnue')));
const commune = new URLSearchParams(location.search).get('commune');
carte.on('sourcedata', function charge(e) {
	if (e.sourceId !== 'communes' || !e.isSourceLoaded) return;
	carte.off('sourcedata', charge);
	if (commune) afficher(commune);
	carte.once('idle', () => performance.mark('carte-idle'));
});
function afficher(code) {
	const [f] = carte.querySourceFeatures('communes', { filter: ['==', ['get', 'code'], code] });
	const panneau = document.getElementById('panneau');
	const titre = document.createElement('h2');
	titre.textContent = f ? f.properties.nom : 'Commune introuvable';
	const liste = document.createElement('dl');
	for (const [cle, valeur] of Object.entries(f ? f.properties : {})) {
		const dt = document.createElement('dt');
		dt.textContent = cle;
		const dd = document.createElement('dd');
		dd.textContent = valeur;
		liste.append(dt, dd);
	}
	panneau.replaceChildren(titre, liste);
	panneau.dataset.code = code;
	panneau.hidden = false;
	performance.mark('panneau-commune');
}
</script>
</body>
</html>
`;
	const dist = join(racine, 'node_modules/maplibre-gl/dist');
	const js = 'text/javascript; charset=utf-8';
	return new Map([
		['/baseline/index.html', { type: 'text/html; charset=utf-8', contenu: Buffer.from(html) }],
		['/baseline/communes.geojson', { type: 'application/geo+json', contenu: Buffer.from(JSON.stringify(source)) }],
		['/baseline/maplibre-gl.mjs', { type: js, contenu: readFileSync(join(dist, 'maplibre-gl.mjs')) }],
		['/baseline/maplibre-gl-worker.mjs', { type: js, contenu: readFileSync(join(dist, 'maplibre-gl-worker.mjs')) }],
		['/baseline/maplibre-gl.css', { type: 'text/css; charset=utf-8', contenu: readFileSync(join(dist, 'maplibre-gl.css')) }]
	]);
}
