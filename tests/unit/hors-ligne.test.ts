import { describe, expect, it } from 'vitest';
import { aMettreEnCache } from '../../src/lib/hors-ligne/cache';

describe('cache hors ligne', () => {
	it('garde les fichiers que l’application charge', () => {
		for (const f of ['/data/communes.json', '/data/sources.json', '/data/departements-chiffres.json', '/data/qpv2015.topo.json', '/data/tuiles/10/511/370.pbf'])
			expect(aMettreEnCache(f), f).toBe(true);
		expect(aMettreEnCache('/favicon.svg')).toBe(true);
		expect(aMettreEnCache('/icones/icone-192.png')).toBe(true);
		expect(aMettreEnCache('/manifest.webmanifest')).toBe(true);
	});

	it('laisse de côté ce que seuls les tests et le banc lisent', () => {
		expect(aMettreEnCache('/data/communes.topo.json')).toBe(false);
		expect(aMettreEnCache('/data/inconnu.json')).toBe(false);
	});

	it('tient compte du chemin de base du site', () => {
		expect(aMettreEnCache('/aides/data/communes.json', '/aides')).toBe(true);
		expect(aMettreEnCache('/aides/data/communes.topo.json', '/aides')).toBe(false);
	});
});
