/**
 * The Content Security Policy the built site runs under, and a Vite plugin that ships it in the built HTML as a
 * `<meta>` policy (for hosts that cannot set headers). The nginx config and `_headers` (build/deploy/headers.ts) and
 * `vite preview` also send it as a header; the end-to-end tests run under it. The dev server runs without it: Vite's
 * client injects inline styles for hot reloading.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
].join('; ');

export function cspMeta(): Plugin {
  return {
    name: 'kuril-csp-meta',
    apply: 'build',
    // Right after the charset, before anything the policy governs.
    transformIndexHtml(html, context) {
      const charset = '<meta charset="utf-8" />';
      if (!html.includes(charset)) throw new Error(`${context.filename}: no ${charset} to put the CSP <meta> after`);
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}
