/**
 * npm run --silent train -- FILE --lr η --steps n
 * Full-batch gradient descent on every parameter (network-spec.md §3).
 */

import { train } from '../engine/train.ts';
import { loadNetwork, numberOption, parseArgs, runCommand, UsageError } from './command.ts';
import { checkSize, checkTrainingWork, TRACE_SIZE_LIMIT } from './limits.ts';

const USAGE = 'npm run --silent train -- FILE --lr η --steps n';

/** More steps than this would keep the command busy for minutes on a small network. */
const MAX_STEPS = 1_000_000;

runCommand('train', (argv) => {
  const { file, options } = parseArgs(argv, ['lr', 'steps'], USAGE);
  const lr = numberOption(options, 'lr', (v) => (v > 0 ? undefined : 'a number > 0'), USAGE);
  const steps = numberOption(
    options,
    'steps',
    (v) =>
      Number.isInteger(v) && v >= 0 && v <= MAX_STEPS
        ? undefined
        : `a whole number from 0 to ${MAX_STEPS}`,
    USAGE,
  );
  const { spec } = loadNetwork(file);
  checkSize(file, spec, TRACE_SIZE_LIMIT, 'train');
  checkTrainingWork(file, spec, steps);
  const run = train(spec, lr, steps);
  const diverged = run.loss.findIndex((J) => !Number.isFinite(J));
  if (diverged >= 0) {
    throw new UsageError(
      `${file}: training diverged: the loss became ${run.loss[diverged]} after step ${diverged}; try a smaller --lr`,
    );
  }
  return { loss: run.loss, weights: run.spec.weights, biases: run.spec.biases ?? [] };
});
