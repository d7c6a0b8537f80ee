import { describe, expect, it } from 'vitest';
import { randomNetwork } from '../../src/engine/random.ts';
import { trace } from '../../src/engine/trace.ts';
import {
  applyEdits,
  editTargetError,
  editValue,
  parseEditValue,
  readEdits,
  writeEdits,
} from '../../src/state/edits.ts';

const spec = randomNetwork({
  layers: [2, 3, 1],
  activations: ['tanh', 'sigmoid'],
  loss: 'bce',
  samples: 2,
  seed: 71,
});

describe('editing numbers', () => {
  it('accepts decimal numbers in range, with a unicode minus', () => {
    expect(parseEditValue('0.25')).toEqual({ value: 0.25 });
    expect(parseEditValue(' −1.5 ')).toEqual({ value: -1.5 });
    expect(parseEditValue('1e2')).toEqual({ value: 100 });
    expect(parseEditValue('999')).toEqual({ value: 999 });
    expect(parseEditValue('-1000')).toEqual({ value: -1000 });
  });

  it.each([
    ['', '“” is not a number'],
    ['abc', '“abc” is not a number'],
    ['NaN', '“NaN” is not a number'],
    ['Infinity', '“Infinity” is not a number'],
    ['1e9', '1000000000 is too large: use a number from −1000 to 1000'],
    ['1000.5', '1000.5 is too large: use a number from −1000 to 1000'],
    ['1,000', '“1,000” has a comma: write a decimal point (0.5) and no thousands separators'],
    ['0,5', '“0,5” has a comma: write a decimal point (0.5) and no thousands separators'],
    ['0x10', '“0x10” is not a decimal number (0x, 0b and 0o forms are not read)'],
    ['0b101', '“0b101” is not a decimal number (0x, 0b and 0o forms are not read)'],
    ['0o17', '“0o17” is not a decimal number (0x, 0b and 0o forms are not read)'],
    ['1e-400', '“1e-400” is too small to hold: it would be read as 0'],
  ])('refuses %j with a message', (text, message) => {
    const r = parseEditValue(text);
    expect('error' in r && r.error.en).toBe(message);
    expect('error' in r && r.error.zh.length).toBeGreaterThan(3);
  });

  it('applies weight, bias, input and target edits to a copy, and the trace follows', () => {
    const before = structuredClone(spec);
    const edited = applyEdits(spec, { 'W1[2][1]': 0.5, 'b2[0]': -0.25, 'x1[0]': 2, 'y0[0]': 1 });
    expect(spec).toEqual(before);
    expect(editValue(edited, 'W1[2][1]')).toBe(0.5);
    expect(editValue(edited, 'b2[0]')).toBe(-0.25);
    expect(edited.samples[1].x[0]).toBe(2);
    expect(edited.samples[0].y[0]).toBe(1);
    expect(trace(edited).samples[0].layers[0].z[2]).toBeCloseTo(
      spec.weights[0][2][0] * spec.samples[0].x[0] +
        0.5 * spec.samples[0].x[1] +
        (spec.biases?.[0][2] ?? 0),
      14,
    );
  });

  it('names edit targets the network does not have', () => {
    expect(editTargetError(spec, 'W3[0][0]')).toBe('W3[0][0]: no layer 3 (layers run from 1 to 2)');
    expect(editTargetError(spec, 'x5[0]')).toBe('x5[0]: no sample 5 (there are 2)');
    expect(editTargetError(spec, 'y0[3]')).toBe('y0[3]: no target 3 (there are 1)');
    expect(editTargetError(spec, 'x1[1]')).toBeNull();
  });

  it('round-trips through the URL form and ignores what does not fit', () => {
    const edits = { 'W1[0][1]': 0.3, 'x0[1]': -1 };
    expect(writeEdits(edits)).toBe('W1[0][1]:0.3,x0[1]:-1');
    expect(readEdits(writeEdits(edits), spec)).toEqual({ edits, ignored: [], problems: [] });
    const read = readEdits('W1[0][1]:abc,W9[0][0]:1,b1[0]:1e9,b1[1]:0.5,junk', spec);
    expect(read.edits).toEqual({ 'b1[1]': 0.5 });
    expect(read.ignored).toEqual(['W1[0][1]:abc', 'W9[0][0]:1', 'b1[0]:1e9', 'junk']);
    expect(read.problems.map((p) => p.en)).toEqual([
      '“abc” is not a number',
      expect.stringMatching(/W9|layer 9/),
      expect.stringMatching(/too large/),
      'expected NAME:VALUE',
    ]);
  });
});
