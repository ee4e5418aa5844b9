/**
 * The messages between the embed and its host page (see ../shared/embed-protocols.md and docs/embedding.md). The
 * embed sends its height in three forms that host pages already understand, as Datawrapper does; the loader
 * (src/loader/) reads all three, and the project's own message also carries the view.
 *
 * - AMP: `{ sentinel: 'amp', type: 'embed-size', height }` (amp-iframe with `resizable`; @newswire/frames);
 * - pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`;
 * - this project's: `{ source: 'kurils-explainer', version: 1, type: 'height' | 'view', height, view }`, where
 *   `view` is the embed's hash state without its `#` (`island=shikotan&year=1956`), '' for the overview.
 */

export const MESSAGE_SOURCE = 'kurils-explainer';
export const MESSAGE_VERSION = 1;

export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export interface OwnMessage {
  source: typeof MESSAGE_SOURCE;
  version: typeof MESSAGE_VERSION;
  type: 'height' | 'view';
  height: number;
  view: string;
}

export type ChildMessage = AmpSizeMessage | OwnMessage | string;

const PYM = 'xPYMx';

/** The pym.js form of a message: `pym` + `xPYMx` + id + `xPYMx` + type + `xPYMx` + value. */
export function pymMessage(childId: string, type: string, value: string | number): string {
  return ['pym', childId, type, String(value)].join(PYM);
}

/** What the embed posts to its parent when its height changed (`type: 'height'`) or its view did (`'view'`). */
export function childMessages(type: 'height' | 'view', height: number, view: string, childId: string): ChildMessage[] {
  const h = Math.ceil(height);
  const own: OwnMessage = { source: MESSAGE_SOURCE, version: MESSAGE_VERSION, type, height: h, view };
  // Hosts that know only AMP or pym need the height alone: a view change sends just the project's own message.
  if (type === 'view') return [own];
  return [{ sentinel: 'amp', type: 'embed-size', height: h }, pymMessage(childId, 'height', h), own];
}

export interface ReadMessage {
  height?: number;
  view?: string;
}

const finiteHeight = (h: unknown): number | undefined =>
  typeof h === 'number' && h > 0 && h < 1e5 ? Math.ceil(h) : undefined;

/**
 * What a host page takes from a message its embed sent: a height, a view, both, or null for anything else
 * (a message in no form it knows, or malformed). The caller must first check that the message came from its own
 * iframe's window (`event.source`).
 */
export function readChildMessage(data: unknown): ReadMessage | null {
  if (typeof data === 'string') {
    const parts = data.split(PYM);
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height' || !/^\d+(\.\d+)?$/.test(parts[3]!))
      return null;
    const height = finiteHeight(Number(parts[3]));
    return height ? { height } : null;
  }
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.sentinel === 'amp' && m.type === 'embed-size') {
    const height = finiteHeight(m.height);
    return height ? { height } : null;
  }
  if (m.source === MESSAGE_SOURCE && m.version === MESSAGE_VERSION && (m.type === 'height' || m.type === 'view')) {
    const out: ReadMessage = {};
    const height = finiteHeight(m.height);
    if (height) out.height = height;
    if (typeof m.view === 'string' && m.view.length <= 500) out.view = m.view.replace(/^#/, '');
    return out.height !== undefined || out.view !== undefined ? out : null;
  }
  return null;
}

/**
 * Whether a message from the parent asks the embed to say its height again: pym.js's `width` message to this
 * child, or a @newswire/frames greeting. Everything else the parent sends is ignored.
 */
export function asksForHeight(data: unknown, childId: string): boolean {
  if (typeof data === 'string') return data.startsWith(`pym${PYM}${childId}${PYM}width${PYM}`);
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return m.sentinel === 'amp' && m.type === 'frames-init';
}
