import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filtrerGroupes, groupes, type DateChiffre, type Mesure } from '../../src/lib/chiffres/donnees';

// The brochures' text sits beside the repository (../shared/seeds), wherever it is checked out.
const racine = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dossierSeeds = resolve(racine, process.env.SEEDS_DIR ?? '../shared/seeds');

const normaliser = (texte: string) => texte.replace(/\s+/g, ' ').trim();

/** The key-figures block opens each brochure and ends where the zoning map starts. */
function blocChiffresCles(fichier: string): string {
	const texte = readFileSync(resolve(dossierSeeds, fichier), 'utf8');
	return normaliser(texte.slice(0, texte.indexOf('Zonage')));
}

const BLOCS: Record<DateChiffre, string> = {
	'01/01/2024': blocChiffresCles('000_0750eaca64f720c4.txt'),
	'30/06/2023': blocChiffresCles('002_17ea2c539c9f6873.txt')
};

const mesures = groupes.flatMap((g) => g.series.flatMap((s) => s.mesures.map((m) => ({ serie: s.id, ...m }))));

function mesure(serie: string, date: DateChiffre): Mesure {
	const trouvee = mesures.find((m) => m.serie === serie && m.date === date);
	if (!trouvee) throw new Error(`${serie} au ${date} absente`);
	return trouvee;
}

