import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { childMessages } from '../src/lib/embed/messages.ts';
import { EMBED_ATTRIBUTE, iframeSnippet, MIRROR_ATTRIBUTE, SANDBOX } from '../src/lib/embed/snippet.ts';
import { EVENTS_CSV_HEADER } from './content/exports.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const readme = read('README.md');
const embedding = read('docs/embedding.md');
const data = read('docs/data.md');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };

// What the README and docs/ promise, held to what the code does.
describe('README', () => {
  it('documents the Content Security Policy the build ships and the test server sends', () => {
    expect(readme).toContain(`    ${CONTENT_SECURITY_POLICY}\n`);
  });

  it('names the Node versions package.json accepts and the one .nvmrc pins', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
    expect(readme).toContain('Node.js 20.19 or later (20.x) or 22.12 or later');
    expect(readme).toContain(`tested on Node ${read('.nvmrc').trim()}`);
  });

  it('shows every folder of src/, src/lib/ and build/ in its layout tree', () => {
    const layout = readme.slice(readme.indexOf('## Layout'));
    const section = layout.slice(0, layout.indexOf('\n## '));
    const tree = section.slice(section.indexOf('```'), section.lastIndexOf('```'));
    for (const parent of ['src', 'src/lib', 'build']) {
      const folders = readdirSync(parent, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
      expect(folders.length).toBeGreaterThan(3);
      for (const folder of folders)
        expect(tree, `${parent}/${folder}`).toMatch(new RegExp(`(^|\\s)${folder}/(\\s|$)`, 'm'));
    }
  });
});

describe('docs/embedding.md', () => {
  it('shows the snippet the Share / Embed dialog writes, and the messages and attributes the code uses', () => {
    const snippet = iframeSnippet({
      app: 'https://example.org/kurils/',
      view: { island: 'shikotan', year: 1956 },
      options: { theme: 'auto', timeControl: true, height: null },
    });
    for (const line of snippet.split('\n')) expect(embedding).toContain(`    ${line}\n`);
    const [amp, pym, own] = childMessages('height', 1, '', 'x') as [
      object,
      string,
      { source: string; version: number },
    ];
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 1 });
    expect(pym).toBe('pymxPYMxxxPYMxheightxPYMx1');
    expect(embedding).toContain(`{source: '${own.source}', version: ${own.version}, type: 'height'`);
    for (const s of [EMBED_ATTRIBUTE, MIRROR_ATTRIBUTE, SANDBOX]) expect(embedding).toContain(s);
  });
});

describe('docs/data.md', () => {
  it('lists the columns of events.csv as the export writes them', () => {
    const listed = /\*\*`events\.csv`\*\*[^]*?Columns: ([^]*?)\.\n/.exec(data)![1]!.replace(/`/g, '').split(/,\s*/);
    expect(listed).toEqual([...EVENTS_CSV_HEADER]);
  });
});

/** GitHub's anchor for a heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

describe('links between the README and docs/', () => {
  const files = ['README.md', ...readdirSync('docs').map((name) => `docs/${name}`)];
  it.each(files)('%s links only to files and headings that exist', (file) => {
    for (const [, target] of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, hash] = target!.split('#');
      const linked = path ? join(dirname(file), path) : file;
      expect(existsSync(linked), `${file}: ${target}`).toBe(true);
      if (hash) {
        const headings = [...read(linked).matchAll(/^#+ (.+)$/gm)].map((match) => anchor(match[1]!));
        expect(headings, `${file}: ${target}`).toContain(hash);
      }
    }
  });
});
