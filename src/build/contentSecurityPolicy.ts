/**
 * A Vite plugin that puts the page's Content-Security-Policy into the built index.html, as a
 * <meta http-equiv> so that any static host serves it. Only in the build: the dev server's React
 * refresh runs an inline script and its CSS arrives as <style> elements.
 */

import type { Plugin } from 'vite';

/**
 * Scripts only from the site's own files and never inline, so text from a link or a content file
 * can never become code; no plugins; no <base> pointing elsewhere. KaTeX writes its layout as
 * inline style attributes (heights, struts, vertical-align), so attributes may carry styles, while
 * style elements must be the site's own files. Fonts and images may be data: URLs (small fonts the
 * build inlines, the icon, the PNG export's drawing of the SVG).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "style-src-elem 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** A <script> element with code of its own, which the policy would refuse. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>/i;

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (INLINE_SCRIPT.test(html))
          throw new Error('index.html has an inline script, which the page’s policy refuses');
        // Right after the charset, ahead of every script and stylesheet it governs.
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html has no <meta charset> to put the policy after');
        const end = charset.index + charset[0].length;
        const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        return html.slice(0, end) + meta + html.slice(end);
      },
    },
  };
}
