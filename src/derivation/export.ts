/**
 * A whole derivation as a document, with the network's numbers: LaTeX (one `align*` per step,
 * compiling with amsmath, amssymb and cancel; ctexart for Chinese) or Markdown with math.
 * Pure: the same rows the page shows, every animation frame revealed.
 */

import type { Lang } from '../schema/language.ts';
import { formatTexNumber } from './number.ts';
import { partTex } from './parts.ts';
import type { Equation, Step } from './types.ts';

export interface ExportOptions {
  title: string;
  lang: Lang;
  digits: number;
}

const write = (digits: number) => (v: number) => formatTexNumber(v, digits);

function side(parts: Equation['lhs'], digits: number): string {
  return parts.map((p) => partTex(p, write(digits))).join(' ');
}

/** One row as `lhs &rel rhs`, aligned on its relation. */
function alignedRow(row: Equation, digits: number): string {
  return `${side(row.lhs, digits)} &${row.rel ? ` ${row.rel} ` : ' '}${side(row.rhs, digits)}`.trim();
}

/** Characters of the narration that plain LaTeX text mode cannot set, as TeX commands. */
const MATH_IN_TEXT: Record<string, string> = {
  α: '\\alpha',
  β: '\\beta',
  δ: '\\delta',
  ε: '\\varepsilon',
  η: '\\eta',
  θ: '\\theta',
  λ: '\\lambda',
  μ: '\\mu',
  ξ: '\\xi',
  σ: '\\sigma',
  Θ: '\\Theta',
  Σ: '\\Sigma',
  Δ: '\\Delta',
  '∂': '\\partial',
  '∇': '\\nabla',
  '⊙': '\\odot',
  '∘': '\\circ',
  '⊗': '\\otimes',
  '×': '\\times',
  '−': '-',
  '≠': '\\neq',
  '≈': '\\approx',
  '≤': '\\leq',
  '≥': '\\geq',
  '∈': '\\in',
  '∞': '\\infty',
  '→': '\\to',
  '★': '\\bigstar',
  '←': '\\leftarrow',
  '⟶': '\\longrightarrow',
  '′': '\\prime',
  '≫': '\\gg',
  '∝': '\\propto',
};
const SUB: Record<string, string> = {
  '₀': '0',
  '₁': '1',
  '₂': '2',
  '₃': '3',
  '₄': '4',
  '₅': '5',
  '₆': '6',
  '₇': '7',
  '₈': '8',
  '₉': '9',
  ᵢ: 'i',
  ⱼ: 'j',
  ₖ: 'k',
};
const SUP: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁽': '(',
  '⁾': ')',
  ˡ: 'l',
  ᴸ: 'L',
  ᵇ: 'b',
  ᵀ: 'T',
  ᐪ: 'T',
  '⁺': '+',
  '⁻': '-',
};

/**
 * Text for LaTeX: TeX's special characters escaped, symbols and sub/superscripts as math, a
 * no-break space as TeX's tie.
 */
function latexText(text: string): string {
  const escaped = text.replace(/[\\{}$&#%_^~]/g, (c) =>
    c === '\\'
      ? '\\textbackslash{}'
      : c === '~'
        ? '\\textasciitilde{}'
        : c === '^'
          ? '\\textasciicircum{}'
          : `\\${c}`,
  );
  return escaped
    .replace(/[₀-₉ᵢⱼₖ]+/g, (run) => `\\ensuremath{_{${[...run].map((c) => SUB[c]).join('')}}}`)
    .replace(
      /[⁰¹²³⁴-⁹⁽⁾ˡᴸᵇᵀᐪ⁺⁻]+/g,
      (run) => `\\ensuremath{^{${[...run].map((c) => SUP[c]).join('')}}}`,
    )
    .replace(/[αβδεηθλμξσΘΣΔ∂∇⊙∘⊗×−≠≈≤≥∈∞→←⟶′≫∝★]/g, (c) => `\\ensuremath{${MATH_IN_TEXT[c]}}`)
    .replaceAll('\u00a0', '~');
}

export function toLatex(steps: readonly Step[], o: ExportOptions): string {
  const lines = [
    o.lang === 'zh' ? '\\documentclass{ctexart}' : '\\documentclass{article}',
    '\\usepackage{amsmath,amssymb,cancel,textcomp}',
    '\\usepackage[margin=2cm]{geometry}',
    '\\allowdisplaybreaks',
    '\\begin{document}',
    `\\section*{${latexText(o.title)}}`,
  ];
  steps.forEach((s, i) => {
    lines.push(`\\subsection*{${i + 1}. ${latexText(s.title[o.lang])}}`);
    if (s.source) lines.push(`\\emph{${latexText(s.source[o.lang])}}\\par`);
    lines.push(latexText(s.narration[o.lang]));
    if (s.equations.length > 0) {
      lines.push('\\begin{align*}');
      lines.push(s.equations.map((row) => alignedRow(row, o.digits)).join(' \\\\\n'));
      lines.push('\\end{align*}');
    }
  });
  lines.push('\\end{document}', '');
  return lines.join('\n');
}

/**
 * Text for Markdown: every character Markdown (with HTML and $ math) could read as markup is
 * escaped, so a title or a narration from a content file or a link stays text wherever the file
 * is rendered (no <script>, no link, no math that a lax renderer trusts); `oneLine` keeps a
 * heading to its line.
 */
function markdownText(text: string, oneLine = false): string {
  const escaped = text.replace(/[\\`*_{}[\]<>#|$~&!]/g, (c) => `\\${c}`);
  return oneLine ? escaped.replace(/\s*[\r\n]+\s*/g, ' ') : escaped;
}

export function toMarkdown(steps: readonly Step[], o: ExportOptions): string {
  const lines = [`# ${markdownText(o.title, true)}`, ''];
  steps.forEach((s, i) => {
    lines.push(`## ${i + 1}. ${markdownText(s.title[o.lang], true)}`, '');
    if (s.source) lines.push(`*${markdownText(s.source[o.lang], true)}*`, '');
    lines.push(markdownText(s.narration[o.lang]), '');
    if (s.equations.length > 0) {
      lines.push(
        '$$',
        '\\begin{aligned}',
        s.equations.map((row) => alignedRow(row, o.digits)).join(' \\\\\n'),
        '\\end{aligned}',
        '$$',
        '',
      );
    }
  });
  return lines.join('\n');
}

/** The body of each step's display, for checking that it parses. */
export function alignedBodies(steps: readonly Step[], digits: number): string[] {
  return steps
    .filter((s) => s.equations.length > 0)
    .map(
      (s) =>
        `\\begin{aligned}${s.equations.map((row) => alignedRow(row, digits)).join(' \\\\ ')}\\end{aligned}`,
    );
}
