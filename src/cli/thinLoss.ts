/**
 * The loss history train prints. A million steps would be a million numbers (24 MB of JSON), so
 * past LOSS_PRINT_STEPS steps only every k-th loss is printed, k = ⌈steps / LOSS_PRINT_STEPS⌉,
 * and the last; `lossSteps` then names the step after which each printed loss was taken.
 */

/** The most steps whose every loss is printed: network-spec.md §3's `loss` exactly, up to here. */
export const LOSS_PRINT_STEPS = 10_000;

export interface PrintedLoss {
  loss: number[];
  /** Present only when thinned: lossSteps[i] is the step after which loss[i] was taken. */
  lossSteps?: number[];
  thinned?: string;
}

/** `loss[i]` is J after i steps, i = 0…steps. */
export function thinLoss(loss: readonly number[]): PrintedLoss {
  const steps = loss.length - 1;
  if (steps <= LOSS_PRINT_STEPS) return { loss: loss.slice() };
  const every = Math.ceil(steps / LOSS_PRINT_STEPS);
  const lossSteps: number[] = [];
  for (let i = 0; i <= steps; i += every) lossSteps.push(i);
  if (lossSteps.at(-1) !== steps) lossSteps.push(steps);
  return {
    loss: lossSteps.map((i) => loss[i]),
    lossSteps,
    thinned: `the loss after every ${every} steps of ${steps.toLocaleString('en-US')} and after the last (${lossSteps.length.toLocaleString('en-US')} of ${loss.length.toLocaleString('en-US')} values); lossSteps names the step of each`,
  };
}
