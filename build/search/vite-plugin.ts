/**
 * Vite plugin: the search index as the virtual module `virtual:search-index`, built from the validated content
 * with MiniSearch at build time (src/lib/search/). The app imports it only when search is first opened, so it is
 * a chunk of its own and never part of the first view. In dev, a change to content/ rebuilds it.
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { buildIndex } from '../../src/lib/search/engine.ts';
import { ContentError, loadContent } from '../content/load.ts';

export const VIRTUAL_SEARCH_ID = 'virtual:search-index';
const RESOLVED_ID = '\0' + VIRTUAL_SEARCH_ID;

export function searchIndexPlugin(options: { root?: string; contentDir?: string } = {}): Plugin {
  let root = options.root ?? process.cwd();
  const contentDir = () => resolve(root, options.contentDir ?? 'content');
  return {
    name: 'kuril-search-index',
    configResolved(config) {
      root = options.root ?? config.root;
    },
    resolveId: (id) => (id === VIRTUAL_SEARCH_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      try {
        const { content, files } = loadContent({ root, contentDir: contentDir() });
        for (const f of files) this.addWatchFile(f);
        // JSON.parse of a string literal is faster to start than the same object as a JavaScript literal.
        const json = JSON.stringify(JSON.stringify(buildIndex(searchDocuments(content))));
        return { code: `export default JSON.parse(${json});\n`, moduleSideEffects: false };
      } catch (err) {
        if (err instanceof ContentError) this.error(err.message);
        throw err;
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.on('change', (file) => {
        if (!resolve(file).startsWith(contentDir() + sep)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
    },
  };
}
