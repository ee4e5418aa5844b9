/**
 * Node side: reads content/ with fs, parses YAML and article front matter with line information, and validates
 * everything with build/content/validate.ts. `content/periods/` and any other folder or file is ignored.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { splitFrontMatter } from './front-matter.ts';
import { ContentError, type ContentIssue } from './issues.ts';
import type { Content } from '../../src/lib/content/types.ts';
import {
  validateContent,
  type ArticleFile,
  type ContentInput,
  type DataFile,
  type DataPath,
} from './validate.ts';

export { ContentError };
export type { ContentIssue };

export interface LoadOptions {
  /** Repository root: paths in errors are relative to it. Default: `process.cwd()`. */
  root?: string;
  /** The content folder, relative to `root` (or absolute). Default: `content`. */
  contentDir?: string;
}

export interface ReadResult {
  input: ContentInput;
  /** Absolute paths of every file read. */
  files: string[];
  /** Absolute path of the content folder. */
  contentDir: string;
}

/** The folders of content/ that are read; everything else (periods/, README.md) is ignored. */
export const CONTENT_FOLDERS = { articles: ['.md'], events: ['.yaml', '.yml'], islands: ['.yaml', '.yml'] } as const;

function listFiles(dir: string, exts: readonly string[]): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => exts.some((e) => f.endsWith(e)) && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
}

function shownPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/**
 * `lineOf` for a parsed document: the line of the key of a map entry (so `quote:` for a quote given as a block
 * scalar on the following lines) or of a list item; a path that does not exist resolves to its nearest
 * ancestor. `lineOffset` is added (front matter starts on line 2 of an article file).
 */
function lineFinder(doc: Document, lc: LineCounter, lineOffset: number): (path: DataPath) => number {
  const lineAt = (offset: number) => lc.linePos(offset).line + lineOffset;
  return (path) => {
    let node: unknown = doc.contents;
    let line = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? lineAt(node.range[0] as number) : 1 + lineOffset;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const k = p.key as unknown;
          const v = k && typeof k === 'object' && 'value' in k ? (k as { value: unknown }).value : k;
          return String(v) === String(key);
        });
        if (!pair) break;
        const k = pair.key as { range?: [number, number, number] } | null;
        if (k?.range) line = lineAt(k.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as { range?: [number, number, number] } | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
}

/** Parses YAML text into a `DataFile` (data undefined, and issues added, on a syntax error). */
export function parseYamlFile(shown: string, text: string, issues: ContentIssue[], lineOffset = 0): DataFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineOf = lineFinder(doc, lc, lineOffset);
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = (err.pos ? lc.linePos(err.pos[0]).line : 1) + lineOffset;
      issues.push({ file: shown, line, message: `YAML: ${err.message.split('\n')[0]}` });
    }
    return { path: shown, data: undefined, lineOf };
  }
  return { path: shown, data: doc.toJS({ maxAliasCount: 100 }) as unknown, lineOf };
}

/** Parses an article file (front matter + body). */
export function parseArticleFile(shown: string, text: string, issues: ContentIssue[]): ArticleFile {
  const split = splitFrontMatter(text);
  if ('error' in split) {
    issues.push({ file: shown, line: 1, message: split.error });
    return { path: shown, data: undefined, lineOf: () => 1, body: '', bodyLine: 1 };
  }
  const fm = parseYamlFile(shown, split.frontMatter, issues, split.frontMatterLine - 1);
  return { ...fm, body: split.body, bodyLine: split.bodyLine };
}

/** Reads and parses content/ (no validation). */
export function readContent(options: LoadOptions = {}): ReadResult {
  const root = resolve(options.root ?? process.cwd());
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const issues: ContentIssue[] = [];
  const files: string[] = [];
  const read = (abs: string) => {
    files.push(abs);
    return readFileSync(abs, 'utf8');
  };
  const articles = listFiles(join(contentDir, 'articles'), CONTENT_FOLDERS.articles).map((abs) =>
    parseArticleFile(shownPath(root, abs), read(abs), issues),
  );
  const yamlFiles = (folder: 'events' | 'islands') =>
    listFiles(join(contentDir, folder), CONTENT_FOLDERS[folder]).map((abs) =>
      parseYamlFile(shownPath(root, abs), read(abs).replace(/^\uFEFF/, ''), issues),
    );
  const events = yamlFiles('events');
  const islands = yamlFiles('islands');
  return {
    input: { articles, events, islands, issues, islandsDir: shownPath(root, join(contentDir, 'islands')) },
    files,
    contentDir,
  };
}

/** Reads, parses and validates content/. Throws a `ContentError` listing every problem. */
export function loadContent(options: LoadOptions = {}): { content: Content; files: string[] } {
  const { input, files } = readContent(options);
  const { content, issues } = validateContent(input);
  if (!content) throw new ContentError(issues, files);
  return { content, files };
}
