/**
 * Serves dist/ on PREVIEW_ORIGIN as a newsroom would: Debian's nginx with the shipped config (deploy/nginx/), and
 * with brotli where ngx_brotli's static module is installed. A top-level nginx.conf of its own, in a folder under the
 * system's temp folder that also holds the pid, the logs and nginx's temp files, includes the shipped block with the
 * port and root filled in. nginx runs in the foreground, so Playwright (playwright.config.ts) stops it; as root
 * (CI) its workers stay root, to read a checkout that only root may.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BROTLI_MODULE, NGINX, NGINX_BROTLI, PREVIEW_ORIGIN, PREVIEW_PORT } from './servers.ts';

// One folder per port, emptied at each start: a run that was killed leaves nothing that piles up.
const dir = join(tmpdir(), `kurils-nginx-${PREVIEW_PORT}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);

const shipped = (name: string) => resolve('deploy/nginx', name);
const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
  (kind) => `${kind}_temp_path ${join(dir, kind)};`,
);
const conf = [
  ...(process.getuid?.() === 0 ? ['user root;'] : []),
  ...(NGINX_BROTLI ? [`load_module ${BROTLI_MODULE};`] : []),
  'worker_processes 1;',
  `pid ${join(dir, 'nginx.pid')};`,
  'error_log stderr warn;',
  'events {}',
  'http {',
  `    access_log ${join(dir, 'access.log')};`,
  // The tests ask for missing files on purpose: not an error to print.
  '    log_not_found off;',
  ...temp.map((line) => `    ${line}`),
  '    server {',
  `        listen 127.0.0.1:${PREVIEW_PORT};`,
  `        root ${resolve('dist')};`,
  `        include ${shipped('kurils.conf')};`,
  ...(NGINX_BROTLI ? [`        include ${shipped('kurils-brotli.conf')};`] : []),
  '    }',
  '}',
  '',
].join('\n');
writeFileSync(join(dir, 'nginx.conf'), conf);

// On stderr: Playwright shows a web server's stderr, not its stdout.
console.error(
  `${PREVIEW_ORIGIN}: dist/ served by ${NGINX} with deploy/nginx/kurils.conf${NGINX_BROTLI ? ' and kurils-brotli.conf' : ' (no brotli: ngx_brotli is not installed)'}, ${join(dir, 'nginx.conf')}`,
);
const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], {
  stdio: 'inherit',
});
nginx.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