/** [série, date, clé, nombre, phrase de la brochure qui le porte] */
const ATTENDUS: [string, DateChiffre, string, number, string][] = [
	['cesp', '01/01/2024', 'total', 627, '627 Contrats d’Engagement de Service Public (CESP)'],
	['cesp', '01/01/2024', 'medecins', 491, '491 Med'],
	['cesp', '01/01/2024', 'dentistes', 136, '136 CD'],
	['cesp', '30/06/2023', 'total', 560, '560 Contrats d’engagement de service public (CESP)'],
	['cesp', '30/06/2023', 'medecins', 440, '440 Médecins'],
	['cesp', '30/06/2023', 'dentistes', 120, '120 Chirurgiens Dentistes'],
	['ipa', '01/01/2024', 'total', 172, '172 IPA formés'],
	['ipa', '01/01/2024', 'financement-ars', 95, 'dont 95 avec financement ARS'],
	['caim', '01/01/2024', 'total', 193, '193 Contrat Aide à l’Installation des Médecins (CAIM)'],
	['cde', '01/01/2024', 'total', 266, '266 Contrat Début d’Exercice ARS médecins'],
	['cde', '01/01/2024', 'cde', 93, '(93 CDE,'],
	['cde', '01/01/2024', 'ptmg', 153, '153 PTMG'],
	['cde', '01/01/2024', 'ptma', 20, '20 PTMA)'],
	['contrats-ars-territoires', '01/01/2024', 'total', 158, '158 (dont 30 dentistes) Contrat ARS médecins et dentistes'],
	['contrats-ars-territoires', '01/01/2024', 'dentistes', 30, '(dont 30 dentistes)'],
	['contrats-ars-territoires', '30/06/2023', 'dentistes', 22, '22 Contrat ARS dentistes Massif'],
	['caicd', '30/06/2023', 'total', 7, '7 Contrat Aide à l’Installation des Dentistes (CAICD)'],
	['400-mg', '01/01/2024', 'total', 64, '64 Contrat ARS médecins « 400 MG »'],
	['coscom-cotram-cstm', '01/01/2024', 'total', 307, '307 Contrats médecins'],
	['coscom-cotram-cstm', '01/01/2024', 'coscom', 274, 'dont 274 COSCOM'],
	['coscom-cotram-cstm', '01/01/2024', 'cotram', 18, '18 COTRAM'],
	['coscom-cotram-cstm', '01/01/2024', 'cstm', 15, '15 CSTM'],
	['contrats-autres-professions', '01/01/2024', 'total', 233, '233 Contrats dont'],
	['contrats-autres-professions', '01/01/2024', 'kines', 99, '99 Kinés'],
	['contrats-autres-professions', '01/01/2024', 'orthophonistes', 66, '66 Orthophonistes'],
	['contrats-autres-professions', '01/01/2024', 'sages-femmes', 37, '37 Sages-femmes'],
	['contrats-autres-professions', '01/01/2024', 'dentistes', 17, '17 Dentistes'],
	['contrats-autres-professions', '01/01/2024', 'infirmiers', 1, '1 Infirmier'],
	['contrats-autres-professions', '01/01/2024', 'cds', 13, '(+ 13 CDS)'],
	['camcd', '30/06/2023', 'total', 10, '10 Contrats CAMCD avec les Dentistes'],
	['esp', '01/01/2024', 'total', 38, '38 Equipes de Soins Primaires (ESP)'],
	['esp', '30/06/2023', 'total', 41, '41 Equipes de Soins Primaires (ESP)'],
	['msp', '01/01/2024', 'total', 329, '329 Maisons de santé pluri-professionnelles (MSP) avec projet de santé validé'],
	['msp', '01/01/2024', 'aci', 261, 'dont 261 ayant signé l’ACI'],
	['msp', '30/06/2023', 'total', 314, '314 Maisons de santé pluri-professionnelles (MSP) avec projet de santé validé'],
	['msp', '30/06/2023', 'aci', 243, 'dont 243 ayant signé l’ACI'],
	['centres-sante', '01/01/2024', 'total', 255, '255 Centres de Santé en fonctionnement'],
	['centres-sante', '01/01/2024', 'pluriprofessionnels', 60, 'dont 60 Pluriprofessionnels'],
	['centres-sante', '01/01/2024', 'medicaux', 46, '46 médicaux'],
	['centres-sante', '30/06/2023', 'total', 253, '253 Centres de Santé en fonctionnement'],
	['centres-sante', '30/06/2023', 'pluriprofessionnels', 59, 'dont 59 Pluriprofessionnels'],
	['centres-sante', '30/06/2023', 'medicaux', 43, '43 médicaux'],
	['cpts', '01/01/2024', 'total', 82, '82 Communautés professionnelles territoriales de Santé (CPTS)'],
	['cpts', '01/01/2024', 'aci', 52, 'dont 52 ayant signé l’ACI'],
	['cpts', '30/06/2023', 'total', 81, '81 Communautés professionnelles territoriales de Santé (CPTS)'],
	['cpts', '30/06/2023', 'aci', 43, 'dont 43 ayant signé l’ACI'],
	['dac', '01/01/2024', 'total', 13, '13 DAC pour le parcours de santé'],
	['dac', '30/06/2023', 'total', 13, '13 DAC pour le parcours de santé']
];

