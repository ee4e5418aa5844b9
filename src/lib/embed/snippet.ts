import { formatHash, type HashState } from '../url/hash-state.ts';
import { embedQuery, type EmbedOptions } from './options.ts';
import { shareableView } from './links.ts';

/** The iframe's sandbox: scripts and its own origin for the map's worker, popups for "Open the full explainer". */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups';
export const EMBED_TITLE = 'The southern Kurils / Northern Territories: interactive map and treaty history';
/** The loader's attributes (src/loader/loader.ts). */
export const EMBED_ATTRIBUTE = 'data-kurils-embed';
export const MIRROR_ATTRIBUTE = 'data-kurils-mirror';
export const DEFAULT_NAMESPACE = 'kurils';

/** A sensible first height before the embed says its own: the overview with its time control, on a phone. */
export function defaultHeight(options: Pick<EmbedOptions, 'height' | 'timeControl'>): number {
  return options.height ?? (options.timeControl ? 600 : 480);
}

export interface SnippetInput {
  /** The full explainer's address, e.g. `https://example.org/kurils/` (src/lib/embed/links.ts's appAddress). */
  app: string;
  view: HashState;
  options: Pick<EmbedOptions, 'theme' | 'timeControl' | 'height'>;
  /** Mirror the embed's view into the host page's hash. */
  mirror?: boolean;
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed's address for a view and options. */
export function embedSrc({ app, view, options }: SnippetInput): string {
  return `${app}embed.html${embedQuery(options)}${formatHash(shareableView(view))}`;
}

/** The HTML a host page pastes: the iframe, which works alone, and the loader, which sizes it and keeps its links. */
export function iframeSnippet(input: SnippetInput): string {
  const attrs = [
    `${EMBED_ATTRIBUTE}`,
    input.mirror ? `${MIRROR_ATTRIBUTE}="${DEFAULT_NAMESPACE}"` : '',
    `src="${escapeAttribute(embedSrc(input))}"`,
    `title="${EMBED_TITLE}"`,
    'loading="lazy"',
    `sandbox="${SANDBOX}"`,
    'width="100%"',
    `height="${defaultHeight(input.options)}"`,
    'frameborder="0"',
  ].filter(Boolean);
  return `<iframe ${attrs.join(' ')}></iframe>\n<script src="${escapeAttribute(input.app)}embed.js" async></script>`;
}

/**
 * The AMP variant: amp-iframe resizes only with `resizable` and an `overflow` child, which it shows (and which
 * resizes on a tap) when it refuses to resize while the reader is reading near it. It needs the amp-iframe
 * extension script in the page's head, an HTTPS address on another origin than the page, and a place at least
 * 600 px or 75 % of the first screen from the top.
 */
export function ampSnippet(input: SnippetInput): string {
  return [
    `<amp-iframe src="${escapeAttribute(embedSrc(input))}" title="${EMBED_TITLE}" layout="fixed-height" height="${defaultHeight(input.options)}"`,
    `  sandbox="${SANDBOX}" resizable frameborder="0">`,
    '  <button overflow type="button" aria-label="Show the whole explainer">Show the whole explainer</button>',
    '</amp-iframe>',
  ].join('\n');
}
