/**
 * What an export did not build itself (titles, sources and narration from a content file or a
 * link) stays text: no TeX command in the LaTeX a recipient compiles, no markup in the Markdown.
 */

import { describe, expect, it } from 'vitest';
import { presetFromData } from '../../src/content/presets.ts';
import { toLatex, toMarkdown } from '../../src/derivation/export.ts';
import { makeNotation } from '../../src/derivation/notation.ts';
import { buildSteps } from '../../src/derivation/storyline.ts';
import { trace } from '../../src/engine/trace.ts';

const HOSTILE = [
  '\\input{/etc/passwd}',
  '\\immediate\\write18{rm -rf ~}',
  '\\openout1=pwn.tex',
  '\\catcode`\\@=0 @input x',
  '\\def\\x{y}\\x',
  '\\csname input\\endcsname{x}',
  '^^5cinput{x}',
  '$\\href{javascript:alert(1)}{x}$ % comment',
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 1">',
  '[link](javascript:alert(1)) ![i](x)',
  '\n# a heading of its own\n',
].join(' ');

const preset = presetFromData(
  {
    id: 'hostile',
    title: { en: HOSTILE, zh: `标题 ${HOSTILE}` },
    layers: [2, 2, 1],
    activations: ['sigmoid', 'sigmoid'],
    loss: 'bce',
    weights: [
      [
        [0.1, 0.2],
        [0.3, 0.4],
      ],
      [[0.5, 0.6]],
    ],
    samples: [{ x: [1, 0], y: [1] }],
    notation: { weight: '\\theta', names: { target: '\\text{label}' } },
    steps: [
      {
        block: 'forward',
        layer: 1,
        title: { en: HOSTILE, zh: HOSTILE },
        text: { en: HOSTILE, zh: HOSTILE },
        source: { en: HOSTILE, zh: HOSTILE },
      },
      { block: 'note', title: { en: 'x', zh: 'x' }, text: { en: HOSTILE, zh: HOSTILE } },
    ],
  },
  'link.json',
);
const steps = buildSteps(trace(preset.spec), {
  steps: preset.steps,
  notation: makeNotation(preset.notation),
});

/** TeX primitives and LaTeX commands that read or write files, run programs or redefine TeX. */
const DANGEROUS =
  /\\(input|include|write|immediate|openout|openin|read|catcode|def|edef|gdef|let|csname|endcsname|expandafter|href|url|special|newcommand|renewcommand)(?![A-Za-z])|\^\^/;

describe.each(['en', 'zh'] as const)('an export of a network with hostile titles (%s)', (lang) => {
  it('LaTeX: no command of the titles or the narration survives, and no comment or math opens', () => {
    const tex = toLatex(steps, { title: preset.title[lang], lang, digits: 4 });
    expect(tex).not.toMatch(DANGEROUS);
    // The text outside the equations has no unescaped $, % or #.
    const text = tex.replace(/\\begin\{align\*\}[\s\S]*?\\end\{align\*\}/g, '');
    expect(text).not.toMatch(/(?<!\\)[$%#]/);
    expect(text).toContain('\\textbackslash{}input\\{/etc/passwd\\}');
  });

  it('Markdown: no HTML, link, math or heading of its own comes from the text', () => {
    const md = toMarkdown(steps, { title: preset.title[lang], lang, digits: 4 });
    const text = md.replace(/^\$\$\n[\s\S]*?\n\$\$$/gm, '');
    expect(text).not.toMatch(/(?<!\\)</);
    expect(text).not.toMatch(/(?<!\\)\[/);
    expect(text).not.toMatch(/(?<!\\)\$/);
    expect(text).not.toMatch(/^# a heading/m);
    expect(text).toContain('\\<script\\>');
  });
});
