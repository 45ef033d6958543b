/**
 * Work a view needs soon but not in its first frame — what lies below the fold or in a collapsed group,
 * the address bar, the print sheet —, done once the frame that shows a click's result is painted, so
 * that it does not delay it.
 */

/** Runs `f` in a task after the next frame is painted; returns what cancels it. */
export function apresPeinture(f: () => void): () => void {
	let minuterie: ReturnType<typeof setTimeout> | undefined;
	const image = requestAnimationFrame(() => (minuterie = setTimeout(f)));
	return () => {
		cancelAnimationFrame(image);
		clearTimeout(minuterie);
	};
}

/**
 * A value that follows `lire()` one painted frame later (to be created while a component initialises).
 * What reads it is created or updated after the frame that shows the rest.
 */
export class Differe<T> {
	valeur = $state.raw<T>() as T;

	constructor(lire: () => T, initiale: T) {
		this.valeur = initiale;
		$effect(() => {
			const v = lire();
			return apresPeinture(() => (this.valeur = v));
		});
	}
}
