/** The aid facts the sums read, for one profile: its aids' fiches, non-cumuls limited to what it sees. */
import { PROFIL_PAR_ID, ficheAide } from '../aides/catalogue';
import type { ProfilId } from '../aides/types';
import type { FicheChiffrable } from './communes';

const parProfil = new Map<ProfilId, readonly FicheChiffrable[]>();

export function fichesChiffrables(profil: ProfilId): readonly FicheChiffrable[] {
	let fiches = parProfil.get(profil);
	if (!fiches) {
		const aides = PROFIL_PAR_ID.get(profil)!.aides;
		fiches = aides.map((id) => {
			const { titre, montant, montantTexte, versements, collective, incompatibleAvec } = ficheAide(id, profil);
			return { id, titre, montant, montantTexte, versements, collective, incompatibleAvec: incompatibleAvec.filter((a) => aides.includes(a)) };
		});
		parProfil.set(profil, fiches);
	}
	return fiches;
}
