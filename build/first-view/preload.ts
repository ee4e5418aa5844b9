/**
 * What the page's HTML asks for ahead of its script: the first view's geometry and the code that draws it.
 *
 * The page shell's script asks for them only once it has run (src/map/start.ts's loadSketch), a round trip and a
 * parse after the HTML; preloaded, they download alongside the script instead. Nothing is added that the first
 * view does not fetch anyway, so the bytes before the islands are drawn stay what they were.
 */
import type { Plugin } from 'vite';

/** The first view's files: geometry (src/map/geo-data.ts's loadGeoData) and modules (loadSketch's imports). */
export const FIRST_VIEW = {
  // Not the context land: the first view reads it from the poster (src/poster/handover.ts).
  geometry: ['geo/out/overview.topo.json', 'geo/out/boundaries.geojson', 'geo/out/places.geojson'],
  modules: ['src/map/svg-renderer.ts', '\0virtual:history'],
};

/** The parts of Vite's bundle this looks at: a chunk's entry module and imports, an asset's source files. */
export type BundleItem =
  | { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[] }
  | { type: 'asset'; fileName: string; originalFileNames: string[] };

export interface Preload {
  rel: 'preload' | 'modulepreload';
  href: string;
}

/**
 * The preloads for a page whose own script is `entry` (which loads its static imports itself): every first-view
 * module's chunk and the chunks it imports, then the geometry. Throws, naming it, if a first-view file is not in the
 * bundle, so a renamed file cannot silently stop being preloaded.
 */
export function firstViewPreloads(bundle: Record<string, BundleItem>, entry: string, root: string): Preload[] {
  const items = Object.values(bundle);
  const chunks = new Map(items.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
  const loadedByEntry = new Set<string>();
  const visit = (fileName: string, into: Set<string>) => {
    if (into.has(fileName)) return;
    into.add(fileName);
    for (const dep of chunks.get(fileName)?.imports ?? []) visit(dep, into);
  };
  visit(entry, loadedByEntry);

  const modules = new Set<string>();
  for (const id of FIRST_VIEW.modules) {
    const chunk = [...chunks.values()].find((c) => c.facadeModuleId === id || c.facadeModuleId === `${root}/${id}`);
    if (!chunk) throw new Error(`first-view preload: no chunk for ${id.replace('\0', '')}`);
    visit(chunk.fileName, modules);
  }
  const geometry = FIRST_VIEW.geometry.map((source) => {
    const asset = items.find((item) => item.type === 'asset' && item.originalFileNames.includes(source));
    if (!asset) throw new Error(`first-view preload: no asset for ${source}`);
    return asset.fileName;
  });
  return [
    ...[...modules]
      .filter((file) => !loadedByEntry.has(file))
      .map((file) => ({ rel: 'modulepreload' as const, href: `./${file}` })),
    ...geometry.map((file) => ({ rel: 'preload' as const, href: `./${file}` })),
  ];
}

/** Adds the preloads to each page's head, after the page's own script and stylesheet. */
export function firstViewPreload(): Plugin {
  let root = '';
  return {
    name: 'kuril-first-view-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle || !context.chunk) return;
        return firstViewPreloads(
          context.bundle as unknown as Record<string, BundleItem>,
          context.chunk.fileName,
          root,
        ).map(({ rel, href }) => ({
          tag: 'link',
          injectTo: 'head',
          // `fetch()` of a same-origin file is a CORS request with same-origin credentials: `crossorigin` matches it.
          attrs: rel === 'preload' ? { rel, href, as: 'fetch', crossorigin: '' } : { rel, href },
        }));
      },
    },
  };
}
