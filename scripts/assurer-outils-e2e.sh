#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own download is not reachable here) and
# read printed sheets with poppler-utils (pdfinfo, pdftotext, pdftoppm). Installs what is missing
# when we may (root with apt-get); otherwise says how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
paquets=()
[ -x "$CHROMIUM" ] || paquets+=(chromium)
for outil in pdfinfo pdftotext pdftoppm; do
	if ! command -v "$outil" >/dev/null; then
		paquets+=(poppler-utils)
		break
	fi
done
[ ${#paquets[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
	echo "Absents : installation des paquets Debian ${paquets[*]}…" >&2
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${paquets[@]}" >/dev/null
	exit 0
fi
echo "Outils des tests navigateur introuvables : installez-les (sudo apt-get install ${paquets[*]})$([ -x "$CHROMIUM" ] || echo " ou indiquez le chemin de Chromium dans CHROMIUM_PATH")." >&2
exit 1
