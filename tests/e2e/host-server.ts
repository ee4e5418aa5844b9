/**
 * A host page on a second origin (another port), as a news site would embed the explainer: the snippet of the
 * Share / Embed dialog (src/lib/embed/snippet.ts) in a plain article, under the host's own strict policy.
 * - `/article.html?view=<hash>&mirror=1&forger=1`: the snippet at a view, optionally mirroring into the host's hash,
 *   and with a second, foreign frame that forges height messages;
 * - `/paste.html?html=<snippet>`: any snippet, pasted as is (the dialog's, in tests/e2e/embed.spec.ts);
 * - `/forger.html`, `/forger.js`: the forging frame.
 */
import { createServer } from 'node:http';
import { iframeSnippet } from '../../src/lib/embed/snippet.ts';
import { parseHash } from '../../src/lib/url/hash-state.ts';
import { HOST_PORT, PREVIEW_ORIGIN } from './servers.ts';

const POLICY = `default-src 'self'; script-src 'self' ${PREVIEW_ORIGIN}; frame-src 'self' ${PREVIEW_ORIGIN}; style-src 'self'; img-src 'self'`;
const TEXT =
  '<p>Paragraph of the host article, which goes on for a while so that the page scrolls around the embed.</p>'.repeat(
    12,
  );

const page = (body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A news article</title><link rel="stylesheet" href="/host.css"></head>
<body><h1>A news article about the Kurils</h1>${TEXT.slice(0, TEXT.length / 6)}${body}${TEXT}</body></html>`;

const FORGER = `(() => {
  const forge = () => {
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 1234 }, '*');
    parent.postMessage('pymxPYMxkurilsxPYMxheightxPYMx1234', '*');
    parent.postMessage({ source: 'kurils-explainer', version: 1, type: 'height', height: 1234, view: 'island=iturup' }, '*');
  };
  setInterval(forge, 200);
})();`;

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://host');
  const send = (type: string, body: string) => {
    response.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': POLICY, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  if (url.pathname === '/') return send('text/html', page(''));
  if (url.pathname === '/host.css')
    return send(
      'text/css',
      'body{margin:0 auto;padding:0 12px;max-width:720px;font:17px/1.5 Georgia,serif}iframe{max-width:100%}',
    );
  if (url.pathname === '/article.html') {
    const view = parseHash(url.searchParams.get('view') ?? '').state;
    const snippet = iframeSnippet({
      app: `${PREVIEW_ORIGIN}/`,
      view,
      options: { theme: 'auto', timeControl: url.searchParams.get('time') !== 'off', height: null },
      mirror: url.searchParams.has('mirror'),
    });
    const forger = url.searchParams.has('forger')
      ? '<iframe id="forger" src="/forger.html" title="Advertisement" height="50"></iframe>'
      : '';
    return send('text/html', page(snippet + forger));
  }
  if (url.pathname === '/paste.html') return send('text/html', page(url.searchParams.get('html') ?? ''));
  if (url.pathname === '/forger.html')
    return send('text/html', '<!doctype html><title>ad</title><script src="/forger.js"></script>');
  if (url.pathname === '/forger.js') return send('text/javascript', FORGER);
  if (url.pathname === '/favicon.ico') return send('image/x-icon', '');
  response.writeHead(404).end();
}).listen(HOST_PORT, '127.0.0.1');
