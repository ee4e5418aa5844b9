/** Writes deploy/nginx/ from build/deploy/headers.ts: run `npx tsx build/deploy/write-nginx.ts` after changing those. */
import { writeFileSync } from 'node:fs';
import { nginxFiles } from './headers.ts';

for (const [path, text] of Object.entries(nginxFiles())) writeFileSync(path, text);
