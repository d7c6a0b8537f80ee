/**
 * `def=` links written the way ui-contract's URL documents them (content-format JSON, UTF-8,
 * base64url), independently of the app's own encoder, so a test can send any content at all.
 */
export function defLink(base: string, content: Record<string, unknown>, query = ''): string {
  const def = Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
  return `${base}?net=${String(content.id)}${query}&def=${def}`;
}

/** A linear 2-4-4-2 network on one sample x: large inputs make it diverge under a large η. */
export function linearNetwork(x: [number, number], id = 'my-network'): Record<string, unknown> {
  return {
    id,
    layers: [2, 4, 4, 2],
    activations: ['linear', 'linear', 'linear'],
    loss: 'half_sse',
    weights: [
      [
        [0.1, -0.2],
        [0.3, 0.1],
        [-0.2, 0.2],
        [0.1, 0.3],
      ],
      [
        [0.2, -0.1, 0.1, 0.3],
        [-0.3, 0.2, 0.1, 0.1],
        [0.1, 0.1, -0.2, 0.2],
        [0.3, -0.2, 0.2, 0.1],
      ],
      [
        [0.1, 0.2, -0.3, 0.1],
        [-0.2, 0.1, 0.2, 0.3],
      ],
    ],
    samples: [{ x, y: [0, 1] }],
  };
}
