/**
 * npm run --silent train -- FILE --lr η --steps n
 * Full-batch gradient descent on every parameter (network-spec.md §3).
 */

import { firstNonFinite } from '../engine/nonFinite.ts';
import { trace } from '../engine/trace.ts';
import { train } from '../engine/train.ts';
import { loadNetwork, numberOption, parseArgs, runCommand, UsageError } from './command.ts';
import { checkSize, checkTrainingWork, TRACE_SIZE_LIMIT } from './limits.ts';
import { describeNonFinite } from './nonFiniteMessage.ts';
import { saturationWarning } from './saturationWarning.ts';
import { thinLoss } from './thinLoss.ts';
import { divergenceMessage } from './trainDivergence.ts';

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
  // A finite loss can hide an overflow (a sigmoid's z of ∞ gives a = 1), so the network is
  // checked whole before the run and after it; in between, each step's loss.
  const bad = firstNonFinite(trace(spec));
  if (bad) throw new UsageError(`${file}: before training: ${describeNonFinite(bad)}`);
  const run = train(spec, lr, steps);
  const diverged = run.loss.findIndex((J) => !Number.isFinite(J));
  if (diverged >= 0)
    throw new UsageError(divergenceMessage(file, spec, lr, diverged, run.loss[diverged]));
  // The trace of the trained network is also what tells a saturated layer.
  const after = trace(run.spec);
  const hidden = firstNonFinite(after);
  if (hidden) throw new UsageError(`${file}: after step ${steps}, ${describeNonFinite(hidden)}`);
  const warning = saturationWarning(file, after, run.loss);
  if (warning) process.stderr.write(`${warning}\n`);
  const { loss, ...thinned } = thinLoss(run.loss);
  return { loss, ...thinned, weights: run.spec.weights, biases: run.spec.biases ?? [] };
});
