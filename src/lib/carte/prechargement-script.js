/**
 * The inline script of the map page's HTML (src/hooks.server.ts), kept apart in plain JS so that
 * svelte.config.js can allow it by its hash in the page's Content-Security-Policy. While the head is
 * parsed, it adds the preloads of one of two <template>s: a shared link to a commune gets the
 * communes' table and the rules engine first (its panel needs no map), any other view MapLibre and its
 * worker (routes/+page.svelte makes the same choice).
 */
export const ID_PRECHARGEMENT_CARTE = 'prechargement-carte';
export const ID_PRECHARGEMENT_FICHE = 'prechargement-fiche';

export const SCRIPT_PRECHARGEMENT = `(function () { var t = document.getElementById(new URLSearchParams(location.search).has('commune') ? '${ID_PRECHARGEMENT_FICHE}' : '${ID_PRECHARGEMENT_CARTE}'); if (t) document.head.appendChild(t.content.cloneNode(true)); })();`;
