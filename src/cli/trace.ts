/**
 * npm run --silent trace -- FILE [--param NAME]
 * Prints the whole trace of a network, or every chain-rule path to one parameter
 * (network-spec.md §3).
 */

import { gradientCheck } from '../engine/gradcheck.ts';
import { firstNonFinite } from '../engine/nonFinite.ts';
import { parseParam } from '../engine/params.ts';
import { enumeratePaths, exactPathCount, PATH_FACTOR_CAP, PATH_LIST_CAP } from '../engine/paths.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import { activationsOf, trace } from '../engine/trace.ts';
import { loadNetwork, parseArgs, runCommand, UsageError } from './command.ts';
import { countJson } from './exactCount.ts';
import { checkSize, TRACE_SIZE_LIMIT } from './limits.ts';
import { describeNonFinite, notFinite } from './nonFiniteMessage.ts';

const USAGE = 'npm run --silent trace -- FILE [--param NAME]';

runCommand('trace', (argv) => {
  const { file, options } = parseArgs(argv, ['param'], USAGE);
  const { spec } = loadNetwork(file);
  checkSize(file, spec, TRACE_SIZE_LIMIT, 'trace');
  return options.param === undefined
    ? wholeTrace(file, spec)
    : pathsToParam(file, spec, options.param);
});

/** The trace, refused where a number overflowed: JSON would print it as null and exit 0. */
function finiteTrace(file: string, spec: NetworkSpec) {
  const t = trace(spec);
  const bad = firstNonFinite(t);
  if (bad) throw new UsageError(`${file}: ${describeNonFinite(bad)}`);
  return t;
}

function wholeTrace(file: string, spec: NetworkSpec) {
  const t = finiteTrace(file, spec);
  return {
    id: spec.id,
    loss: t.loss,
    forward: t.samples.map((s) => ({
      a: spec.layers.map((_, l) => activationsOf(s, l)),
      z: s.layers.map((layer) => layer.z),
      loss: s.loss,
    })),
    delta: t.samples.map((s) => s.layers.map((layer) => layer.delta)),
    gradients: { weights: t.gradWeights, biases: t.gradBiases ?? [] },
    gradcheck: gradcheckReport(file, spec),
  };
}

/**
 * network-spec.md §3 and §4: the largest relative error; past GRADCHECK_BUDGET, how many of the
 * parameters the seeded sample checked; and the corners a difference crossed.
 */
function gradcheckReport(file: string, spec: NetworkSpec) {
  const check = gradientCheck(spec);
  // A finite trace whose loss overflows a step h away: maxRelError would print as null.
  const unmeasured = check.entries.find((e) => !Number.isFinite(e.numeric));
  if (unmeasured)
    throw new UsageError(
      `${file}: the gradient check's central difference for ${unmeasured.param}: ${notFinite(unmeasured.numeric)}`,
    );
  return {
    maxRelError: check.maxRelError,
    // Said only when the check was sampled: a network checked whole prints §3's object exactly.
    ...(check.checked < check.of ? { checked: check.checked, of: check.of } : {}),
    ...(check.kinks.length > 0 ? { kinks: check.kinks } : {}),
  };
}

function pathsToParam(file: string, spec: NetworkSpec, name: string) {
  const p = parseParam(name, spec);
  if ('error' in p) throw new UsageError(p.error);
  const t = finiteTrace(file, spec);
  const count = exactPathCount(spec, p);
  const paths = [];
  let factors = 0;
  // The first paths, up to PATH_LIST_CAP of them and PATH_FACTOR_CAP factors in all, so that
  // the output stays a few megabytes however deep the network; whole paths only.
  for (const path of enumeratePaths(t, p)) {
    if (paths.length === PATH_LIST_CAP || factors + path.factors.length > PATH_FACTOR_CAP) break;
    factors += path.factors.length;
    paths.push({
      sample: path.sample,
      factors: path.factors.map((f) => ({ label: f.label, value: f.value })),
      product: path.product,
    });
  }
  const left = count - BigInt(paths.length);
  const gradient =
    p.kind === 'weight'
      ? t.gradWeights[p.layer - 1][p.row][p.col]
      : (t.gradBiases?.[p.layer - 1][p.row] ?? 0);
  return {
    param: name,
    gradient,
    pathCount: countJson(count),
    paths,
    ...(left > 0n
      ? {
          pathsNotListed: countJson(left),
          truncated: `only the first ${paths.length} of ${count} paths are listed (at most ${PATH_LIST_CAP.toLocaleString('en-US')} paths and ${PATH_FACTOR_CAP.toLocaleString('en-US')} factors in all)`,
        }
      : {}),
  };
}
