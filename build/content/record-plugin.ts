/**
 * Vite plugin: the versioned record (build/content/record.ts) as the virtual module `virtual:record`, loaded
 * with the Sources view (never in the first view), and data/changelog.json and data/manifest.json in the build.
 * A malformed content/CHANGELOG.yaml fails the build (and the dev server's module) with `file:line: message`.
 * The dev server also serves data/ as the build writes it, so the Sources view's downloads work there too.
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildExports } from './exports.ts';
import { ContentError, loadContent } from './load.ts';
import { CHANGELOG_FILE, readIslandsGeometry, recordOutputs } from './record.ts';

export const VIRTUAL_RECORD_ID = 'virtual:record';
const RESOLVED_ID = '\0' + VIRTUAL_RECORD_ID;

export function recordPlugin(options: { root?: string; contentDir?: string } = {}): Plugin {
  let root = options.root ?? process.cwd();
  const contentDir = () => resolve(root, options.contentDir ?? 'content');
  const outputs = () => {
    const { content, files: read } = loadContent({ root, contentDir: contentDir() });
    return { content, read, ...recordOutputs(content, { root, contentDir: contentDir() }) };
  };
  const fail = (ctx: { error(message: string): never }, err: unknown): never => {
    if (err instanceof ContentError) ctx.error(err.message);
    throw err;
  };

  return {
    name: 'kuril-record',
    configResolved(config) {
      root = options.root ?? config.root;
    },
    resolveId: (id) => (id === VIRTUAL_RECORD_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      try {
        const r = outputs();
        for (const f of [...r.read, ...r.watch]) this.addWatchFile(f);
        return { code: `export default ${JSON.stringify(r.record)};\n`, moduleSideEffects: false };
      } catch (err) {
        return fail(this, err);
      }
    },
    generateBundle() {
      try {
        for (const f of outputs().files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
      } catch (err) {
        fail(this, err);
      }
    },
    configureServer(server: ViteDevServer) {
      const changelog = resolve(contentDir(), CHANGELOG_FILE);
      server.watcher.add(changelog);
      server.watcher.on('change', (file) => {
        if (resolve(file) !== changelog && !resolve(file).startsWith(contentDir() + sep)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
      // data/*, as the build writes it (the build's own plugins emit these; in dev nothing else serves them).
      server.middlewares.use((req, res, next) => {
        const name = /\/data\/([a-z.]+)$/.exec((req.url ?? '').split('?')[0] ?? '')?.[1];
        if (!name) return next();
        try {
          const r = outputs();
          const files = new Map([...buildExports(r.content, readIslandsGeometry()), ...r.files].map((f) => [f.fileName, f.source]));
          const source = files.get(`data/${name}`);
          if (source === undefined) return next();
          res.setHeader('Content-Type', name.endsWith('.csv') ? 'text/csv; charset=utf-8' : name.endsWith('.geojson') ? 'application/geo+json' : 'application/json; charset=utf-8');
          res.end(source);
        } catch (err) {
          next(err);
        }
      });
    },
  };
}
