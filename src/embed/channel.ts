/**
 * The embed's side of the conversation with its host page (the message forms are in src/lib/embed/messages.ts).
 * It posts its content height whenever that changes (a panel opened, the sheet dragged, the reader opened, a
 * resize), and its view whenever that changes; it answers a pym.js parent's width message or a frames greeting
 * with its height, and ignores every other message. It reads nothing of the host page: not its address, not its
 * title; it posts with target origin `*` because it cannot know the host's, and sends nothing a reader of the
 * explainer's own address could not see.
 */
import { asksForHeight, childMessages } from '../lib/embed/messages.ts';
import type { EmbedOptions } from '../lib/embed/options.ts';

export interface EmbedChannel {
  /** The view changed (`island=shikotan&year=1956`, without `#`). */
  view(view: string): void;
  stop(): void;
}

type WithRequestResize = Window & { requestResize?: () => void };

export function openChannel(root: HTMLElement, options: EmbedOptions): EmbedChannel {
  let height = 0;
  let view = '';
  const post = (type: 'height' | 'view') => {
    if (window.parent === window) return;
    for (const message of childMessages(type, height, view, options.childId)) window.parent.postMessage(message, '*');
  };
  const measure = () => options.height ?? Math.ceil(root.getBoundingClientRect().height);
  const update = () => {
    const h = measure();
    if (h === height) return;
    height = h;
    post('height');
    // CSS frame-sizing, where the browser has it (not yet Baseline: the messages above are what hosts read).
    // Chromium refuses it (NotAllowedError) unless its host opted in with `frame-sizing`: that is no error here.
    try {
      (window as WithRequestResize).requestResize?.();
    } catch {
      /* the messages above size the frame */
    }
  };
  // Measured in the next frame, not in the observer's callback: a host (or WebKit's requestResize) may resize the
  // frame at once, and a size changed within the callback is an error ("ResizeObserver loop completed …").
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  });
  observer.observe(root);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || !asksForHeight(event.data, options.childId)) return;
    height = measure();
    post('height');
  };
  addEventListener('message', onMessage);
  return {
    view(next) {
      if (next === view) return;
      view = next;
      // The view message carries the height of the moment; the height messages still follow when it settles.
      const settled = height;
      height = measure();
      post('view');
      height = settled;
    },
    stop() {
      cancelAnimationFrame(frame);
      observer.disconnect();
      removeEventListener('message', onMessage);
    },
  };
}
