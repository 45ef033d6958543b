import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type Engine from 'publicodes';
import { decoderTable } from '../../src/lib/commune/table';
import type { Commune } from '../../src/lib/commune/types';
import { communeTest } from './fixtures';
import { classeDate, creerMoteur, evaluerAides, situationPublicodes, statutsAides, statutsCommunes, viderMemo } from '../../src/lib/aides/evaluer';
import { FENETRES, PROFIL_PAR_ID, QUESTION_PAR_REGLE, ficheAide } from '../../src/lib/aides/catalogue';
import { IDS_PROFILS, type ProfilId, type Reponses, type Statut } from '../../src/lib/aides/types';

/**
 * The memo's shortcuts against the plain way: a fresh situation set on an engine of its own and each
 * aid's rule evaluated by name, for every profile and every distinct commune signature of the real table.
 * Shortcuts checked: the situation given only its changes, rules evaluated from their parsed nodes, the
 * date read by its class, an adhesion window decided from its dates around its rule's memoised status.
 */
const RACINE = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TABLE = join(RACINE, 'static/data/communes.json');

/** The dates the rules compare with, the day before and the day after each, and the brochures' dates. */
function datesCritiques(): string[] {
	const jours = new Set(['2023-06-30', '2023-12-27', '2026-12-02']);
	const decaler = (iso: string, n: number) => {
		const d = new Date(`${iso}T00:00:00Z`);
		d.setUTCDate(d.getUTCDate() + n);
		return d.toISOString().slice(0, 10);
	};
	for (const f of FENETRES.values()) for (const b of [f.ouverture, f.fermeture]) if (b) for (const n of [-1, 0, 1]) jours.add(decaler(b, n));
	// The two rules that read the date themselves (exonération ZRR, conventionnement régulé).
	for (const b of ['2024-06-30', '2025-01-01']) for (const n of [-1, 0, 1]) jours.add(decaler(b, n));
	return [...jours].sort();
}

const STATUT = (n: { nodeValue: unknown; missingVariables?: Record<string, unknown> }): Statut => {
	const manquantes = Object.keys(n.missingVariables ?? {});
	return n.nodeValue === true ? 'eligible' : n.nodeValue === false || manquantes.length === 0 ? 'non-eligible' : 'a-preciser';
};

describe.runIf(existsSync(TABLE))('mémo des aides : mêmes statuts que le moteur sans raccourci', () => {
	const communes: Commune[] = decoderTable(JSON.parse(readFileSync(TABLE, 'utf8')));
	const reference = creerMoteur();

	/** One commune per distinct situation a profile's rules see. */
	function representants(profil: ProfilId, reponses: Reponses, date: string): Commune[] {
		const vus = new Map<string, Commune>();
		for (const c of communes) {
			const cle = JSON.stringify(situationPublicodes(c, profil, reponses, date));
			if (!vus.has(cle)) vus.set(cle, c);
		}
		return [...vus.values()];
	}

	/**
	 * `parNom`: the rule evaluated by its name (publicodes parses the name each time, slow); otherwise from its
	 * parsed node, as the memo does (the same result, checked by the situations' test).
	 */
	function verifier(profil: ProfilId, reponses: Reponses, dates: string[], parNom = false) {
		for (const date of dates) {
			for (const c of representants(profil, reponses, date)) {
				reference.setSituation(situationPublicodes(c, profil, reponses, date) as Parameters<Engine['setSituation']>[0]);
				const statuts = statutsAides(c, profil, reponses, date);
				const resultats = evaluerAides(c, profil, reponses, date);
				for (const id of PROFIL_PAR_ID.get(profil)!.aides) {
					const f = ficheAide(id, profil);
					if (f.information) continue;
					const n = parNom ? reference.evaluate(f.regle) : reference.evaluateNode(reference.getRule(f.regle));
					const attendu = STATUT(n);
					const ou = `${profil} ${id} ${c.code} ${date} ${JSON.stringify(reponses)}`;
					expect(statuts.get(id), ou).toBe(attendu);
					const r = resultats.find((x) => x.id === id)!;
					expect(r.statut, ou).toBe(attendu);
					const questions = attendu === 'a-preciser' ? Object.keys(n.missingVariables ?? {}).flatMap((v) => QUESTION_PAR_REGLE.get(v)?.cle ?? []) : [];
					expect(r.questions.map((q) => q.cle).sort(), ou).toEqual(questions.sort());
				}
			}
		}
	}

	it('chaque profil, sans réponse, à trois dates', { timeout: 300_000 }, () => {
		viderMemo();
		for (const profil of IDS_PROFILS) verifier(profil, {}, ['2023-12-27', '2026-12-02']);
	});

	it('de part et d’autre de chaque date des règles', { timeout: 300_000 }, () => {
		// Memo kept from one date to the next: verdicts reused across a class and windows across dates. Each
		// date with the profile its aids' windows concern most, médecins and chirurgiens-dentistes in turn.
		datesCritiques().forEach((date, i) => verifier(i % 2 ? 'chirurgien-dentiste-liberal' : 'medecin-liberal', {}, [date]));
	});

	it('médecin libéral, chaque situation, avant et après la fermeture des contrats', { timeout: 300_000 }, () => {
		for (const situation of ['installation', 'exercice', 'transition', 'renfort']) verifier('medecin-liberal', { situation }, ['2025-12-31', '2026-01-01'], true);
	});

	it('les statuts de toute la table sont ceux de chaque commune', { timeout: 300_000 }, () => {
		const tous = statutsCommunes(communes, 'medecin-liberal', { situation: 'installation' }, '2024-07-01');
		expect([...tous.keys()]).toEqual(communes.map((c) => c.code));
		viderMemo();
		for (const c of communes.filter((_, i) => i % 97 === 0)) expect(statutsAides(c, 'medecin-liberal', { situation: 'installation' }, '2024-07-01'), c.code).toEqual(tous.get(c.code));
	});
});

describe('classe d’une date', () => {
	it('sépare deux dates qu’une règle distingue, réunit celles qu’aucune ne distingue', () => {
		expect(classeDate('2025-12-31')).not.toBe(classeDate('2026-01-01'));
		expect(classeDate('2025-12-30')).not.toBe(classeDate('2025-12-31'));
		expect(classeDate('2023-06-30')).toBe(classeDate('2023-12-27'));
		expect(classeDate('2026-01-15')).toBe(classeDate('2026-06-01'));
	});

	it('une même classe donne les mêmes résultats, explications comprises, à froid comme depuis le mémo', () => {
		const c = communeTest({ departement: '48', zonages: { 'zonage-medecins': 'ZIP' } });
		viderMemo();
		const froid = evaluerAides(c, 'medecin-liberal', { situation: 'installation' }, '2026-06-01');
		evaluerAides(c, 'medecin-liberal', { situation: 'installation' }, '2026-01-15');
		const memo = evaluerAides(c, 'medecin-liberal', { situation: 'installation' }, '2026-06-01');
		expect(memo).toBe(froid);
		viderMemo();
		evaluerAides(c, 'medecin-liberal', { situation: 'installation' }, '2026-01-15');
		const depuisAutreJour = evaluerAides(c, 'medecin-liberal', { situation: 'installation' }, '2026-06-01');
		expect(depuisAutreJour).toEqual(froid);
	});
});
