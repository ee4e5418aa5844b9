/**
 * Vite plugin: the validated content as the virtual module `virtual:content`, and the data exports under
 * `data/` in the build output.
 *
 * - `import('virtual:content')` → `{ default: Content }` (see src/lib/content/types.ts and
 *   src/virtual-modules.d.ts). The module is plain data; nothing parses Markdown or YAML in the browser.
 * - On a content problem, loading the module (and the build) fails with every `file:line: message`.
 * - In dev, adding, changing or removing a file in content/articles, content/events or content/islands
 *   invalidates the module and reloads the page. content/periods/ is not read here.
 * - `vite build` emits `data/events.json`, `data/articles.json` and `data/events.csv` (exports.ts). The content
 *   is validated in every build, even one in which nothing imports `virtual:content`.
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Content } from '../../src/lib/content/types.ts';
import { buildExports } from './exports.ts';
import { readIslandsGeometry } from './record.ts';
import { CONTENT_FOLDERS, ContentError, loadContent } from './load.ts';

export const VIRTUAL_CONTENT_ID = 'virtual:content';
const RESOLVED_ID = '\0' + VIRTUAL_CONTENT_ID;

export interface ContentPluginOptions {
  /** Repository root (paths in errors are relative to it). Default: Vite's `root`. */
  root?: string;
  /** The content folder, relative to the root. Default: `content`. */
  contentDir?: string;
}

export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  let root = options.root ?? process.cwd();
  let contentDir = resolve(root, options.contentDir ?? 'content');
  let cached: Content | null = null;

  /** Whether an absolute path is one of the files the content is read from (or could be, once created). */
  const isContentFile = (file: string): boolean => {
    const abs = resolve(file);
    return Object.entries(CONTENT_FOLDERS).some(
      ([folder, exts]) => abs.startsWith(resolve(contentDir, folder) + sep) && exts.some((e) => abs.endsWith(e)),
    );
  };

  const read = (): { content: Content; files: string[] } | ContentError => {
    try {
      return loadContent({ root, contentDir });
    } catch (err) {
      if (err instanceof ContentError) return err;
      throw err;
    }
  };

  return {
    name: 'kuril-content',

    configResolved(config) {
      root = options.root ?? config.root;
      contentDir = resolve(root, options.contentDir ?? 'content');
    },

    buildStart() {
      cached = null;
    },

    resolveId(id) {
      return id === VIRTUAL_CONTENT_ID ? RESOLVED_ID : null;
    },

    load(id) {
      if (id !== RESOLVED_ID) return null;
      const r = read();
      for (const f of r.files) this.addWatchFile(f);
      if (r instanceof ContentError) {
        cached = null;
        this.error(r.message);
      }
      cached = r.content;
      return { code: `export default ${JSON.stringify(r.content)};\n`, moduleSideEffects: false };
    },

    configureServer(server: ViteDevServer) {
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!isContentFile(file)) return;
        cached = null;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
    },

    generateBundle() {
      let content = cached;
      if (!content) {
        const r = read();
        if (r instanceof ContentError) this.error(r.message);
        content = r.content;
      }
      for (const f of buildExports(content, readIslandsGeometry())) {
        this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
      }
    },
  };
}
