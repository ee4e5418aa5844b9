/** What a requested file is, for the byte tables, and whether it is MapLibre's. */

export type Kind = 'HTML' | 'JS' | 'CSS' | 'geometry' | 'other';
export const KINDS: readonly Kind[] = ['HTML', 'JS', 'CSS', 'geometry', 'other'];

export function kindOf(path: string): Kind {
  const p = path.split(/[?#]/)[0]!;
  if (p.endsWith('.js') || p.endsWith('.mjs')) return 'JS';
  if (p.endsWith('.css')) return 'CSS';
  if (
    /\.(geo|topo)?json$/.test(p) &&
    /\.(geojson|topojson)$|geo|topo|coast|island|context|overview|places|boundar/.test(p)
  )
    return 'geometry';
  if (p.endsWith('/') || p.endsWith('.html')) return 'HTML';
  return 'other';
}

/**
 * MapLibre's files: by name as the build names them today (its chunk, worker, renderer CSS) or as the floor page
 * serves them, or, whatever a later build calls them, by content (given the file's text): a script that asks for
 * a WebGL 2 context (only MapLibre does) or carries MapLibre's licence banner (its worker).
 */
export function isMapLibre(path: string, text?: string): boolean {
  const file = path.split(/[?#]/)[0]!.split('/').pop() ?? '';
  if (/^maplibre/i.test(file)) return true;
  if (text === undefined || kindOf(path) !== 'JS') return false;
  return (
    text.includes("'webgl2'") ||
    text.includes('"webgl2"') ||
    text.includes('`webgl2`') ||
    text.includes('maplibre-gl-js')
  );
}
