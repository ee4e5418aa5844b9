/**
 * The precompressed copies of the build's text files, made once at build time so that a server never compresses per
 * request: nginx's gzip_static sends `file.gz`, ngx_brotli's brotli_static `file.br`, to browsers that accept them.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ENCODINGS, extension } from './headers.ts';

/** Text formats; images and fonts are compressed already. */
export const COMPRESSIBLE: ReadonlySet<string> = new Set([
  'html',
  'js',
  'mjs',
  'css',
  'json',
  'geojson',
  'svg',
  'webmanifest',
  'csv',
  'txt',
]);

/** Below this a response fits one packet with its headers either way: a copy would save no round trip. */
export const MIN_BYTES = 1024;

export const compressible = (path: string, size: number): boolean =>
  COMPRESSIBLE.has(extension(path)) && size >= MIN_BYTES;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** A file's precompressed copies, as [suffix, bytes]: the most each format compresses, as time at build is free. */
export async function precompressed(bytes: Uint8Array): Promise<[string, Buffer][]> {
  const [gz, br] = await Promise.all([
    gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  return [
    [ENCODINGS.gzip, gz],
    [ENCODINGS.br, br],
  ];
}
