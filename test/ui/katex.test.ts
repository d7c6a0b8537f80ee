/** The one KaTeX wrapper renders without trust: no links, no HTML, no images. */

import { describe, expect, it } from 'vitest';
import { renderTex } from '../../src/ui/katex.ts';

describe('renderTex', () => {
  it.each([
    ['\\href{javascript:alert(1)}{x}', /<a\b|href=/],
    ['\\url{javascript:alert(1)}', /<a\b|href=/],
    ['\\htmlData{foo=bar}{x}', /data-foo/],
    ['\\htmlClass{evil}{x}', /class="evil"/],
    ['\\htmlStyle{background:url(x)}{x}', /style="[^"]*background/],
    ['\\htmlId{root}{x}', /id="root"/],
    ['\\includegraphics[height=1em]{x.png}', /<img\b/],
  ])('gives %s no power over the page', (tex, power) => {
    expect(renderTex(tex)).not.toMatch(power);
  });

  it('escapes the source it shows for TeX it cannot draw', () => {
    expect(renderTex('\\frac{<img src=x onerror=alert(1)>')).toMatch(
      /^<code class="tex-error" title="[^"<>]*">\\frac\{&#60;img src=x onerror=alert\(1\)&#62;<\/code>$/,
    );
  });
});
