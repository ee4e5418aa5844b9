/**
 * The host page's loader (dist/embed.js, and as an ES module dist/embed.mjs; built by build/build-loader.ts).
 * No dependencies. For each `[data-kurils-embed]` element, a plain `<div data-kurils-embed="…/embed.html#…">`
 * (the loader creates the iframe) or an `<iframe data-kurils-embed src="…">`, it:
 * - applies the heights the embed sends (AMP, pym or the project's own form, src/lib/embed/messages.ts), acting
 *   only on messages whose `event.source` is its own iframe's window and whose origin is the iframe's;
 * - with `data-kurils-mirror` (optionally a namespace, default `kurils`), mirrors the embed's view into the host
 *   page's hash (`#kurils=island=shikotan&year=1956`) and hands it back to the embed when the page is reopened.
 * Everything else is ignored. The loader sends nothing to the embed: the host page's address never reaches it.
 */
import { readChildMessage } from '../lib/embed/messages.ts';
import { mirroredView, mirrorHash } from '../lib/embed/links.ts';
import { DEFAULT_NAMESPACE, EMBED_ATTRIBUTE, EMBED_TITLE, MIRROR_ATTRIBUTE, SANDBOX } from '../lib/embed/snippet.ts';

export interface Embed {
  iframe: HTMLIFrameElement;
  /** Stops listening to the iframe (it stays in the page). */
  destroy(): void;
}

const mounted = new WeakMap<Element, Embed>();

/** Sets up one element (idempotent: a second call returns the first embed). */
export function mount(element: Element): Embed {
  const done = mounted.get(element);
  if (done) return done;
  const ns = element.hasAttribute(MIRROR_ATTRIBUTE)
    ? element.getAttribute(MIRROR_ATTRIBUTE) || DEFAULT_NAMESPACE
    : null;
  const isFrame = element instanceof HTMLIFrameElement;
  let iframe = isFrame ? element : document.createElement('iframe');
  const src = new URL(isFrame ? iframe.src : element.getAttribute(EMBED_ATTRIBUTE)!, location.href);
  const view = ns && mirroredView(ns, location.hash);
  if (view) src.hash = view;
  if (!isFrame) {
    iframe.title = element.getAttribute('data-kurils-title') || EMBED_TITLE;
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('sandbox', SANDBOX);
    iframe.height = '600';
    iframe.src = src.href;
    element.append(iframe);
  } else if (view && src.href !== iframe.src) {
    // The iframe of the page's HTML is already loading its own view; a new element loads the mirrored one (a
    // fragment-only change of its src, mid-load, may be lost).
    iframe = element.cloneNode() as HTMLIFrameElement;
    iframe.src = src.href;
    element.replaceWith(iframe);
  }
  Object.assign(iframe.style, { border: '0', width: '100%', display: 'block' });

  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== src.origin) return;
    const message = readChildMessage(event.data);
    if (!message) return;
    if (message.height) iframe.style.height = `${Math.max(100, message.height)}px`;
    if (ns && message.view !== undefined) {
      const hash = mirrorHash(ns, location.hash, message.view);
      if (hash !== null && hash !== location.hash)
        history.replaceState(history.state, '', hash || location.pathname + location.search);
    }
  };
  addEventListener('message', onMessage);
  const embed: Embed = { iframe, destroy: () => removeEventListener('message', onMessage) };
  mounted.set(element, embed);
  return embed;
}

/** Sets up every `[data-kurils-embed]` element under `root`. */
export function mountAll(root: ParentNode = document): Embed[] {
  return [...root.querySelectorAll(`[${EMBED_ATTRIBUTE}]`)].map(mount);
}
