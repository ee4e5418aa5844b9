/** Test helpers: a writable copy of the fixture content in a temporary folder. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface FixtureRoot {
  root: string;
  /** Replaces `from` (which must occur) by `to` in a file under the root. */
  edit(file: string, from: string, to: string): void;
  write(file: string, text: string): void;
  remove(): void;
}

/** Copies fixtures/<name>/ (a repository root with content/) to a temporary folder. */
export function fixtureRoot(name = 'valid'): FixtureRoot {
  const root = mkdtempSync(join(tmpdir(), 'content-test-'));
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return {
    root,
    edit(file, from, to) {
      const p = join(root, file);
      const s = readFileSync(p, 'utf8');
      if (!s.includes(from)) throw new Error(`${file} does not contain ${from}`);
      writeFileSync(p, s.replace(from, to));
    },
    write(file, text) {
      writeFileSync(join(root, file), text);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
