/**
 * `npm run bench`: the explainer against the bare-MapLibre floor (bench/floor/), in Chromium at 390×844, and the
 * budgets of issue 13. A report: it exits 0 whatever the figures, and writes them all to bench-results.json.
 * See docs/benchmark.md, "Benchmark", for what each figure times.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluateBudgets } from './budgets.ts';
import { launch, THROTTLING, VIEWPORT } from './browser.ts';
import { parseArgs, USAGE } from './cli.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { budgetLines, filesTable, lighthouseTable, roundsTable, tapsTable } from './report.ts';
import { runRound, type PageName, type RoundResult } from './round.ts';
import { startServer } from './server.ts';
import { ratios } from './stats.ts';
import { runTaps } from './taps.ts';

if (process.argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

if (options.build) {
  console.log('building (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    console.error('the build failed: nothing measured');
    process.exit(1);
  }
}

const server = await startServer(options.port);
const browser = await launch();
const texts = new Map<string, string | undefined>();
const text = (path: string) => {
  if (!texts.has(path)) {
    const file = server.fileFor(path);
    texts.set(path, file ? readFileSync(file, 'utf8') : undefined);
  }
  return texts.get(path);
};
const log = (s: string) => process.stdout.write(s);

const rounds: RoundResult[] = [];
const problems: string[] = [];
try {
  log(`warm-up…`);
  for (const name of ['explainer', 'floor'] as const) await runRound(browser, server, name, false, text);
  log(' done\n');
  for (let i = 0; i < options.rounds; i++) {
    for (const throttled of [false, true]) {
      // The two pages take turns going first, so neither always meets the machine in the same state.
      const order: PageName[] = i % 2 ? ['floor', 'explainer'] : ['explainer', 'floor'];
      for (const name of order) {
        log(`round ${i + 1}/${options.rounds} ${throttled ? 'throttled' : 'unthrottled'} ${name}…`);
        const r = await runRound(browser, server, name, throttled, text);
        rounds.push(r);
        for (const p of r.problems)
          problems.push(`round ${i + 1} ${throttled ? 'throttled' : 'unthrottled'} ${name}: ${p}`);
        log(
          ` islands ${r.islandsDrawn === null ? '–' : Math.round(r.islandsDrawn)} ms, interactive ${r.interactive === null ? '–' : Math.round(r.interactive)} ms\n`,
        );
      }
    }
  }
  log('taps…');
  const taps = await runTaps(browser, server.origin, options.rounds);
  log(` ${taps.samples.length} taps\n`);
  problems.push(...taps.problems.map((p) => `taps: ${p}`));
  const version = browser.version();
  await browser.close();

  const lighthouse: Record<string, LighthouseResult> = {};
  if (options.lighthouse) {
    for (const [name, path] of [
      ['explainer', '/'],
      ['floor', '/floor/'],
    ] as const) {
      log(`Lighthouse ${name}…`);
      try {
        lighthouse[name] = await runLighthouse(server.origin + path);
        log(' done\n');
      } catch (error) {
        problems.push(`Lighthouse ${name}: ${String(error)}`);
        log(' failed\n');
      }
    }
  }

  const of = (name: PageName, throttled: boolean) => rounds.filter((r) => r.page === name && r.throttled === throttled);
  const explainerRounds = rounds.filter((r) => r.page === 'explainer');
  const islands = (rs: RoundResult[]) => rs.map((r) => r.islandsDrawn ?? NaN);
  const budgets = evaluateBudgets({
    // The first view is the map as the reader uses it: everything requested before it is fully interactive, which
    // for the explainer is more than what its poster needs to show the islands.
    firstViewGzip: explainerRounds.map((r) => (r.interactive === null ? NaN : r.bytesBeforeInteractive.total)),
    requestedTooEarly: explainerRounds.flatMap((r) => r.mapLibreBeforeIslands),
    islandsRatio: {
      unthrottled: ratios(islands(of('explainer', false)), islands(of('floor', false))),
      throttled: ratios(islands(of('explainer', true)), islands(of('floor', true))),
    },
    lighthouse: lighthouse.explainer ?? null,
    taps: Object.fromEntries(
      (['label', 'land'] as const).map((mode) => {
        const s = taps.samples.filter((t) => t.mode === mode);
        return [mode, { toPanel: s.map((t) => t.toPanel), script: s.map((t) => t.script) }];
      }),
    ) as Record<'label' | 'land', { toPanel: number[]; script: number[] }>,
  });

  const cores = availableParallelism();
  console.log(
    `\n## Benchmark: the explainer against the bare-MapLibre floor\n\n${VIEWPORT.width}×${VIEWPORT.height} phone (device pixel ratio 2, touch), ${version}, WebGL in software (SwiftShader); ` +
      `${cores} cores (${cpus()[0]?.model ?? 'CPU'}), shared; ${options.rounds} rounds after a warm-up. ` +
      `Throttled: ${THROTTLING.latency} ms, ${((THROTTLING.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbit/s down, ${Math.round((THROTTLING.uploadThroughput * 8) / 1024)} kbit/s up, CPU ${THROTTLING.cpuRate}× slower.`,
  );
  console.log(roundsTable(of('explainer', false), of('floor', false), 'Unthrottled'));
  console.log(roundsTable(of('explainer', true), of('floor', true), 'Throttled'));
  console.log(tapsTable(taps.samples, taps.renderer));
  const sample = of('explainer', false)[0];
  if (sample) console.log(`\n### The explainer's files, first unthrottled round\n${filesTable(sample)}`);
  if (options.lighthouse) console.log(lighthouseTable(lighthouse));
  console.log(budgetLines(budgets));
  if (problems.length) console.log(`\nProblems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  writeFileSync(
    'bench-results.json',
    `${JSON.stringify({ date: new Date().toISOString(), options, browser: version, cores, throttling: THROTTLING, viewport: VIEWPORT, rounds, taps, lighthouse, budgets, problems }, null, 2)}\n`,
  );
  console.log('\nAll figures in bench-results.json.');
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
