import { readEmbedOptions, type EmbedOptions } from '../lib/embed/options.ts';

/**
 * Embed mode, read before the app mounts so that its first paint is already the embed's: the root's classes for
 * src/embed/embed.css, the host's chosen theme, and (for `?embed` on index.html) the frame-sizing meta that
 * embed.html carries in its head.
 */
export function startEmbedMode(): EmbedOptions | null {
  const options = readEmbedOptions(location.pathname, location.search);
  if (!options) return null;
  const root = document.documentElement;
  root.classList.add('embed');
  if (!options.height) root.classList.add('embed-auto');
  if (options.theme !== 'auto') root.dataset.theme = options.theme;
  if (!document.querySelector('meta[name="responsive-embedded-sizing"]')) {
    const meta = document.createElement('meta');
    meta.name = 'responsive-embedded-sizing';
    document.head.append(meta);
  }
  return options;
}
