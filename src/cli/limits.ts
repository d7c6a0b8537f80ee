/**
 * What the command line takes on, so that each command finishes in seconds (on one core of a
 * small machine) or refuses at once, in one line that names the limit. The measure is the
 * engine's traceSize: samples × Σ_l n_l · (n_{l−1} + n_l). README's "The command line" states
 * each limit; change both together.
 */

import { traceSize } from '../engine/size.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import { UsageError } from './command.ts';

/** trace and train: a 500-500-500 network with 2 samples (2,000,000) traces in about a second. */
export const TRACE_SIZE_LIMIT = 2_000_000;

/** export writes every matrix in full: 200,000 is about a 200-200-200 network, 4 MB of LaTeX. */
export const EXPORT_SIZE_LIMIT = 200_000;

/** train: --steps × the size, each step walking every recorded derivative once (~8 ns each). */
export const TRAIN_WORK_LIMIT = 200_000_000;

const MEASURE = 'samples × Σ n_l·(n_(l−1) + n_l)';

/** Refuses a network whose trace would be larger than `limit`, for the command `doing`. */
export function checkSize(file: string, spec: NetworkSpec, limit: number, doing: string): void {
  const size = traceSize(spec);
  if (size > limit)
    throw new UsageError(
      `${file}: too large to ${doing}: ${MEASURE} is ${count(size)}, over the limit of ${count(limit)}`,
    );
}

/** Refuses a training run whose steps × size is past TRAIN_WORK_LIMIT. */
export function checkTrainingWork(file: string, spec: NetworkSpec, steps: number): void {
  const work = steps * traceSize(spec);
  if (work > TRAIN_WORK_LIMIT) {
    const most = Math.floor(TRAIN_WORK_LIMIT / traceSize(spec));
    throw new UsageError(
      `${file}: too much to train: --steps × ${MEASURE} is ${count(work)}, over the limit of ${count(TRAIN_WORK_LIMIT)}; at most ${count(most)} steps on this network`,
    );
  }
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
