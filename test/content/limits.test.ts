/**
 * The bounds of the content format (everywhere) and of the page (links, imports): each refusal is
 * one line naming the field and the bound, and it comes before any work scaled by the size.
 */

import { describe, expect, it } from 'vitest';
import { checkPageLimits, checkPageSize } from '../../src/content/pageLimits.ts';
import { presetFromData } from '../../src/content/presets.ts';
import { readPreset } from '../../src/content/read.ts';
import { decodeNetwork } from '../../src/state/shareable.ts';
import { uniformNetwork } from '../support/networks.ts';

const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};
const def = (content: unknown) =>
  Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');

describe('the content format’s bounds', () => {
  it('a layer of more than 2,000 units is refused at the layer size, before its weights are read', () => {
    // Weights left out: the bound must be named first, not the missing matrices.
    const raw = { ...uniformNetwork('big', [1, 1]), layers: [5000, 1] };
    expect(message(() => presetFromData(raw, 'f.json'))).toBe(
      'f.json: layers[0]: at most 2,000 units in a layer, got 5,000',
    );
  });

  it('more than 64 layers, 10,000 samples or 200 steps are refused', () => {
    expect(
      message(() => presetFromData(uniformNetwork('big', new Array(65).fill(1)), 'f.json')),
    ).toBe('f.json: layers: at most 64 layers, got 65');
    expect(message(() => presetFromData(uniformNetwork('big', [1, 1], 10_001), 'f.json'))).toBe(
      'f.json: samples: at most 10,000 samples, got 10,001',
    );
    const step = { block: 'note', title: { en: 'a', zh: 'a' }, text: { en: 'a', zh: 'a' } };
    const steps = new Array(201).fill(step);
    expect(
      message(() => presetFromData(uniformNetwork('big', [1, 1], 1, { steps }), 'f.json')),
    ).toBe('f.json: steps: at most 200 steps, got 201');
    expect(
      message(() =>
        presetFromData(uniformNetwork('big', [1, 1], 1, { steps: steps.slice(1) }), 'f.json'),
      ),
    ).toBe('accepted');
  });

  it('an id, a title, a step’s text and a notation letter have a length bound', () => {
    expect(
      message(() =>
        presetFromData({ ...uniformNetwork('big', [1, 1]), id: 'a'.repeat(65) }, 'f.json'),
      ),
    ).toBe('f.json: id: at most 64 characters, got 65');
    expect(
      message(() =>
        presetFromData(uniformNetwork('big', [1, 1], 1, { title: 'T'.repeat(501) }), 'f.json'),
      ),
    ).toBe('f.json: title: at most 500 characters, got 501');
    expect(
      message(() =>
        presetFromData(
          uniformNetwork('big', [1, 1], 1, { title: { zh: 'T'.repeat(501) } }),
          'f.json',
        ),
      ),
    ).toBe('f.json: title.zh: at most 500 characters, got 501');
    const long = {
      block: 'note',
      title: { en: 'a', zh: 'a' },
      text: { en: 'x'.repeat(4001), zh: 'a' },
    };
    expect(
      message(() => presetFromData(uniformNetwork('big', [1, 1], 1, { steps: [long] }), 'f.json')),
    ).toBe('f.json: steps[0].text.en: at most 4,000 characters, got 4,001');
    expect(
      message(() =>
        presetFromData(
          uniformNetwork('big', [1, 1], 1, { notation: { weight: 'w'.repeat(41) } }),
          'f.json',
        ),
      ),
    ).toBe('f.json: notation.weight: at most 40 characters, got 41');
  });
});

describe('the page’s bounds (the builder’s) on links and imports', () => {
  it('a link to a 200-200-200 network is refused at once, by its size; a wide layer in the builder’s words', () => {
    const started = performance.now();
    expect(decodeNetwork(def(uniformNetwork('big', [200, 200, 200])))).toEqual({
      error: 'link.json: too large to open on this page: 428,975 bytes, over the limit of 200,000',
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(decodeNetwork(def(uniformNetwork('big', [2, 200, 2])))).toEqual({
      error: 'link.json: layers[1]: at most 12 units in a layer, got 200',
    });
  });

  it('a link past 8 layers or 16 samples is refused; one within the bounds opens', () => {
    expect(decodeNetwork(def(uniformNetwork('big', new Array(10).fill(2))))).toEqual({
      error: 'link.json: layers: at most 8 layers after the input, got 9',
    });
    expect(decodeNetwork(def(uniformNetwork('big', [2, 2], 17)))).toEqual({
      error: 'link.json: samples: at most 16, got 17',
    });
    expect('spec' in decodeNetwork(def(uniformNetwork('big', new Array(9).fill(12), 16)))).toBe(
      true,
    );
  });

  it('a link or a file past 200,000 bytes is refused before it is parsed', () => {
    expect(decodeNetwork('A'.repeat(200_001))).toEqual({
      error: 'link.json: too large to open on this page: 200,001 bytes, over the limit of 200,000',
    });
    expect(message(() => checkPageSize(1_200_000, 'big.yaml'))).toBe(
      'big.yaml: too large to open on this page: 1,200,000 bytes, over the limit of 200,000',
    );
  });

  it('an imported file gets the same bounds as a link', () => {
    const preset = readPreset({
      path: 'wide.json',
      text: JSON.stringify(uniformNetwork('big', [2, 13, 1])),
    });
    expect(message(() => checkPageLimits(preset.spec, 'wide.json'))).toBe(
      'wide.json: layers[1]: at most 12 units in a layer, got 13',
    );
  });
});
