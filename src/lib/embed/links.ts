import { formatHash, type HashState } from '../url/hash-state.ts';

/**
 * Links out of an embed, and the host page's mirror of its view. A link inside an iframe must lead to the full
 * explainer at the same view, never to the bare embed (TimelineJS3 #293, StoryMapJS #146).
 */

/** The full explainer's address for a page of this site (the embed's or the app's own), without query or hash. */
export function appAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  url.pathname = url.pathname.replace(/(^|\/)(embed|index)\.html$/, '$1');
  return url.href;
}

/** The full explainer's address for an embed's address, with the query dropped and `embed.html` taken off. */
export function embedAddress(href: string): string {
  return `${appAddress(href)}embed.html`;
}

/**
 * The part of a view worth linking to and mirroring: an island or article frames itself at any size, so its link
 * leaves out the camera of this iframe; the overview keeps it (the reader may have zoomed to a place).
 */
export function shareableView(state: HashState): HashState {
  if (state.island || state.article || state.event) {
    const { map: _map, ...rest } = state;
    return rest;
  }
  return state;
}

/** `island=shikotan&year=1956`: a view as the messages and the host's hash carry it, without `#`. */
export function viewString(state: HashState): string {
  return formatHash(shareableView(state)).replace(/^#/, '');
}

/** The full explainer at a view. */
export function fullExplainerUrl(href: string, state: HashState): string {
  return appAddress(href) + formatHash(shareableView(state));
}

/**
 * The host page's hash for a mirrored view: `#<ns>=<view>` (`#kurils=island=shikotan&year=1956`), or '' for the
 * overview. Returns null when the host's hash is its own (not empty, not ours): the mirror never overwrites it.
 */
export function mirrorHash(ns: string, current: string, view: string): string | null {
  const body = current.replace(/^#/, '');
  if (body && !body.startsWith(`${ns}=`)) return null;
  return view ? `#${ns}=${view}` : '';
}

/** The view a host page's hash hands to its embed (`#kurils=…`), or null when it holds none. */
export function mirroredView(ns: string, hash: string): string | null {
  const body = hash.replace(/^#/, '');
  return body.startsWith(`${ns}=`) ? body.slice(ns.length + 1) : null;
}
