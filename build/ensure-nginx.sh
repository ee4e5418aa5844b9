#!/usr/bin/env bash
# Installs Debian's nginx and ngx_brotli's static module when absent: the end-to-end tests serve the build with them
# and the config a newsroom deploys (deploy/nginx/, tests/e2e/nginx-server.ts). Without nginx the tests fall back to
# vite preview and skip tests/e2e/headers.spec.ts.
set -euo pipefail
nginx="${E2E_NGINX:-/usr/sbin/nginx}"
if [ -x "$nginx" ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx libnginx-mod-http-brotli-static
