import { afterEach, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { contentPlugin } from './vite-plugin.ts';
import { fixtureRoot, type FixtureRoot } from './test-helpers.ts';

let fx: FixtureRoot | null = null;
afterEach(() => {
  fx?.remove();
  fx = null;
});

interface OutputItem {
  fileName: string;
  type: 'chunk' | 'asset';
  code?: string;
  source?: string | Uint8Array;
}

async function buildFixture(root: string): Promise<OutputItem[]> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [contentPlugin()],
    build: { write: false, target: 'es2022' },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => ('output' in o ? (o.output as OutputItem[]) : []));
}

function app(f: FixtureRoot): void {
  f.write('index.html', '<!doctype html><script type="module" src="/main.js"></script>\n');
  f.write('main.js', "import('virtual:content').then((m) => { document.title = String(m.default.events.length); });\n");
}

describe('contentPlugin', () => {
  it('builds virtual:content into its own chunk and emits the data exports', async () => {
    fx = fixtureRoot();
    app(fx);
    const out = await buildFixture(fx.root);
    const names = out.map((o) => o.fileName);
    expect(names).toEqual(expect.arrayContaining(['data/events.json', 'data/articles.json', 'data/events.csv']));
    const chunk = out.find((o) => o.type === 'chunk' && o.code?.includes('1956-joint-declaration'));
    expect(chunk).toBeDefined();
    expect(chunk!.fileName).not.toMatch(/^assets\/index-/);
    const events = JSON.parse(String(out.find((o) => o.fileName === 'data/events.json')!.source)) as { id: string }[];
    expect(events[0]!.id).toBe('1855-shimoda');
  }, 60_000);

  it('fails the build on a mistyped excerpt with the file, line and closest passage', async () => {
    fx = fixtureRoot();
    app(fx);
    fx.edit('content/events/1956-joint-declaration.yaml', 'Moscow and Tokyo signed', 'Moscow and Tokio signed');
    const err = await buildFixture(fx.root).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err).not.toBeNull();
    expect(err!.message).toContain(
      'content/events/1956-joint-declaration.yaml:19: excerpt not found in article axar-2015-10-08-talks: ' +
        '"On October 19, 1956, Moscow and Tokio signed a declaration stopping the state of war."\n' +
        '  closest passage: "On October 19, 1956, Moscow and Tokyo signed a declaration stopping the state of war."',
    );
  }, 60_000);

  it('fails the build even when nothing imports virtual:content', async () => {
    fx = fixtureRoot();
    fx.write('index.html', '<!doctype html><script type="module" src="/main.js"></script>\n');
    fx.write('main.js', 'document.title = "x";\n');
    fx.edit('content/islands/iturup.yaml', 'id: iturup', 'id: etorofu');
    const err = await buildFixture(fx.root).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toContain('content/islands/iturup.yaml:1: `id`: unknown island id "etorofu"');
  }, 60_000);
});
