/**
 * Writes what a host serves beside the build (docs/deploying.md): a gzip and a brotli copy of each text file worth
 * compressing (build/deploy/compress.ts), and the `_headers` file of Netlify and Cloudflare Pages
 * (build/deploy/headers.ts). Fails on a file of a type the headers do not name: nginx would send it as
 * application/octet-stream, which `nosniff` then keeps a browser from using. Run last by `npm run build`, after every
 * step that writes a file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compressible, precompressed } from './deploy/compress.ts';
import { contentType, ENCODINGS, headersFile } from './deploy/headers.ts';

const OUT = 'dist';
const HEADERS = '_headers';
/** Cloudflare Pages reads at most this many rules of a `_headers` file. */
const MAX_RULES = 100;

const written = [HEADERS, ...Object.values(ENCODINGS)];
const files = readdirSync(OUT, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(OUT, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .filter((path) => !written.some((name) => path.endsWith(name)))
  .sort();

const untyped = files.filter((path) => contentType(path) === undefined);
if (untyped.length > 0)
  throw new Error(`no Content-Type for ${untyped.join(', ')}: add the extension to build/deploy/headers.ts`);

/** Bytes by suffix: '' the originals', else their copies'. */
const sizes = new Map<string, number>();
const add = (suffix: string, bytes: number) => sizes.set(suffix, (sizes.get(suffix) ?? 0) + bytes);
const compressed = files.filter((path) => compressible(path, statSync(join(OUT, path)).size));
await Promise.all(
  compressed.map(async (path) => {
    const bytes = readFileSync(join(OUT, path));
    add('', bytes.length);
    for (const [suffix, copy] of await precompressed(bytes)) {
      writeFileSync(join(OUT, path + suffix), copy);
      add(suffix, copy.length);
    }
  }),
);

const headers = headersFile(files);
const rules = headers.split('\n').filter((line) => line.startsWith('/')).length;
if (rules > MAX_RULES) throw new Error(`${OUT}/${HEADERS} has ${rules} rules, over Cloudflare Pages' ${MAX_RULES}`);
writeFileSync(join(OUT, HEADERS), headers);

const kb = (suffix: string) => `${((sizes.get(suffix) ?? 0) / 1024).toFixed(0)} KB`;
console.log(
  `${OUT}/: ${compressed.length} files precompressed, ${kb('')} to ${kb(ENCODINGS.gzip)} gzip, ${kb(ENCODINGS.br)} brotli; ${HEADERS} with ${rules} rules`,
);
