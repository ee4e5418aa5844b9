import { formatHash, type HashState } from '../lib/url/hash-state';

/** The absolute link to a view of this page (the page's own address, whatever host or path serves it). */
export function permalink(view: HashState): string {
  return location.href.split('#')[0] + formatHash(view);
}
