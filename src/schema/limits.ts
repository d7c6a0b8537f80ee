/**
 * How large a content file may be, in one place. The content format's own bounds hold wherever a
 * file is read (the command line, content/, the page); the page's bounds, the builder's, hold
 * for what the page takes from outside (a `def=` link, an imported file), so that nothing it
 * opens takes more than a moment to show. Each refusal is one line in network-spec.md §2's
 * form, naming the field and the bound. README ("Limits") states each bound; change both together.
 * The vocabulary's layer: content, the builder (state) and the command line all read it.
 */

/** The content format's bounds: the command line's 1500-unit layers fit; far larger would not finish. */
export const FORMAT_LIMITS = {
  /** Characters of an id. */
  idLength: 64,
  /** Layers, the input included. */
  layers: 64,
  /** Units of one layer. */
  units: 2000,
  samples: 10_000,
  /** Steps of a storyline. */
  steps: 200,
  /** Characters of a title (per language). */
  titleLength: 500,
  /** Characters of a step's title, text or source (per language). */
  textLength: 4000,
  /** Characters of one notation letter or name (TeX). */
  symbolLength: 40,
} as const;

/** The page's bounds, the builder's: deeper or wider networks would not fit on a screen or in a trace. */
export const PAGE_LIMITS = {
  /** Layers after the input. */
  layers: 8,
  /** Units of one layer. */
  units: 12,
  samples: 16,
  /** Bytes of a file to import, or of a link's `def=`: far more than a network within the bounds above needs. */
  bytes: 200_000,
} as const;

export const count = (n: number) => n.toLocaleString('en-US');

/** The format's bound on the layer sizes, checked before anything is read by them. */
export function formatLayersProblem(layers: readonly unknown[]): [string, string] | null {
  if (layers.length > FORMAT_LIMITS.layers)
    return ['layers', `at most ${FORMAT_LIMITS.layers} layers, got ${count(layers.length)}`];
  for (const [l, n] of layers.entries())
    if (typeof n === 'number' && n > FORMAT_LIMITS.units)
      return [
        `layers[${l}]`,
        `at most ${count(FORMAT_LIMITS.units)} units in a layer, got ${count(n)}`,
      ];
  return null;
}

/** The format's bound on the number of samples. */
export function formatSamplesProblem(samples: readonly unknown[]): [string, string] | null {
  return samples.length > FORMAT_LIMITS.samples
    ? ['samples', `at most ${count(FORMAT_LIMITS.samples)} samples, got ${count(samples.length)}`]
    : null;
}

/** A text field's bound: null when `text` fits. */
export function lengthProblem(text: string, most: number): string | null {
  return text.length > most ? `at most ${count(most)} characters, got ${count(text.length)}` : null;
}
