/** The sums in words: the headline of the panel, the print sheet, the presentation and the CLI. */
import { formatEuros } from '../texte/format';
import { ANNEES, formatIntervalle, type Bilan, type HorsTotal, type LigneMontant } from './bilan';

export { formatIntervalle } from './bilan';

/** « jusqu’à 65 000 € sur 5 ans, dont 50 000 € sûrs » (the map's tooltip; `lieu` after the years), or why there is no figure. */
export function texteMontants(b: Bilan, lieu = ''): string {
	if (b.total.max === 0) return b.horsTotal.length ? `aucun montant chiffrable sur ${ANNEES} ans${lieu}` : `aucune aide chiffrée ouverte${lieu}`;
	const jusqua = `jusqu’à ${formatEuros(b.total.max)} sur ${ANNEES} ans${lieu}`;
	return b.surs.max === 0 ? `${jusqua}, à préciser` : `${jusqua}, dont ${formatEuros(b.surs.max)} sûrs`;
}

/** The panel's headline: « Jusqu’à 65 000 € sur 5 ans ici, dont 50 000 € sûrs », or why there is no figure. */
export function titreBilan(b: Bilan): string {
	const texte = texteMontants(b, ' ici');
	const phrase = texte.charAt(0).toUpperCase() + texte.slice(1);
	if (b.total.max > 0) return phrase;
	return b.horsTotal.length ? `${phrase} : voir les aides ci-dessous.` : `${phrase}.`;
}

/** Year `i` (0 for the first) of the contract: « 1re année », « 2e année »… */
export function libelleAnnee(i: number): string {
	return `${i + 1}${i ? 'e' : 're'} année`;
}

/** An aid paid to a structure: its five-year total when it adds up (« 50 000 € sur 5 ans »), else its amount as the text says it. */
export function montantCollective(c: LigneMontant | HorsTotal): string | null {
	return 'total' in c ? `${formatIntervalle(c.total)} sur ${ANNEES} ans` : c.montant;
}
