/**
 * Numbers derived from a spec by the engine and the derivation builder, memoised per spec
 * object: a trace, the storyline, and a parameter's trace on demand. Pure; no React.
 */

import { type ParamTrace, traceParam } from '../derivation/paramTrace.ts';
import { buildSteps, DEFAULT_LEARNING_RATE } from '../derivation/storyline.ts';
import type { Step } from '../derivation/types.ts';
import { parseParam } from '../engine/params.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import { type Trace, trace } from '../engine/trace.ts';

export interface DerivedNetwork {
  spec: NetworkSpec;
  trace: Trace;
  steps: Step[];
}

const networks = new WeakMap<NetworkSpec, DerivedNetwork>();
const paramTraces = new WeakMap<Trace, Map<string, ParamTrace | null>>();

export function deriveNetwork(
  spec: NetworkSpec,
  learningRate = DEFAULT_LEARNING_RATE,
): DerivedNetwork {
  let d = networks.get(spec);
  if (!d) {
    const t = trace(spec);
    d = { spec, trace: t, steps: buildSteps(t, { learningRate }) };
    networks.set(spec, d);
  }
  return d;
}

/** The trace of a named parameter, or null if the network has no such parameter. */
export function deriveParamTrace(t: Trace, name: string | null): ParamTrace | null {
  if (!name) return null;
  let byName = paramTraces.get(t);
  if (!byName) {
    byName = new Map();
    paramTraces.set(t, byName);
  }
  if (!byName.has(name)) {
    const p = parseParam(name, t.spec);
    byName.set(name, 'error' in p ? null : traceParam(t, p));
  }
  return byName.get(name) ?? null;
}
