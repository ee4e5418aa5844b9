import { appAddress } from '../lib/embed/links.ts';
import { formatHash, type HashState } from '../lib/url/hash-state.ts';

/** The absolute link to a view of the full explainer (from an embed too), whatever host or path serves it. */
export function permalink(view: HashState): string {
  return appAddress(location.href) + formatHash(view);
}
