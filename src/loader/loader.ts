/**
 * The host page's loader (dist/embed.js, and as an ES module dist/embed.mjs; built by scripts/build-loader.ts).
 * No dependencies. For each `[data-kurils-embed]` element, a plain `<div data-kurils-embed="…/embed.html#…">`
 * (the loader creates the iframe) or an `<iframe data-kurils-embed src="…">`, it:
 * - applies the heights the embed sends (AMP, pym or the project's own form, src/lib/embed/messages.ts), acting
 *   only on messages whose `event.source` is its own iframe's window and whose origin is the iframe's;
 * - with `data-kurils-mirror` (optionally a namespace, default `kurils`), mirrors the embed's view into the host
 *   page's hash (`#kurils=island=shikotan&year=1956`) and hands it back to the embed when the page is reopened.
 * Everything else is ignored. The loader sends nothing to the embed: the host page's address never reaches it.
 */
import { readChildMessage } from '../lib/embed/messages';
import { mirroredView, mirrorHash } from '../lib/embed/links';
import { DEFAULT_NAMESPACE, EMBED_ATTRIBUTE, EMBED_TITLE, MIRROR_ATTRIBUTE, SANDBOX } from '../lib/embed/snippet';

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
  const ns = element.hasAttribute(MIRROR_ATTRIBUTE) ? element.getAttribute(MIRROR_ATTRIBUTE) || DEFAULT_NAMESPACE : null;
  const isFrame = element instanceof HTMLIFrameElement;
  const iframe = isFrame ? element : document.createElement('iframe');
  const src = new URL(isFrame ? iframe.src : element.getAttribute(EMBED_ATTRIBUTE)!, location.href);
  const view = ns && mirroredView(ns, location.hash);
  if (view) src.hash = view;
  if (!isFrame) {
    iframe.title = element.getAttribute('data-kurils-title') || EMBED_TITLE;
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('sandbox', SANDBOX);
    iframe.height = '600';
  }
  if (!isFrame || view) iframe.src = src.href;
  if (!isFrame) element.append(iframe);
  Object.assign(iframe.style, { border: '0', width: '100%', display: 'block' });

  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== src.origin) return;
    const message = readChildMessage(event.data);
    if (!message) return;
    if (message.height) iframe.style.height = `${Math.max(100, message.height)}px`;
    if (ns && message.view !== undefined) {
      const hash = mirrorHash(ns, location.hash, message.view);
      if (hash !== null && hash !== location.hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
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
