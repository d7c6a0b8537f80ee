/**
 * The one way the app renders LaTeX: cached by (tex, display), shared macros, fixed safe options
 * (no `trust`, so no \href, \url or \html… commands; bounded size and macro expansion), and
 * errors caught and shown as the source text rather than thrown.
 */

import katex from 'katex';

const MACROS = {
  '\\R': '\\mathbb{R}',
};

const cache = new Map<string, string>();

/**
 * What KaTeX writes: 'html' to look at (the equations' parts), 'mathml' for screen readers (a
 * whole row at once), or both.
 */
export type TexOutput = 'html' | 'mathml' | 'htmlAndMathml';

export function renderTex(
  tex: string,
  display = false,
  output: TexOutput = 'htmlAndMathml',
): string {
  const key = `${display ? 'D' : 'I'}${output[0]}${output.length}${tex}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let html: string;
  try {
    html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      strict: 'ignore',
      trust: false,
      output,
      maxSize: 20,
      maxExpand: 500,
      macros: { ...MACROS },
    });
  } catch (e) {
    html = `<code class="tex-error" title="${escapeHtml((e as Error).message)}">${escapeHtml(tex)}</code>`;
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, html);
  return html;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
