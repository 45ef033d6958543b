import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { genererQr, qrVectoriel } from '../../src/lib/partage/qr';
import { estAdresseLocale, urlDeVue } from '../../src/lib/partage/adresse';
import { dateImpression } from '../../src/lib/impression/date';

/** Draws the code's modules, 4 pixels each with the 4-module quiet zone, and reads it back. */
function relire(texte: string): string | null {
	const code = genererQr(texte);
	const echelle = 4;
	const cote = (code.size + 8) * echelle;
	const pixels = new Uint8ClampedArray(cote * cote * 4).fill(255);
	for (let y = 0; y < cote; y++)
		for (let x = 0; x < cote; x++) {
			if (!code.get(Math.floor(x / echelle) - 4, Math.floor(y / echelle) - 4)) continue;
			const i = (y * cote + x) * 4;
			pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
		}
	return jsQR(pixels, cote, cote)?.data ?? null;
}

describe('QR code d’une vue', () => {
	it('redonne l’adresse complète, réponses comprises ; une adresse accentuée est encodée d’abord', () => {
		const url = 'https://exemple.fr/aides/?commune=82112&couche=zonage-dentistes&profil=medecin-liberal&r.age=61&r.beneficiaire-caim=non';
		expect(relire(url)).toBe(url);
		// Addresses reach the QR code through URL, which percent-encodes: the code stays plain ASCII.
		const accentuee = urlDeVue('https://exemple.fr/', '?q=Pézenas');
		expect(accentuee).toBe('https://exemple.fr/?q=P%C3%A9zenas');
		expect(relire(accentuee)).toBe(accentuee);
	});

	it('donne un chemin SVG aux dimensions du code', () => {
		const { taille, chemin } = qrVectoriel('https://exemple.fr/');
		expect(taille).toBe(genererQr('https://exemple.fr/').size);
		expect(taille % 4).toBe(1); // 17 + 4 × version
		expect(chemin).toMatch(/^M[\d ]+L/);
	});

	it('l’adresse d’une vue remplace la requête et retire l’ancre', () => {
		expect(urlDeVue('http://h:1/base/?commune=1#x', '?commune=48095&profil=medecin-liberal')).toBe('http://h:1/base/?commune=48095&profil=medecin-liberal');
		expect(urlDeVue('http://h:1/base/?commune=1', '')).toBe('http://h:1/base/');
	});

	it('reconnaît une adresse que seul cet ordinateur peut ouvrir', () => {
		expect(estAdresseLocale('http://127.0.0.1:4173/?commune=1')).toBe(true);
		expect(estAdresseLocale('http://localhost:5173/')).toBe(true);
		expect(estAdresseLocale('http://[::1]:5173/')).toBe(true);
		expect(estAdresseLocale('https://aides.exemple.fr/')).toBe(false);
		expect(estAdresseLocale('http://192.168.1.20:4173/')).toBe(false);
	});
});

describe('date d’impression', () => {
	it('en français, à la minute', () => {
		expect(dateImpression(new Date(2026, 2, 5, 9, 7))).toBe('Imprimé le 5 mars 2026 à 09:07');
	});
});