describe('chiffres clés : valeurs de la brochure', () => {
	it.each(ATTENDUS)('%s au %s, %s = %i (« %s »)', (serie, date, cle, nombre, phrase) => {
		expect(phrase).toMatch(new RegExp(`(^|\\D)${nombre}(\\D|$)`));
		expect(BLOCS[date]).toContain(phrase);
		const m = mesure(serie, date);
		const valeur = [m.total, ...m.parts].find((v) => v.cle === cle);
		expect(valeur?.valeur).toBe(nombre);
	});

	it('ne contient aucune valeur hors du tableau de référence', () => {
		const valeurs = mesures.flatMap((m) => [m.total, ...m.parts].map((v) => `${m.serie}|${m.date}|${v.cle}`));
		expect(valeurs.sort()).toEqual(ATTENDUS.map(([s, d, c]) => `${s}|${d}|${c}`).sort());
	});

	it('couvre chaque nombre imprimé dans les blocs chiffres clés', () => {
		// Printed numbers that are not key figures: dates, cycles, department codes, names.
		const horsChiffres = new Set([
			'01/01/2024', '30/06/23', '2012', '2', '3', '2018', '2017', '2013', '2021', '2023',
			'2024', '2019', '2022', '09', '32', '65', '400', '#4'
		]);
		for (const date of Object.keys(BLOCS) as DateChiffre[]) {
			const imprimes = (BLOCS[date].match(/#?\d+(\/\d+)*/g) ?? []).filter((n) => !horsChiffres.has(n));
			const modelises = mesures
				.filter((m) => m.date === date)
				.flatMap((m) => [m.total, ...m.parts].map((v) => String(v.valeur)));
			expect(imprimes.sort()).toEqual(modelises.sort());
		}
	});

	it.each(mesures.map((m) => [m.serie, m.date, m] as const))(
		'%s au %s : phrase et note imprimées dans la brochure',
		(_serie, date, m) => {
			expect(BLOCS[date]).toContain(m.texte);
			if (m.note) expect(BLOCS[date]).toContain(m.note);
		}
	);

	it('source : page et brochure selon la date', () => {
		for (const m of mesures) {
			expect(m.source).toEqual(
				m.date === '01/01/2024'
					? { document: 'médecins 27/12/2023', page: '#3' }
					: { document: 'chirurgiens-dentistes 30/06/2023', page: '#3' }
			);
		}
	});

	it('note des CDE : contrats plus proposés depuis janvier 2024', () => {
		expect(mesure('cde', '01/01/2024').note).toContain('Ces contrats ne sont plus proposés depuis janvier 2024.');
	});
});

describe('chiffres clés : sommes des « dont »', () => {
	const somme = (m: Mesure) => m.parts.reduce((s, p) => s + p.valeur, 0);

	it.each(mesures.filter((m) => m.parts.length > 0).map((m) => [m.serie, m.date, m] as const))(
		'%s au %s : parts cohérentes avec le total',
		(_serie, _date, m) => {
			if (m.ventilation === 'complete') expect(somme(m)).toBe(m.total.valeur);
			else expect(somme(m)).toBeLessThanOrEqual(m.total.valeur);
		}
	);

	it('CESP : 627 = 491 + 136 et 560 = 440 + 120', () => {
		expect(somme(mesure('cesp', '01/01/2024'))).toBe(627);
		expect(somme(mesure('cesp', '30/06/2023'))).toBe(560);
	});

	it('autres professions : 99 + 66 + 37 + 17 + 1 = 220, plus 13 CDS = 233', () => {
		const m = mesure('contrats-autres-professions', '01/01/2024');
		const dont = m.parts.filter((p) => !p.enSus);
		expect(dont.reduce((s, p) => s + p.valeur, 0)).toBe(220);
		expect(m.parts.filter((p) => p.enSus).map((p) => p.valeur)).toEqual([13]);
		expect(somme(m)).toBe(233);
	});

	it('COSCOM / COTRAM / CSTM : 274 + 18 + 15 = 307 ; CDE : 93 + 153 + 20 = 266', () => {
		expect(somme(mesure('coscom-cotram-cstm', '01/01/2024'))).toBe(307);
		expect(somme(mesure('cde', '01/01/2024'))).toBe(266);
	});
});

describe('filtrerGroupes', () => {
	const dates = (filtre: 'medecins' | 'dentistes' | 'tous') =>
		new Set(filtrerGroupes(filtre).flatMap((g) => g.series.flatMap((s) => s.mesures.map((m) => m.date))));

	it('garde tout par défaut', () => {
		expect(filtrerGroupes('tous')).toBe(groupes);
	});

	it('ne garde que la brochure demandée et retire les séries vides', () => {
		expect(dates('medecins')).toEqual(new Set(['01/01/2024']));
		expect(dates('dentistes')).toEqual(new Set(['30/06/2023']));
		const series = filtrerGroupes('dentistes').flatMap((g) => g.series.map((s) => s.id));
		expect(series).toEqual([
			'cesp', 'contrats-ars-territoires', 'caicd', 'camcd', 'esp', 'msp', 'centres-sante', 'cpts', 'dac'
		]);
		expect(filtrerGroupes('dentistes').map((g) => g.id)).not.toContain('medecins-salaries');
	});
});
