/**
 * `tsx build/geo/changed.ts`: exits 0 when geo/ is to be tested (`npm run test:geo`, as .ci/run does), 1 when not.
 * Tested when its inputs differ from geo/out/inputs.sha256 (changed without `npm run geo`), when that stamp differs
 * from the one at the base revision (GEO_BASE, default HEAD~1: changed and rebuilt), or when there is no base stamp
 * to compare with (no git history, a shallow clone): in doubt, test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { changedInputs, GEO_DIR, STAMP } from '../../geo/inputs.ts';

function why(): string | null {
  const changed = changedInputs();
  if (changed.length) return `changed since geo/out was built: ${changed.join(', ')}`;
  const base = process.env.GEO_BASE || 'HEAD~1';
  const git = spawnSync('git', ['show', `${base}:geo/out/inputs.sha256`], { cwd: GEO_DIR, encoding: 'utf8' });
  if (git.status !== 0) return `no geo/out/inputs.sha256 at ${base} to compare with`;
  return git.stdout === readFileSync(STAMP, 'utf8') ? null : `changed since ${base}`;
}

let reason: string | null;
try {
  reason = why();
} catch (error) {
  reason = `cannot tell (${(error as Error).message})`;
}
console.log(reason ? `geo/: ${reason}: test it` : 'geo/: unchanged, not tested');
process.exit(reason ? 0 : 1);
