#!/usr/bin/env bash
# Install the front-end libraries that claimmap inlines into its offline maps and reports
# (Leaflet, from the npm registry). Versions are pinned by scripts/assets/package-lock.json;
# files land in .assets/ (git-ignored; CLAIMMAP_ASSETS overrides), so no third-party code is
# committed and no page ever needs a CDN. plotly.js comes from the plotly wheel instead.
# Idempotent and fast: does nothing when the installed lock file equals the committed one.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/scripts/assets"
dest="${CLAIMMAP_ASSETS:-$root/.assets}"

if [[ -f "$dest/node_modules/leaflet/dist/leaflet.js" ]] \
    && cmp -s "$src/package-lock.json" "$dest/package-lock.json"; then
    echo "install_assets: up to date in $dest"
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "install_assets: npm not found; install Node.js and npm (Debian: apt-get install nodejs npm)" >&2
    exit 1
fi
mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$dest/"
npm ci --prefix "$dest" --ignore-scripts --no-audit --no-fund --loglevel=error
echo "install_assets: installed $(cd "$dest" && ls node_modules | tr '\n' ' ')into $dest"
