#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests when it is absent. Browser downloads by npm packages do not
# work on this project's machines, so the tests drive the distribution's build (see playwright.config.ts).
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update
$sudo apt-get install -y chromium
