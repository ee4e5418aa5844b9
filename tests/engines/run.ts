/**
 * `npm run test:engines`: the checks of ./checks.ts in each engine at each size, one browser at a time, against the
 * build in dist/ (build it first: `npm run build`). Options: `--engines chromium,firefox,webkit` (default all three),
 * `--sizes 390x844,1280x800` (default both), `--checks <words>` (only the checks whose name has them). Exits 1 when a check fails or an engine cannot start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHECKS, type Context } from './checks.ts';
import { ENGINES, missing, open, type Engine, type Size, type Tab } from './drivers.ts';
import { startServers } from './servers.ts';

const root = resolve(import.meta.dirname, '../..');
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const only = option('checks');
const engines = (option('engines')?.split(',') ?? [...ENGINES]) as Engine[];
const sizes: Size[] = (option('sizes') ?? '390x844,1280x800').split(',').map((s) => {
  const [width, height] = s.split('x').map(Number);
  return { width: width!, height: height! };
});
for (const engine of engines) if (!ENGINES.includes(engine)) throw new Error(`unknown engine ${engine}`);
if (!existsSync(resolve(root, 'dist/index.html'))) {
  console.error('no build in dist/: run `npm run build` first');
  process.exit(1);
}

/** A virtual X display for the windowed browsers (Firefox for its WebGL, MiniBrowser, which has no headless mode). */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((done, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    xvfb.stdio[3]!.on('data', (data: Buffer) => done(`:${data.toString().trim()}`));
  });
  return { display, process: xvfb };
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const started = Date.now();
const servers = await startServers(root);
const xvfb = engines.some((e) => e !== 'chromium') ? await startXvfb() : null;
let passed = 0;
let failed = 0;
const failures: string[] = [];

for (const engine of engines) {
  const absent = missing(engine);
  if (absent) {
    failed++;
    failures.push(`${engine}: ${absent} (bash build/ensure-engines.sh installs it)`);
    console.log(`\n${engine}: not run, ${absent}`);
    continue;
  }
  const engineStart = Date.now();
  for (const size of sizes) {
    const label = `${engine} ${size.width}×${size.height}`;
    const opening = Date.now();
    let tab: Tab;
    try {
      tab = await open(engine, size, xvfb?.display ?? '');
    } catch (error) {
      failed++;
      failures.push(`${label}: the browser did not start: ${(error as Error).message}`);
      console.log(`\n${label}: the browser did not start: ${(error as Error).message}`);
      continue;
    }
    console.log(`\n${label} (started in ${seconds(opening)})`);
    for (const check of CHECKS) {
      if ((check.when && !check.when(engine, size)) || (only && !check.name.includes(only))) continue;
      const notes: string[] = [];
      const c: Context = { tab, servers, size, note: (text) => notes.push(text) };
      const start = Date.now();
      servers.takeProblems();
      tab.takeErrors();
      let error = '';
      try {
        await check.run(c);
        // Reports of the page's last moments come by beacon.
        await new Promise((done) => setTimeout(done, 150));
      } catch (e) {
        error = (e as Error).message.split('\n')[0]!;
      }
      const problems = [...servers.takeProblems(), ...tab.takeErrors().map((text) => ({ kind: 'console error', text }))]
        .filter((p) => !check.ignore?.(p))
        .map((p) => `${p.kind}: ${p.text}`);
      const reasons = [error, ...new Set(problems)].filter(Boolean);
      const bug = check.bug ? ` [bug: ${check.bug}]` : '';
      const note = notes.length ? ` (${notes.join('; ')})` : '';
      if (reasons.length) {
        failed++;
        failures.push(`${label}: ${check.name}${bug}`);
        console.log(`  FAIL ${check.name} ${seconds(start)}${bug}${note}`);
        for (const reason of reasons) console.log(`       ${reason}`);
      } else {
        passed++;
        console.log(`  ok   ${check.name} ${seconds(start)}${note}`);
      }
    }
    await tab.close();
  }
  console.log(`${engine}: ${seconds(engineStart)}`);
}

await servers.close();
xvfb?.process.kill();
console.log(`\n${failures.length ? `failed:\n  ${failures.join('\n  ')}\n` : ''}in ${seconds(started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
