/**
 * Node loader of the time-slider periods: reads content/periods/*.yaml and, of the events (content/events/<id>.yaml),
 * the fields `id`, `date` and `starts_period_for` only; checks them, and returns the bundleable PeriodsData.
 *
 *   npx tsx build/history/periods.ts [contentDir]   # check and print a summary
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { AREA_IDS, ERAS_FILE, type AreaId, type PeriodsData } from '../../src/lib/history/types.ts';
import { AreaFileSchema, ErasFileSchema, EVENT_ID_RE } from './schema.ts';
import {
  buildPeriodsData,
  formatValidationError,
  validatePeriods,
  type AreaSource,
  type ErasSource,
} from './validate.ts';

export interface LoadPeriodsOptions {
  /** Where the event files are; default `<contentDir>/events`. */
  eventsDir?: string;
  /** Areas that must have a file; default all of AREA_IDS. */
  requiredAreas?: readonly AreaId[];
}

interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

type Path = readonly PropertyKey[];

/** The 1-based line of the node at `path` (or of its closest existing ancestor); `key`: the line of that map key. */
function lineOf(parsed: ParsedFile, path: Path, key?: string): number | undefined {
  const { doc, lines } = parsed;
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    if (node && typeof node === 'object' && 'range' in node) {
      if (n === path.length && key !== undefined && isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && it.key.value === key);
        const keyNode = pair?.key;
        if (isScalar(keyNode) && keyNode.range) return lines.linePos(keyNode.range[0]).line;
      }
      const range = (node as { range?: [number, number, number] | null }).range;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  return undefined;
}

