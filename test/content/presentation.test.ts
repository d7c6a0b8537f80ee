/** One test per rule of the presentation fields (notation and steps), asserting the message. */

import { describe, expect, it } from 'vitest';
import { readPreset } from '../../src/content/read.ts';

const FILE = 'content/networks/foo.yaml';
const BASE = `id: foo
layers: [2, 2, 1]
activations: [sigmoid, sigmoid]
loss: bce
weights: [[[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.6]]]
biases: [[0, 0], [0]]
samples: [{x: [1, 0], y: [1]}]
`;
const TEXT = `title: {en: A title, zh: 标题}
    text: {en: Some words, zh: 一些文字}`;

function messageFor(extra: string): string {
  try {
    readPreset({ path: FILE, text: `${BASE}${extra}` });
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
}

describe('notation and steps in a content file', () => {
  it('accepts a notation and steps that fit the network', () => {
    const p = readPreset({
      path: FILE,
      text: `${BASE}notation: {weight: '\\Theta', bias: unit, inputLayer: 1, names: {cost: J}}
steps:
  - block: trace
    param: W1[0][1]
    ${TEXT}
    source: {en: Section 2, zh: 第 2 节}
  - block: cancellation
    ${TEXT}
`,
    });
    expect(p.notation).toEqual({
      weight: '\\Theta',
      bias: 'unit',
      inputLayer: 1,
      names: { cost: 'J' },
    });
    expect(p.steps?.map((s) => s.block)).toEqual(['trace', 'cancellation']);
    expect(p.steps?.[0].source?.zh).toBe('第 2 节');
  });

  const rules: [string, string, string][] = [
    [
      'a notation setting with an unknown value',
      'notation: {bias: inside}\n',
      'notation.bias: expected separate or unit, got "inside"',
    ],
    [
      'an unknown notation setting',
      'notation: {colour: red}\n',
      'notation.colour: unknown notation setting',
    ],
    [
      'an unknown name',
      'notation: {names: {output: o}}\n',
      'notation.names.output: unknown name (expected input, pre, act, target, error, total, cost, delta, bias)',
    ],
    ['steps that are not a list', 'steps: 3\n', 'steps: expected a list of steps, got 3'],
    [
      'an unknown block',
      `steps:\n  - block: dance\n    ${TEXT}\n`,
      'steps[0].block: unknown block "dance" (expected forward, loss, trace, matrix, delta, general, update, cells, cancellation, accumulate, average, slip, note, proof, jacobian, cost, train)',
    ],
    [
      'a step without Chinese text',
      'steps:\n  - block: note\n    title: {en: A, zh: 甲}\n    text: {en: Words}\n',
      'steps[0].text.zh: expected text, got nothing',
    ],
    [
      'a trace without a parameter',
      `steps:\n  - block: trace\n    ${TEXT}\n`,
      'steps[0].param: a trace step names the parameter it traces',
    ],
    [
      'a parameter the network lacks',
      `steps:\n  - block: trace\n    param: W3[0][0]\n    ${TEXT}\n`,
      'steps[0].param: W3[0][0]: no layer 3 (layers run from 1 to 2)',
    ],
    [
      'a layer out of range',
      `steps:\n  - block: matrix\n    layer: 5\n    ${TEXT}\n`,
      'steps[0].layer: expected a layer from 1 to 2, got 5',
    ],
    [
      'a unit out of range',
      `steps:\n  - block: slip\n    layer: 1\n    unit: 2\n    ${TEXT}\n`,
      'steps[0].unit: expected a unit from 0 to 1 of layer 1, got 2',
    ],
    [
      'cells of something else',
      `steps:\n  - block: cells\n    of: losses\n    ${TEXT}\n`,
      'steps[0].of: expected weights, biases or inputs, got "losses"',
    ],
    [
      'an unknown chapter',
      `steps:\n  - block: note\n    chapter: epilogue\n    ${TEXT}\n`,
      'steps[0].chapter: expected one of forward, loss, output, hidden, delta, matrix, general, update, got "epilogue"',
    ],
    [
      'a learning rate that is not positive',
      `steps:\n  - block: update\n    learningRate: -1\n    ${TEXT}\n`,
      'steps[0].learningRate: expected a number > 0, got -1',
    ],
    [
      'accumulate without its layer',
      `steps:\n  - block: accumulate\n    ${TEXT}\n`,
      'steps[0].layer: an accumulate step names its layer',
    ],
  ];
  it.each(rules)('refuses %s', (_, extra, message) => {
    expect(messageFor(extra)).toBe(`${FILE}: ${message}`);
  });

  it('refuses the cancellation block where the loss is not bce after a sigmoid', () => {
    const mse = BASE.replace('loss: bce', 'loss: mse');
    expect(() =>
      readPreset({ path: FILE, text: `${mse}steps:\n  - block: cancellation\n    ${TEXT}\n` }),
    ).toThrow(
      `${FILE}: steps[0].block: cancellation shows bce after a sigmoid output; this network has neither`,
    );
  });
});
