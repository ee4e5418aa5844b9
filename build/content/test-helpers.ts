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

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF records), to check that what is written reads back. */
export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted && c === '"' && s[i + 1] === '"') {
      field += '"';
      i += 2;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\r')) field += c;
    else {
      row.push(field);
      field = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    }
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
