/** .publicodes files are YAML turned into JS modules at build time (scripts/publicodes/yaml.mjs). */
declare module '*.publicodes' {
	const regles: Record<string, import('../modele').RegleEcrite>;
	export default regles;
}
