/**
 * The view's state as it lives in the URL hash, so any view can be linked:
 * `#island=<id>&event=<event-id>`, `#article=<article-id>&excerpt=<n>` (or `&para=<n>`, a paragraph),
 * `#map=<zoom>/<lat>/<lon>` (OpenStreetMap's order), `#year=1956`, `#view=japan`, `#sources` (the Sources view, a key
 * without a value), `#q=<words>` (search), combinable with `&`.
 *
 * Parsing never throws: a malformed value is dropped (and reported in `ignored`), so a bad link still shows a view.
 * Whether an id exists is not known here; the app checks ids against its data.
 */

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export const VIEWPOINTS = ['administered', 'japan', 'russia'] as const;
export type Viewpoint = (typeof VIEWPOINTS)[number];

export interface HashState {
  island?: string;
  event?: string;
  article?: string;
  excerpt?: number;
  /** A paragraph of the article (1-based), for a search result that is not a cited excerpt. */
  para?: number;
  map?: MapView;
  year?: number;
  view?: Viewpoint;
  /** The Sources view is open (`#sources`): the articles, documents, citation, record and downloads. */
  sources?: true;
  /** The search is open with these words (`#q=` for an empty field). */
  q?: string;
}

export interface ParsedHash {
  state: HashState;
  /** Keys whose values were present but malformed (for a notice, never an error). */
  ignored: string[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MIN_YEAR = 1855;
const MAX_ZOOM = 22;
/** Longer than any question a reader types; a longer value is cut, not refused. */
export const MAX_QUERY = 200;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Search words as the URL can carry them: at most MAX_QUERY code units, no half of a character (which cannot be encoded). */
export function cleanQuery(q: string): string {
  return q.slice(0, MAX_QUERY).replace(LONE_SURROGATE, '\uFFFD');
}

function parseId(value: string): string | undefined {
  const id = value.trim().toLowerCase();
  return ID.test(id) ? id : undefined;
}

function parsePositiveInt(value: string, max: number): number | undefined {
  if (!/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

function parseMap(value: string): MapView | undefined {
  const parts = value.split('/');
  if (parts.length !== 3) return undefined;
  if (!parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return undefined;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > MAX_ZOOM || Math.abs(lat) > 85.06 || Math.abs(lon) > 180) return undefined;
  return { zoom, lat, lon };
}

function parseYear(value: string, currentYear: number): number | undefined {
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= MIN_YEAR && year <= currentYear ? year : undefined;
}

function parseViewpoint(value: string): Viewpoint | undefined {
  return (VIEWPOINTS as readonly string[]).includes(value) ? (value as Viewpoint) : undefined;
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

export function parseHash(hash: string, currentYear = new Date().getFullYear()): ParsedHash {
  const state: HashState = {};
  const ignored: string[] = [];
  const body = hash.replace(/^#/, '');
  if (!body) return { state, ignored };

  for (const pair of body.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const raw = decode(eq < 0 ? '' : pair.slice(eq + 1));
    const value = raw ?? '';
    let ok = raw !== undefined;
    switch (key) {
      case 'island':
        ok &&= (state.island = parseId(value)) !== undefined;
        break;
      case 'event':
        ok &&= (state.event = parseId(value)) !== undefined;
        break;
      case 'article':
        ok &&= (state.article = parseId(value)) !== undefined;
        break;
      case 'excerpt':
        ok &&= (state.excerpt = parsePositiveInt(value, 9999)) !== undefined;
        break;
      case 'para':
        ok &&= (state.para = parsePositiveInt(value, 9999)) !== undefined;
        break;
      case 'q':
        // Any text: it is only ever searched for and shown as text.
        if (ok) state.q = cleanQuery(value);
        break;
      case 'map':
        ok &&= (state.map = parseMap(value)) !== undefined;
        break;
      case 'year':
        ok &&= (state.year = parseYear(value, currentYear)) !== undefined;
        break;
      case 'view':
        ok &&= (state.view = parseViewpoint(value)) !== undefined;
        break;
      case 'sources':
        // A flag: `#sources` (or `sources=`), nothing else.
        ok &&= value === '';
        if (ok) state.sources = true;
        break;
      default:
        // Unknown keys (from a newer version, or added by an embedding page) are ignored quietly.
        continue;
    }
    if (!ok) ignored.push(key);
  }
  // Drop the keys that failed, so a partial assignment of `undefined` leaves no trace.
  for (const key of Object.keys(state) as (keyof HashState)[]) {
    if (state[key] === undefined) delete state[key];
  }
  return { state, ignored };
}

/** Precision of `map=` follows OpenStreetMap: enough decimals for the zoom, no more. */
function formatMap({ zoom, lat, lon }: MapView): string {
  const z = Math.round(zoom * 100) / 100;
  const decimals = Math.max(2, Math.min(6, Math.ceil(Math.log10(2 ** z))));
  return `${z}/${lat.toFixed(decimals)}/${lon.toFixed(decimals)}`;
}

const ORDER: (keyof HashState)[] = [
  'q',
  'sources',
  'island',
  'event',
  'article',
  'excerpt',
  'para',
  'year',
  'view',
  'map',
];

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  for (const key of ORDER) {
    const value = state[key];
    if (value === undefined) continue;
    if (key === 'sources') {
      parts.push('sources');
      continue;
    }
    const text = key === 'map' ? formatMap(value as MapView) : encodeURIComponent(String(value));
    parts.push(`${key}=${text}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}
