/**
 * The rule files, in display order: who asks (profil), the commune's data, the zones the brochures
 * name, then one file per aid — students, installation, maintenance, coordinated practice — as in
 * the brochures. Each aid file holds its conditions, reasons, amounts, commitments and page.
 */
import type { FichierRegles } from '../modele';
import profil from './profil.publicodes';
import commune from './commune.publicodes';
import zones from './zones.publicodes';
import cesp from './cesp.publicodes';
import forfaitTransport from './forfait-transport.publicodes';
import forfaitHebergement from './forfait-hebergement.publicodes';
import cder from './cder.publicodes';
import indemniteDocteurJunior from './indemnite-docteur-junior.publicodes';
import coscomMsu from './coscom-msu.publicodes';
import aideIpa from './aide-ipa.publicodes';
import caim from './caim.publicodes';
import aidePrimoInstallation from './aide-primo-installation.publicodes';
import aideCabinetSecondaire from './aide-cabinet-secondaire.publicodes';
import majorationFmt from './majoration-fmt.publicodes';
import contratArsTerritoires from './contrat-ars-territoires.publicodes';
import caicd from './caicd.publicodes';
import caicd2023 from './caicd-2023.publicodes';
import conventionnementRegule from './conventionnement-regule.publicodes';
import contrat400mgExercicePartage from './contrat-400mg-exercice-partage.publicodes';
import contrat400mgAmbulatoire from './contrat-400mg-ambulatoire.publicodes';
import contratsConventionnels from './contrats-conventionnels.publicodes';
import exonerationFrr from './exoneration-frr.publicodes';
import exonerationZrr from './exoneration-zrr.publicodes';
import cde from './cde.publicodes';
import coscom from './coscom.publicodes';
import cotram from './cotram.publicodes';
import cstm from './cstm.publicodes';
import solidariteTerritoriale from './solidarite-territoriale.publicodes';
import exonerationPdsa from './exoneration-pdsa.publicodes';
import camcd from './camcd.publicodes';
import camcd2023 from './camcd-2023.publicodes';
import aideEsp from './aide-esp.publicodes';
import aideMsp from './aide-msp.publicodes';
import aciMsp from './aci-msp.publicodes';
import aideCds from './aide-cds.publicodes';
import aciCds from './aci-cds.publicodes';
import contratsDemographiquesCds from './contrats-demographiques-cds.publicodes';
import aideCpts from './aide-cpts.publicodes';
import aciCpts from './aci-cpts.publicodes';
import formationCoordonnateurs from './formation-coordonnateurs.publicodes';

export const FICHIERS_REGLES: readonly FichierRegles[] = [
	{ fichier: 'profil.publicodes', regles: profil },
	{ fichier: 'commune.publicodes', regles: commune },
	{ fichier: 'zones.publicodes', regles: zones },
	{ fichier: 'cesp.publicodes', regles: cesp },
	{ fichier: 'forfait-transport.publicodes', regles: forfaitTransport },
	{ fichier: 'forfait-hebergement.publicodes', regles: forfaitHebergement },
	{ fichier: 'cder.publicodes', regles: cder },
	{ fichier: 'indemnite-docteur-junior.publicodes', regles: indemniteDocteurJunior },
	{ fichier: 'coscom-msu.publicodes', regles: coscomMsu },
	{ fichier: 'aide-ipa.publicodes', regles: aideIpa },
	{ fichier: 'caim.publicodes', regles: caim },
	{ fichier: 'aide-primo-installation.publicodes', regles: aidePrimoInstallation },
	{ fichier: 'aide-cabinet-secondaire.publicodes', regles: aideCabinetSecondaire },
	{ fichier: 'majoration-fmt.publicodes', regles: majorationFmt },
	{ fichier: 'contrat-ars-territoires.publicodes', regles: contratArsTerritoires },
	{ fichier: 'caicd.publicodes', regles: caicd },
	{ fichier: 'caicd-2023.publicodes', regles: caicd2023 },
	{ fichier: 'conventionnement-regule.publicodes', regles: conventionnementRegule },
	{ fichier: 'contrat-400mg-exercice-partage.publicodes', regles: contrat400mgExercicePartage },
	{ fichier: 'contrat-400mg-ambulatoire.publicodes', regles: contrat400mgAmbulatoire },
	{ fichier: 'contrats-conventionnels.publicodes', regles: contratsConventionnels },
	{ fichier: 'exoneration-frr.publicodes', regles: exonerationFrr },
	{ fichier: 'exoneration-zrr.publicodes', regles: exonerationZrr },
	{ fichier: 'cde.publicodes', regles: cde },
	{ fichier: 'coscom.publicodes', regles: coscom },
	{ fichier: 'cotram.publicodes', regles: cotram },
	{ fichier: 'cstm.publicodes', regles: cstm },
	{ fichier: 'solidarite-territoriale.publicodes', regles: solidariteTerritoriale },
	{ fichier: 'exoneration-pdsa.publicodes', regles: exonerationPdsa },
	{ fichier: 'camcd.publicodes', regles: camcd },
	{ fichier: 'camcd-2023.publicodes', regles: camcd2023 },
	{ fichier: 'aide-esp.publicodes', regles: aideEsp },
	{ fichier: 'aide-msp.publicodes', regles: aideMsp },
	{ fichier: 'aci-msp.publicodes', regles: aciMsp },
	{ fichier: 'aide-cds.publicodes', regles: aideCds },
	{ fichier: 'aci-cds.publicodes', regles: aciCds },
	{ fichier: 'contrats-demographiques-cds.publicodes', regles: contratsDemographiquesCds },
	{ fichier: 'aide-cpts.publicodes', regles: aideCpts },
	{ fichier: 'aci-cpts.publicodes', regles: aciCpts },
	{ fichier: 'formation-coordonnateurs.publicodes', regles: formationCoordonnateurs }
];
