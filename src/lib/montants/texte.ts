/** The sums in words: the headline of the panel, the print sheet, the presentation and the CLI. */
import { formatEuros } from '../texte/format';
import { ANNEES, formatIntervalle, type Bilan, type HorsTotal, type LigneMontant } from './bilan';

export { formatIntervalle } from './bilan';

/** « Jusqu’à 65 000 € sur 5 ans ici, dont 50 000 € sûrs », or why there is no figure. */
export function titreBilan(b: Bilan): string {
	if (b.total.max === 0) return b.horsTotal.length ? `Aucun montant chiffrable sur ${ANNEES} ans ici : voir les aides ci-dessous.` : `Aucune aide chiffrée ouverte ici.`;
	const jusqua = `Jusqu’à ${formatEuros(b.total.max)} sur ${ANNEES} ans ici`;
	return b.surs.max === 0 ? `${jusqua}, à préciser` : `${jusqua}, dont ${formatEuros(b.surs.max)} sûrs`;
}

/** Year `i` (0 for the first) of the contract: « 1re année », « 2e année »… */
export function libelleAnnee(i: number): string {
	return `${i + 1}${i ? 'e' : 're'} année`;
}

/** An aid paid to a structure: its five-year total when it adds up (« 50 000 € sur 5 ans »), else its amount as the text says it. */
export function montantCollective(c: LigneMontant | HorsTotal): string | null {
	return 'total' in c ? `${formatIntervalle(c.total)} sur ${ANNEES} ans` : c.montant;
}
