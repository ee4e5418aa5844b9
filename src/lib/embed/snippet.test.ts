import { describe, expect, it } from 'vitest';
import { ampSnippet, embedSrc, iframeSnippet } from './snippet.ts';

const base = {
  app: 'https://ex.org/kurils/',
  view: { island: 'shikotan', year: 1956 },
  options: { theme: 'auto' as const, timeControl: true, height: null },
};

describe('embed snippet', () => {
  it('points at embed.html with the options in the query and the view in the hash', () => {
    expect(embedSrc(base)).toBe('https://ex.org/kurils/embed.html#island=shikotan&year=1956');
    expect(embedSrc({ ...base, options: { theme: 'dark', timeControl: false, height: 700 } })).toBe(
      'https://ex.org/kurils/embed.html?theme=dark&time=off&height=700#island=shikotan&year=1956',
    );
  });

  it('an iframe with title, lazy loading, the sandbox and a default height, then the loader', () => {
    const html = iframeSnippet(base);
    expect(html).toMatch(
      /^<iframe data-kurils-embed src="https:\/\/ex\.org\/kurils\/embed\.html#island=shikotan&amp;year=1956"/,
    );
    expect(html).toContain('title="The southern Kurils');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
    expect(html).toContain('height="600"');
    expect(html).toContain('<script src="https://ex.org/kurils/embed.js" async></script>');
    expect(html).not.toContain('data-kurils-mirror');
    expect(iframeSnippet({ ...base, mirror: true })).toContain('data-kurils-mirror="kurils"');
  });

  it('the AMP variant is resizable with an overflow element', () => {
    const amp = ampSnippet(base);
    expect(amp).toMatch(/^<amp-iframe src="[^"]+embed\.html#island=shikotan&amp;year=1956"/);
    expect(amp).toContain(' resizable ');
    expect(amp).toContain('<button overflow');
    expect(amp).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
    expect(amp.trim().endsWith('</amp-iframe>')).toBe(true);
  });
});
