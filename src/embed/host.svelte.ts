import { viewString } from '../lib/embed/links.ts';
import type { EmbedOptions } from '../lib/embed/options.ts';
import type { HashState } from '../lib/url/hash-state.ts';
import type { EmbedChannel } from './channel.ts';

/**
 * In embed mode, tells the host page the embed's height and view (src/embed/channel.ts, a chunk of its own, fetched
 * only in embed mode). Call during a component's setup.
 */
export function talkToHost(root: () => HTMLElement, embed: () => EmbedOptions | null, view: () => HashState): void {
  let channel = $state.raw<EmbedChannel | null>(null);
  $effect(() => {
    const options = embed();
    if (!options) return;
    let opened: EmbedChannel | undefined;
    let stopped = false;
    void import('./channel.ts').then(({ openChannel }) => {
      if (!stopped) channel = opened = openChannel(root(), options);
    });
    return () => {
      stopped = true;
      opened?.stop();
    };
  });
  $effect(() => channel?.view(viewString(view())));
}
