/**
 * Embed mode and its options, read from the page's address. The view itself (island, event, year, point of view,
 * map) is the same hash as the full app's (src/lib/url/hash-state.ts); the query string carries only what is the
 * embedding page's choice:
 *
 * - `embed` (on `index.html`; `embed.html` is always embedded): embed mode;
 * - `theme=light|dark|auto` (default `auto`, the reader's system setting);
 * - `time=off` hides the time control (default shown);
 * - `height=<px>` (200 to 3000): the host gives the embed a fixed height, and the embed lays itself out inside it
 *   rather than telling the host how tall its content is;
 * - `childId=<id>`: the id pym.js parents give their child (echoed in pym's height message; default `kurils`).
 *
 * Anything else in the query (pym.js adds `parentUrl` and `parentTitle`) is ignored, and never read: the embed
 * does not learn, keep or pass on the host page's address.
 */

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
  theme: Theme;
  timeControl: boolean;
  /** A fixed height in CSS px, or null when the embed's height follows its content. */
  height: number | null;
  childId: string;
}

export const DEFAULT_CHILD_ID = 'kurils';
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 3000;

const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether this address is embed mode: `embed.html`, or any page with `?embed`. */
export function isEmbedUrl(pathname: string, search: string): boolean {
  // embed.html, or /embed where a host serves pages without their extension (Cloudflare Pages does).
  return /(^|\/)embed(\.html)?$/.test(pathname) || new URLSearchParams(search).has('embed');
}

/** The embed's options from its address, or null outside embed mode. Malformed values fall back to defaults. */
export function readEmbedOptions(pathname: string, search: string): EmbedOptions | null {
  if (!isEmbedUrl(pathname, search)) return null;
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  const height = q.get('height');
  const h = height && /^\d{3,4}$/.test(height) ? Number(height) : NaN;
  const childId = q.get('childId') ?? q.get('id');
  return {
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : 'auto',
    timeControl: !['off', '0', 'false', 'hide'].includes(q.get('time') ?? ''),
    height: h >= MIN_HEIGHT && h <= MAX_HEIGHT ? h : null,
    childId: childId && CHILD_ID.test(childId) ? childId : DEFAULT_CHILD_ID,
  };
}

/** The query string for a set of options (defaults left out), for `embed.html`; '' when all are defaults. */
export function embedQuery(o: Partial<EmbedOptions>): string {
  const q = new URLSearchParams();
  if (o.theme && o.theme !== 'auto') q.set('theme', o.theme);
  if (o.timeControl === false) q.set('time', 'off');
  if (o.height) q.set('height', String(o.height));
  if (o.childId && o.childId !== DEFAULT_CHILD_ID) q.set('childId', o.childId);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The map's palette for a theme: `auto` follows the reader's system setting. */
export function resolveTheme(theme: Theme | undefined, prefersDark: boolean): 'light' | 'dark' {
  if (theme === 'light' || theme === 'dark') return theme;
  return prefersDark ? 'dark' : 'light';
}
