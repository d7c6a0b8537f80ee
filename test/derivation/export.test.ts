import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { alignedBodies, toLatex, toMarkdown } from '../../src/derivation/export.ts';
import { makeNotation } from '../../src/derivation/notation.ts';
import { buildSteps } from '../../src/derivation/storyline.ts';
import { trace } from '../../src/engine/trace.ts';

const presets = readPresets(readContentDir()).presets;
const stepsOf = (p: (typeof presets)[number]) =>
  buildSteps(trace(p.spec), {
    steps: p.steps,
    notation: makeNotation(p.notation),
    learningRate: p.learningRate,
  });

describe.each(presets.map((p) => [p.spec.id, p] as const))('exporting %s', (_, p) => {
  const steps = stepsOf(p);

  it('every step’s display parses under KaTeX strict mode, at 4 and 10 digits', () => {
    for (const digits of [4, 10]) {
      for (const body of alignedBodies(steps, digits)) {
        expect(
          () =>
            katex.renderToString(body, { displayMode: true, throwOnError: true, strict: 'error' }),
          body.slice(0, 200),
        ).not.toThrow();
      }
    }
  });

  it('LaTeX: a document with one align* per step that has equations, text escaped, Chinese with ctexart', () => {
    const en = toLatex(steps, { title: p.title.en ?? p.spec.id, lang: 'en', digits: 4 });
    expect(en.startsWith('\\documentclass{article}')).toBe(true);
    expect(en.match(/\\begin\{align\*\}/g)?.length).toBe(
      steps.filter((s) => s.equations.length > 0).length,
    );
    expect(en.match(/\\subsection\*/g)?.length).toBe(steps.length);
    // No raw Greek letters, sub/superscripts or no-break spaces left in the text for pdflatex
    // to stumble on.
    const text = en
      .split('\\begin{align*}')
      .map((chunk) => chunk.split('\\end{align*}').at(-1))
      .join('');
    expect(text).not.toMatch(/[αβδεηθλμξσΘΣΔ∂∇⊙∘⊗−₀-₉⁰¹²³⁴-⁹⁽⁾\u00a0]/);
    expect(en.trimEnd().endsWith('\\end{document}')).toBe(true);
    expect(
      toLatex(steps, { title: 'x', lang: 'zh', digits: 4 }).startsWith('\\documentclass{ctexart}'),
    ).toBe(true);
  });

  it('Markdown: a heading per step and the math in $$ blocks', () => {
    const md = toMarkdown(steps, { title: 'T', lang: 'zh', digits: 4 });
    expect(md.match(/^## /gm)?.length).toBe(steps.length);
    expect(md).toContain(steps[0].title.zh);
    expect(md.match(/^\$\$$/gm)?.length).toBe(
      2 * steps.filter((s) => s.equations.length > 0).length,
    );
  });
});
