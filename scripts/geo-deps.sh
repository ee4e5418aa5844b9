#!/usr/bin/env bash
# Installs geo/'s geometry toolchain (mapshaper, turf), which the app does not need, when it is missing or older
# than geo/package-lock.json. Install scripts are skipped: mapshaper's optional GeoPackage support would compile
# better-sqlite3, which nothing here uses.
set -euo pipefail
cd "$(dirname "$0")/../geo"
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then exit 0; fi
npm ci --ignore-scripts --no-audit --no-fund
