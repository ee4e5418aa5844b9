import { existsSync } from 'node:fs';

// Ports of the servers the end-to-end tests start, each of its own so that a run never tests whatever else
// listens on a common port (Vite's 4173 and 5173). E2E_PORT moves all three; E2E_DEV_PORT and E2E_HOST_PORT set the
// dev server's and the host page's alone.
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4391);
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? PREVIEW_PORT + 1);

export const PREVIEW_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
export const DEV_ORIGIN = `http://127.0.0.1:${DEV_PORT}`;
/** A news site's page on an origin of its own, embedding the explainer (tests/e2e/host-server.ts). */
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PREVIEW_PORT + 2);
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;

/** Debian's nginx (build/ensure-nginx.sh installs it), or E2E_NGINX. */
export const NGINX = process.env.E2E_NGINX ?? '/usr/sbin/nginx';
/**
 * What serves the build on PREVIEW_ORIGIN: nginx with the config a newsroom deploys (tests/e2e/nginx-server.ts) where
 * it is installed, else Vite's preview server; E2E_SERVER=vite chooses the latter.
 */
export const BUILD_SERVER: 'nginx' | 'vite preview' =
  process.env.E2E_SERVER !== 'vite' && existsSync(NGINX) ? 'nginx' : 'vite preview';
/** ngx_brotli's static module as Debian packages it (libnginx-mod-http-brotli-static): nginx sends .br files with it. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const NGINX_BROTLI = BUILD_SERVER === 'nginx' && existsSync(BROTLI_MODULE);