function readYaml(file: string, problems: string[]): ParsedFile | null {
  const lines = new LineCounter();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    problems.push(`${file}: cannot read: ${(err as Error).message}`);
    return null;
  }
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push(`${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
    }
    return null;
  }
  return { file, doc, lines };
}

function parseWith<S extends z.ZodType>(schema: S, parsed: ParsedFile, problems: string[]): z.output<S> | null {
  const result = schema.safeParse(parsed.doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const line = lineOf(parsed, issue.path, key);
        problems.push(`${parsed.file}${line ? `:${line}` : ''}: unknown field "${key}"`);
      }
      continue;
    }
    const line = lineOf(parsed, issue.path);
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    problems.push(`${parsed.file}${line ? `:${line}` : ''}: ${where}${issue.message}`);
  }
  return null;
}

interface EventFacts {
  /** id → date, for the events that exist and are well-formed. */
  dates: Record<string, string>;
  /** id → `starts_period_for` (the areas whose period starts on the event), for every event read. */
  areas: Record<string, string[]>;
}

/**
 * Reads `id`, `date` and `starts_period_for` of the cited events and of every other event in `eventsDir` (an
 * event may name an area whose periods do not cite it: that is an error too).
 */
function readEvents(eventsDir: string, cited: Iterable<string>, problems: string[]): EventFacts {
  const dates: Record<string, string> = {};
  const areas: Record<string, string[]> = {};
  const all = existsSync(eventsDir)
    ? readdirSync(eventsDir)
        .filter((n) => n.endsWith('.yaml'))
        .map((n) => n.slice(0, -5))
    : [];
  for (const id of new Set([...cited, ...all])) {
    if (!EVENT_ID_RE.test(id)) continue; // reported by the schema
    const file = join(eventsDir, `${id}.yaml`);
    if (!existsSync(file)) continue; // reported as an unknown event where it is cited
    const parsed = readYaml(file, problems);
    if (!parsed) continue;
    const js: unknown = parsed.doc.toJS();
    const obj = (js && typeof js === 'object' ? js : {}) as Record<string, unknown>;
    if (obj.id !== id) {
      problems.push(
        `${file}:${lineOf(parsed, ['id']) ?? 1}: id "${String(obj.id)}" does not match the file name (${id})`,
      );
      continue;
    }
    const date = typeof obj.date === 'number' ? String(obj.date) : obj.date;
    if (typeof date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
      problems.push(`${file}:${lineOf(parsed, ['date']) ?? 1}: date must be YYYY, YYYY-MM or YYYY-MM-DD`);
      continue;
    }
    dates[id] = date;
    const named = obj.starts_period_for ?? [];
    if (!Array.isArray(named) || !named.every((a): a is string => typeof a === 'string')) {
      problems.push(
        `${file}:${lineOf(parsed, ['starts_period_for']) ?? 1}: starts_period_for must be a list of area ids`,
      );
      continue;
    }
    areas[id] = named;
  }
  return { dates, areas };
}

/**
 * Reads and checks `<contentDir>/periods/*.yaml` (one file per area, plus eras.yaml) against the event dates.
 * Throws an Error listing every problem as `file:line: message`; returns JSON-safe PeriodsData.
 */
export function loadPeriods(contentDir = 'content', options: LoadPeriodsOptions = {}): PeriodsData {
  const periodsDir = join(contentDir, 'periods');
  const eventsDir = options.eventsDir ?? join(contentDir, 'events');
  const required = options.requiredAreas ?? AREA_IDS;
  const problems: string[] = [];

  let names: string[];
  try {
    names = readdirSync(periodsDir)
      .filter((n) => !n.startsWith('.'))
      .sort();
  } catch (err) {
    throw new Error(`${periodsDir}: cannot read the periods folder: ${(err as Error).message}`, { cause: err });
  }

  const areaFiles: ParsedFile[] = [];
  const areas: AreaSource[] = [];
  let erasParsed: ParsedFile | null = null;
  let eras: ErasSource | null = null;
  const present = new Set<string>();

  for (const name of names) {
    const file = join(periodsDir, name);
    if (!name.endsWith('.yaml')) {
      if (/\.(yml|json)$/.test(name)) problems.push(`${file}: period files end in .yaml`);
      continue;
    }
    const parsed = readYaml(file, problems);
    if (!parsed) {
      if (name !== ERAS_FILE) present.add(name.slice(0, -5));
      continue;
    }
    if (name === ERAS_FILE) {
      erasParsed = parsed;
      const data = parseWith(ErasFileSchema, parsed, problems);
      if (data) eras = { file, data };
    } else {
      present.add(name.slice(0, -5));
      areaFiles.push(parsed);
      const data = parseWith(AreaFileSchema, parsed, problems);
      if (data) areas.push({ file, data });
    }
  }
  if (!erasParsed) problems.push(`${join(periodsDir, ERAS_FILE)}: missing (the eras and their status lines)`);
  for (const id of required) {
    if (!present.has(id)) problems.push(`${join(periodsDir, `${id}.yaml`)}: missing (no periods for area "${id}")`);
  }

  const cited = new Set<string>();
  for (const a of areas) {
    for (const p of a.data.periods) {
      cited.add(p.from_event);
      if (p.until_event !== null) cited.add(p.until_event);
    }
  }
  for (const e of eras?.data.eras ?? []) cited.add(e.event);
  const { dates: events, areas: eventAreas } = readEvents(eventsDir, [...cited].sort(), problems);

  const byFile = new Map<string, ParsedFile>();
  for (const p of [...areaFiles, ...(erasParsed ? [erasParsed] : [])]) byFile.set(p.file, p);
  for (const e of validatePeriods({ areas, eras, events, eventAreas })) {
    const parsed = byFile.get(e.file);
    problems.push(formatValidationError(e, parsed ? lineOf(parsed, e.path) : undefined));
  }

  if (problems.length > 0) {
    throw new Error(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${periodsDir}:\n${problems.join('\n')}`,
    );
  }
  if (!eras) throw new Error(`${join(periodsDir, ERAS_FILE)}: missing`); // unreachable: reported above
  return buildPeriodsData({ areas, eras, events });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const data = loadPeriods(process.argv[2] ?? 'content');
    const n = data.areas.reduce((s, a) => s + a.periods.length, 0);
    console.log(`periods OK: ${data.areas.length} areas, ${n} periods, ${data.eras.length} eras`);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
