import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from '../content/load.ts';
import { loadPeriods } from './periods.ts';

const ID = 'virtual:history';
const RESOLVED = `\0${ID}`;

/**
 * `virtual:history`: what the time slider needs and nothing more — who held each area when (content/periods/)
 * and each event's id, date and title — so the map can draw any year without the full content chunk.
 * Both are validated here; an error fails the build with the file and line.
 * Every file read is watched by its absolute path: a relative one is taken for an import and fails to resolve.
 */
export function historyPlugin(contentFolder = 'content'): Plugin {
  let contentDir = resolve(contentFolder);
  return {
    name: 'kuril-history',
    configResolved(config) {
      contentDir = resolve(config.root, contentFolder);
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      try {
        const periods = loadPeriods(contentDir);
        const { content, files } = loadContent({ contentDir });
        for (const file of [
          ...files,
          ...readdirSync(join(contentDir, 'periods')).map((f) => join(contentDir, 'periods', f)),
        ]) {
          this.addWatchFile(file);
        }
        const events = content.events.map((e) => ({ id: e.id, date: e.date, title: e.title }));
        return `export default ${JSON.stringify({ periods, events })};`;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
