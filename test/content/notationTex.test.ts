/** A notation holds symbols, not programs: a small TeX vocabulary, and a message for the rest. */

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPreset, readPresets } from '../../src/content/read.ts';

const FILE = 'content/networks/foo.yaml';
const BASE = `id: foo
layers: [2, 2, 1]
activations: [sigmoid, sigmoid]
loss: bce
weights: [[[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.6]]]
samples: [{x: [1, 0], y: [1]}]
`;

/** The message a content file with this notation gets, or 'accepted'. */
function messageFor(notation: Record<string, unknown>): string {
  try {
    readPreset({ path: FILE, text: `${BASE}notation: ${JSON.stringify(notation)}\n` });
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
}

describe('notation TeX', () => {
  it('refuses the payload that would read a file and run a shell command, naming each command', () => {
    const message = messageFor({ weight: '\\input{/etc/passwd}\\immediate\\write18{curl x}w' });
    expect(message).toMatch(
      /^content\/networks\/foo\.yaml: notation\.weight: \\input, “\/”, \\immediate, \\write are not allowed \(a notation may use letters, digits/,
    );
    expect(message).not.toContain('\n');
  });

  it.each([
    ['weight', 'w'],
    ['weight', '\\Theta'],
    ['weightMatrix', '\\mathbf{W}'],
    ['weightMatrix', '\\boldsymbol{\\Theta}'],
    ['weight', "w'"],
    ['weight', 'w^{\\prime}'],
    ['weight', '\\hat{w}'],
    ['weight', '\\bar w'],
    ['weight', '\\tilde{\\theta}_{0}'],
    ['weight', '\\vec{v}'],
    ['weight', '\\mathrm{w}'],
    ['weight', '\\mathcal{W}'],
    ['weight', '\\mathbb{W}'],
    ['weight', 'W_1'],
    ['weight', 'w^{(2)}'],
    ['weight', '\\xi'],
    ['weight', '\\varepsilon'],
    ['weight', '\\ell'],
  ])('accepts %s: %s, which KaTeX draws in strict mode', (field, tex) => {
    expect(messageFor({ [field]: tex })).toBe('accepted');
    expect(() => katex.renderToString(tex, { strict: 'error', throwOnError: true })).not.toThrow();
  });

  it.each([
    ['target', '\\text{label}'],
    ['total', '\\text{loss 2}'],
    ['cost', 'J^{(b)}'],
    ['delta', '\\delta'],
    ['error', '\\operatorname{err}'],
    ['act', "a'"],
  ])('accepts names.%s: %s', (name, tex) => {
    expect(messageFor({ names: { [name]: tex } })).toBe('accepted');
  });

  it.each([
    ['\\catcode`\\^^M=13', '\\catcode'],
    ['\\def\\w{x}w', '\\def'],
    ['\\csname input\\endcsname', '\\csname'],
    ['\\openout1=x', '\\openout'],
    ['\\expandafter w', '\\expandafter'],
    ['\\href{javascript:alert(1)}{w}', '\\href'],
    ['\\htmlData{foo=bar}{w}', '\\htmlData'],
    ['\\includegraphics{x}', '\\includegraphics'],
    ['\\url{javascript:alert(1)}', '\\url'],
    ['\\mathbf{\\input x}', '\\input'],
    ['w_{\\write18}', '\\write'],
    ['<script>', '“<”'],
    ['w%', '“%”'],
    ['w#1', '“#”'],
    ['$w$', '“$”'],
    ['w&', '“&”'],
    ['w~', '“~”'],
    ['w\\,', '\\,'],
  ])('refuses %s, naming %s', (tex, named) => {
    expect(messageFor({ weight: tex })).toContain(`notation.weight: ${named}`);
  });

  it('refuses TeX’s ^^ character codes (^^5c is a backslash), braces out of shape and \\text with commands', () => {
    expect(messageFor({ weight: 'w^^5cinput' })).toContain(
      'notation.weight: ^ needs one letter, digit or symbol, or a {group}, after it',
    );
    expect(messageFor({ weight: 'w_{1' })).toContain('notation.weight: a { is not closed');
    expect(messageFor({ weight: 'w}\\input{x' })).toContain('notation.weight: \\input is not');
    expect(messageFor({ weight: 'w}x' })).toContain('notation.weight: a } closes nothing');
    expect(messageFor({ names: { target: '\\text{\\input{x}}' } })).toContain(
      'notation.names.target: \\input is not allowed',
    );
    expect(messageFor({ names: { target: '\\text{a_b}' } })).toContain(
      'notation.names.target: \\text takes {words}: letters, digits and spaces only',
    );
    expect(messageFor({ matrixNames: { delta: '\\Delta\\write' } })).toContain(
      'notation.matrixNames.delta: \\write is not allowed',
    );
  });

  it('accepts every notation of the presets in content/', () => {
    const { presets, errors } = readPresets(readContentDir());
    expect(errors).toEqual([]);
    expect(presets.filter((p) => Object.keys(p.notation).length > 0).length).toBeGreaterThan(3);
  });
});
