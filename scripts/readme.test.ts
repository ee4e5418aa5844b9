import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };

// What the README promises, held to what the code does.
describe('README', () => {
  it('documents the Content Security Policy the build ships and the test server sends', () => {
    expect(readme).toContain(`    ${CONTENT_SECURITY_POLICY}\n`);
  });

  it('names the Node versions package.json accepts and the one .nvmrc pins', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
    expect(readme).toContain('Node.js 20.19 or later (20.x) or 22.12 or later');
    expect(readme).toContain(`tested on Node ${readFileSync('.nvmrc', 'utf8').trim()}`);
  });

  it('lists every folder of src/lib/ in its layout table', () => {
    const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('## MapLibre version'));
    const folders = readdirSync('src/lib', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const folder of folders) expect(layout, folder).toContain(`\`${folder}/\``);
  });
});
