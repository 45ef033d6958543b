#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own download is not reachable here).
# Installs it when missing and we may (root with apt-get); otherwise says how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
	echo "Chromium absent : installation du paquet Debian chromium…" >&2
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	exit 0
fi
echo "Chromium introuvable ($CHROMIUM) : installez-le (sudo apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH." >&2
exit 1
