#!/usr/bin/env bash
# `npm run check`: types (svelte-check, and the offline worker's own tsconfig), lint (ESLint) and formatting
# (Prettier), the three side by side: each takes one core for 5–13 s, and two cores finish them in the time of the
# longest. Every one runs to its end; the check fails if any failed, and each one's output is printed whole.
set -uo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
(npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings && npx tsc -p src/sw) > "$dir/types" 2>&1 &
types=$!
npx eslint . > "$dir/lint" 2>&1 &
lint=$!
npx prettier --check . > "$dir/format" 2>&1 &
format=$!
status=0
for part in types lint format; do
  wait "${!part}" || status=1
  echo "── $part"
  cat "$dir/$part"
done
exit $status
