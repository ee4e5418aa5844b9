#!/usr/bin/env bash
# Installs the package of a folder of its own (geo/: the geometry toolchain; bench/: Lighthouse), which the app does
# not need, when it is missing or older than the folder's package-lock.json. Install scripts are skipped: neither
# needs one, and mapshaper's optional GeoPackage support would compile better-sqlite3, which nothing here uses.
set -euo pipefail
cd "$(dirname "$0")/../$1"
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then exit 0; fi
npm ci --ignore-scripts --no-audit --no-fund
