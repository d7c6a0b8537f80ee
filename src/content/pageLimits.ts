/**
 * The page's bounds (schema/limits.ts's PAGE_LIMITS, the builder's) applied to what the page takes
 * from outside: a `def=` link and an imported file. Each refusal is one SpecError line.
 */

import type { NetworkSpec } from '../engine/spec.ts';
import { count, PAGE_LIMITS } from '../schema/limits.ts';
import { SpecError } from './validate.ts';

/** Refuses a file or a link's text of `bytes` past the page's bound, before it is parsed. */
export function checkPageSize(bytes: number, file: string): void {
  if (bytes > PAGE_LIMITS.bytes)
    throw new SpecError(
      file,
      '',
      `too large to open on this page: ${count(bytes)} bytes, over the limit of ${count(PAGE_LIMITS.bytes)}`,
    );
}

/** Refuses a network past the page's bounds (the builder's), in the builder's own words. */
export function checkPageLimits(spec: NetworkSpec, file: string): void {
  const after = spec.layers.length - 1;
  if (after > PAGE_LIMITS.layers)
    throw new SpecError(
      file,
      'layers',
      `at most ${PAGE_LIMITS.layers} layers after the input, got ${after}`,
    );
  spec.layers.forEach((n, i) => {
    if (n > PAGE_LIMITS.units)
      throw new SpecError(
        file,
        `layers[${i}]`,
        `at most ${PAGE_LIMITS.units} units in a layer, got ${n}`,
      );
  });
  if (spec.samples.length > PAGE_LIMITS.samples)
    throw new SpecError(
      file,
      'samples',
      `at most ${PAGE_LIMITS.samples}, got ${spec.samples.length}`,
    );
}
