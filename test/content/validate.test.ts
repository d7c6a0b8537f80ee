/** One test per rule of network-spec.md §1–2, each asserting the exact one-line message. */

import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseContentText } from '../../src/content/parse.ts';
import { SpecError, validateSpec } from '../../src/content/validate.ts';

const FILE = 'content/networks/foo.yaml';

/** A valid 3→3→2 spec to break one field at a time. */
function valid(): Record<string, unknown> {
  return {
    id: 'foo',
    layers: [3, 3, 2],
    activations: ['sigmoid', 'sigmoid'],
    loss: 'half_sse',
    weights: [
      [
        [0.1, 0.2, 0.3],
        [0.4, 0.5, 0.6],
        [0.7, 0.8, 0.9],
      ],
      [
        [0.1, 0.2, 0.3],
        [0.4, 0.5, 0.6],
      ],
    ],
    biases: [
      [0, 0, 0],
      [0, 0],
    ],
    samples: [{ x: [1, 2, 3], y: [0, 1] }],
  };
}

function messageFor(change: (spec: Record<string, unknown>) => void): string {
  const spec = valid();
  change(spec);
  try {
    validateSpec(spec, FILE);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
}

describe('validateSpec', () => {
  it('accepts a valid spec and fills in the default reduction', () => {
    const spec = validateSpec(valid(), FILE);
    expect(spec.reduction).toBe('mean');
    expect(spec.layers).toEqual([3, 3, 2]);
  });

  it('ignores presentation fields it does not read', () => {
    expect(
      messageFor((s) => Object.assign(s, { title: { en: 'x' }, notation: {}, steps: [] })),
    ).toBe('accepted');
  });

  const rules: [string, (s: Record<string, unknown>) => void, string][] = [
    ['the file is not a mapping', () => {}, ''],
    ['id missing', (s) => delete s.id, 'id: expected a kebab-case name, got nothing'],
    [
      'id not kebab-case',
      (s) => (s.id = 'Foo_Bar'),
      'id: expected a kebab-case name (lower-case letters, digits and dashes), got "Foo_Bar"',
    ],
    [
      'layers too short',
      (s) => (s.layers = [3]),
      'layers: expected a list of at least 2 unit counts (input first), got a list of 1',
    ],
    [
      'a layer size not a whole number ≥ 1',
      (s) => (s.layers = [3, 0, 2]),
      'layers[1]: expected a whole number ≥ 1, got 0',
    ],
    [
      'activations of the wrong length',
      (s) => (s.activations = ['sigmoid']),
      'activations: expected 2 activations (one per layer after the input), got a list of 1',
    ],
    [
      'an unknown activation',
      (s) => (s.activations = ['sigmoid', 'sigmod']),
      'activations[1]: unknown activation "sigmod" (expected sigmoid, tanh, relu, leaky_relu, gelu, softplus, linear or softmax)',
    ],
    [
      'an unknown loss',
      (s) => (s.loss = 'l2'),
      'loss: unknown loss "l2" (expected half_sse, mse, bce or ce)',
    ],
    [
      'an unknown reduction',
      (s) => (s.reduction = 'avg'),
      'reduction: expected mean or sum, got "avg"',
    ],
    [
      'too few weight matrices',
      (s) => (s.weights = (s.weights as unknown[]).slice(0, 1)),
      'weights: expected 2 matrices (one per layer after the input), got a list of 1',
    ],
    [
      'a matrix with the wrong number of rows',
      (s) => ((s.weights as number[][][])[1] = [[1, 2, 3]]),
      'weights[1]: expected 2 rows (layer 2 has 2 units), got a list of 1',
    ],
    [
      'a row with the wrong number of columns',
      (s) => ((s.weights as number[][][])[1][0] = [1, 2]),
      'weights[1][0]: expected 3 numbers (layer 1 has 3 units), got 2',
    ],
    [
      'a weight that is not a number',
      (s) => ((s.weights as unknown[][][])[0][2][1] = 'abc'),
      'weights[0][2][1]: expected a finite number, got "abc"',
    ],
    [
      'a weight that is not finite',
      (s) => ((s.weights as number[][][])[0][0][0] = Number.POSITIVE_INFINITY),
      'weights[0][0][0]: expected a finite number, got Infinity',
    ],
    [
      'biases of the wrong length',
      (s) => ((s.biases as number[][])[1] = [0, 0, 0]),
      'biases[1]: expected 2 numbers (layer 2 has 2 units), got 3',
    ],
    [
      'a bias that is NaN',
      (s) => ((s.biases as number[][])[0][1] = Number.NaN),
      'biases[0][1]: expected a finite number, got NaN',
    ],
    [
      'no samples',
      (s) => (s.samples = []),
      'samples: expected a list of at least one {x, y}, got a list of 0',
    ],
    [
      'a sample that is not a mapping',
      (s) => (s.samples = [[1, 2, 3]]),
      'samples[0]: expected a mapping with x and y, got a list of 3',
    ],
    [
      'an input of the wrong length',
      (s) => (s.samples = [{ x: [1, 2], y: [0, 1] }]),
      'samples[0].x: expected 3 numbers (the input layer has 3 units), got 2',
    ],
    [
      'a target of the wrong length',
      (s) => (s.samples = [{ x: [1, 2, 3], y: [1] }]),
      'samples[0].y: expected 2 numbers (the output layer has 2 units), got 1',
    ],
    [
      'a target that is missing',
      (s) => (s.samples = [{ x: [1, 2, 3] }]),
      'samples[0].y: expected 2 numbers (the output layer has 2 units), got nothing',
    ],
    [
      'a regularization λ below 0',
      (s) => (s.regularization = { l2: -1 }),
      'regularization.l2: expected a finite number ≥ 0, got -1',
    ],
    [
      'regularization that is not a mapping',
      (s) => (s.regularization = 0.1),
      'regularization: expected a mapping {l2: λ}, got 0.1',
    ],
    [
      'bce without a sigmoid output',
      (s) => Object.assign(s, { loss: 'bce', activations: ['sigmoid', 'tanh'] }),
      'loss: bce needs a sigmoid output layer, but activations[1] is tanh',
    ],
    [
      'bce targets outside [0, 1]',
      (s) => Object.assign(s, { loss: 'bce', samples: [{ x: [1, 2, 3], y: [0, 1.5] }] }),
      'samples[0].y[1]: bce targets must lie in [0, 1], got 1.5',
    ],
    [
      'ce without a softmax output',
      (s) => (s.loss = 'ce'),
      'loss: ce needs a softmax output layer, but activations[1] is sigmoid',
    ],
    [
      'a negative ce target',
      (s) =>
        Object.assign(s, {
          loss: 'ce',
          activations: ['sigmoid', 'softmax'],
          samples: [{ x: [1, 2, 3], y: [-0.5, 1.5] }],
        }),
      'samples[0].y[0]: ce targets must not be negative, got -0.5',
    ],
  ];

  it.each(rules.slice(1))('refuses %s', (_, change, message) => {
    expect(messageFor(change)).toBe(`${FILE}: ${message}`);
  });

  it('refuses a file that is not a mapping', () => {
    expect(() => validateSpec([1, 2], FILE)).toThrow(
      `${FILE}: expected a mapping of fields (id, layers, activations, …), got a list of 2`,
    );
  });
});

describe('parseContentText', () => {
  it('reads YAML, including .nan and .inf, which validation then refuses', () => {
    const raw = parseContentText('weights: [[[.nan]]]\nx: .inf\n', FILE) as {
      weights: number[][][];
      x: number;
    };
    expect(Number.isNaN(raw.weights[0][0][0])).toBe(true);
    expect(raw.x).toBe(Number.POSITIVE_INFINITY);
  });

  it('names the line and column of broken YAML in one line', () => {
    expect(() => parseContentText('id: foo\nlayers: [2, 3\n', FILE)).toThrow(
      /^content\/networks\/foo\.yaml: not valid YAML: line \d+, column \d+: .+$/,
    );
  });

  it('refuses a YAML mapping with a repeated key', () => {
    expect(() => parseContentText('id: a\nid: b\n', FILE)).toThrow(
      /^content\/networks\/foo\.yaml: not valid YAML: line 2, column 1: Map keys must be unique/,
    );
  });

  /** Nine anchors, each a list of nine aliases of the one before: 9⁹ strings once expanded. */
  const billionLaughs = [
    'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...'bcdefghi'
      .split('')
      .map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    'id: bomb',
  ].join('\n');

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses an alias bomb in one line, and still reads a few aliases', () => {
    expect(() => parseContentText(billionLaughs, FILE)).toThrow(
      new SpecError(
        FILE,
        '',
        'not valid YAML: its aliases (*name) copy more than 100 nodes; write the values out',
      ),
    );
    expect(parseContentText('a: &w [1, 2]\nb: *w\nc: *w\n', FILE)).toEqual({
      a: [1, 2],
      b: [1, 2],
      c: [1, 2],
    });
  });

  it('refuses a tag in one line, without the YAML library printing a warning of its own', () => {
    const warned = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    expect(() =>
      parseContentText('id: f\nlayers: !!js/function "function () { return [1, 1] }"\n', FILE),
    ).toThrow(
      new SpecError(
        FILE,
        '',
        'not valid YAML: line 2, column 9: the tag !!js/function is not read (a content file holds plain values only)',
      ),
    );
    expect(warned).not.toHaveBeenCalled();
  });

  it.each([
    ['!!set {x, y}', '!!set'],
    ['!!timestamp 2001-12-14', '!!timestamp'],
    ['!local 3', '!local'],
  ])('refuses %s: it would not come back as plain data', (value, tag) => {
    expect(() => parseContentText(`a: ${value}\n`, FILE)).toThrow(
      `${FILE}: not valid YAML: line 1, column 4: the tag ${tag} is not read (a content file holds plain values only)`,
    );
  });

  it('reads JSON by its extension and names broken JSON', () => {
    expect(parseContentText('{"id": "x"}', 'a.json')).toEqual({ id: 'x' });
    expect(() => parseContentText('{"id": ', 'a.json')).toThrow(/^a\.json: not valid JSON: /);
  });
});
