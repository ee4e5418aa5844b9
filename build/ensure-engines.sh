#!/usr/bin/env bash
# Installs Debian's browsers and drivers for `npm run test:engines` (tests/engines/) when one is absent: Chromium,
# Firefox ESR, WebKitGTK's WebDriver with its MiniBrowser, and Xvfb for the two that need a display. Root or sudo.
set -euo pipefail
need=()
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need+=(webkit2gtk-driver)
command -v Xvfb > /dev/null || need+=(xvfb)
if [ ${#need[@]} = 0 ]; then exit 0; fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update
# With their recommended packages: the checks were run with them, never without.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"
