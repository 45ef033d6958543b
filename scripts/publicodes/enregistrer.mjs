/** `tsx --import ./scripts/publicodes/enregistrer.mjs …`: registers the .publicodes loader. */
import { register } from 'node:module';

register('./chargeur.mjs', import.meta.url);
