/** Networks in the content format, written out for tests that send them as a file or a link. */

/** One sigmoid unit on one input: the smallest valid network, with weight w. */
export const tinyNetwork = (id: string, w = 0.5) => ({
  id,
  layers: [1, 1],
  activations: ['sigmoid'],
  loss: 'half_sse',
  weights: [[[w]]],
  samples: [{ x: [1], y: [0] }],
});

/** A valid network of these sizes, every weight 0.1, with `samples` samples of ones and zeros. */
export function uniformNetwork(
  id: string,
  layers: number[],
  samples = 1,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    layers,
    activations: layers.slice(1).map(() => 'sigmoid'),
    loss: 'half_sse',
    weights: layers
      .slice(1)
      .map((n, i) => Array.from({ length: n }, () => new Array<number>(layers[i]).fill(0.1))),
    samples: Array.from({ length: samples }, () => ({
      x: new Array<number>(layers[0]).fill(1),
      y: new Array<number>(layers[layers.length - 1]).fill(0),
    })),
    ...extra,
  };
}
