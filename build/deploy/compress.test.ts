import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressible, MIN_BYTES, precompressed } from './compress.ts';

describe('precompressed copies', () => {
  it('are made of text files from 1 KB, not of smaller ones nor of images', () => {
    expect(compressible('assets/main-b4SLtLh1.js', MIN_BYTES)).toBe(true);
    expect(compressible('assets/overview.topo-DOnAjZs4.json', 30_000)).toBe(true);
    expect(compressible('data/islands.geojson', 2_000_000)).toBe(true);
    expect(compressible('site.webmanifest', 2000)).toBe(true);
    expect(compressible('assets/register-CrwIpVu0.js', MIN_BYTES - 1)).toBe(false);
    expect(compressible('icon.png', 50_000)).toBe(false);
  });

  it('decode to the file’s bytes, and are smaller', async () => {
    const bytes = new TextEncoder().encode('{"type":"Feature","geometry":null},'.repeat(200));
    const copies = await precompressed(bytes);
    expect(copies.map(([suffix]) => suffix)).toEqual(['.gz', '.br']);
    const [[, gz], [, br]] = copies as [[string, Buffer], [string, Buffer]];
    expect(new Uint8Array(gunzipSync(gz))).toEqual(bytes);
    expect(new Uint8Array(brotliDecompressSync(br))).toEqual(bytes);
    expect(gz.length).toBeLessThan(bytes.length);
    expect(br.length).toBeLessThan(bytes.length);
  });
});
