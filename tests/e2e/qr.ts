/** Reads a QR code back from a picture (a screenshot or a rendered PDF page), as a phone would. */
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

export function lireQr(png: Buffer): string | null {
	const image = PNG.sync.read(png);
	const code = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
	return code?.data ?? null;
}
