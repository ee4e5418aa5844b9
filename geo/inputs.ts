// What geo/out is built from: geo's code, tests and package, and its sources. `buildGeo` writes their sums beside
// its output (out/inputs.sha256), so the root's tests and CI (build/geo/changed.ts) can tell, without geo's
// toolchain, whether geo/ changed since geo/out was built. Node built-ins only: the root imports this file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEO_DIR = path.dirname(fileURLToPath(import.meta.url));
export const STAMP = path.join(GEO_DIR, 'out', 'inputs.sha256');
const PACKAGE_FILES = ['package.json', 'package-lock.json', '.npmrc', 'tsconfig.json'];

/** `sha256sum` lines (`<hex>  <path under geo/>`) sorted by path: `cd geo && sha256sum -c out/inputs.sha256` checks them. */
export function inputSums(srcDir = path.join(GEO_DIR, 'sources')): string {
  const files = [
    ...fs
      .readdirSync(GEO_DIR)
      .filter((f) => f.endsWith('.ts') || PACKAGE_FILES.includes(f))
      .map((f) => [f, path.join(GEO_DIR, f)] as const),
    ...fs
      .readdirSync(srcDir)
      .filter((f) => f.endsWith('.geojson'))
      .map((f) => [`sources/${f}`, path.join(srcDir, f)] as const),
  ].sort(([a], [b]) => (a < b ? -1 : 1));
  return files
    .map(([name, file]) => `${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}  ${name}\n`)
    .join('');
}

/** The inputs whose sums differ from the stamp's, or that only one side lists; [] when geo/out is up to date. */
export function changedInputs(
  stamp = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8') : '',
  sums = inputSums(),
): string[] {
  const parse = (text: string) =>
    new Map(
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(66), line.slice(0, 64)]),
    );
  const [then, now] = [parse(stamp), parse(sums)];
  return [...new Set([...then.keys(), ...now.keys()])].filter((f) => then.get(f) !== now.get(f)).sort();
}
