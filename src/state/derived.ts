/**
 * Numbers derived from a preset by the engine and the derivation builder, memoised per preset:
 * a trace, the preset's notation, its storyline, and a parameter's trace on demand. Pure; no React.
 */

import type { Preset } from '../content/presets.ts';
import { makeNotation, type Notation } from '../derivation/notation.ts';
import { type ParamTrace, traceParam } from '../derivation/paramTrace.ts';
import { buildSteps } from '../derivation/storyline.ts';
import type { Step } from '../derivation/types.ts';
import { parseParam } from '../engine/params.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import { type Trace, trace } from '../engine/trace.ts';
import { applyEdits, type Edits, writeEdits } from './edits.ts';

export interface DerivedNetwork {
  spec: NetworkSpec;
  trace: Trace;
  notation: Notation;
  steps: Step[];
}

const networks = new WeakMap<Preset, DerivedNetwork>();
const paramTraces = new WeakMap<Trace, Map<string, ParamTrace | null>>();

export function deriveNetwork(preset: Preset): DerivedNetwork {
  let d = networks.get(preset);
  if (!d) {
    const t = trace(preset.spec);
    const notation = makeNotation(preset.notation);
    const steps = buildSteps(t, {
      steps: preset.steps,
      notation,
      learningRate: preset.learningRate,
    });
    d = { spec: preset.spec, trace: t, notation, steps };
    networks.set(preset, d);
  }
  return d;
}

/** The trace of a named parameter, or null if the network has no such parameter. */
export function deriveParamTrace(d: DerivedNetwork, name: string | null): ParamTrace | null {
  if (!name) return null;
  let byName = paramTraces.get(d.trace);
  if (!byName) {
    byName = new Map();
    paramTraces.set(d.trace, byName);
  }
  if (!byName.has(name)) {
    const p = parseParam(name, d.spec);
    byName.set(name, 'error' in p ? null : traceParam(d.trace, p, d.notation));
  }
  return byName.get(name) ?? null;
}

/** How many edited versions of each preset stay cached: enough to step back and forth between a
 * few edits, few enough that a long training run (a new version every publish) keeps memory flat. */
export const EDITED_CACHE_SIZE = 16;

const editedPresets = new WeakMap<Preset, Map<string, Preset>>();

/**
 * The preset with its numbers edited; the same object for the same edits, so caches hold. The
 * EDITED_CACHE_SIZE most recently used versions are kept (a Map iterates in insertion order, so
 * a hit moves to the end and the first is the least recently used); the derived numbers, keyed
 * weakly by the edited preset, go with it.
 */
export function withEdits(preset: Preset, edits: Edits | undefined): Preset {
  const key = edits ? writeEdits(edits) : '';
  if (key === '') return preset;
  let byKey = editedPresets.get(preset);
  if (!byKey) {
    byKey = new Map();
    editedPresets.set(preset, byKey);
  }
  let edited = byKey.get(key);
  if (edited) byKey.delete(key);
  else edited = { ...preset, spec: applyEdits(preset.spec, edits ?? {}) };
  byKey.set(key, edited);
  if (byKey.size > EDITED_CACHE_SIZE) {
    const oldest = byKey.keys().next().value;
    if (oldest !== undefined) byKey.delete(oldest);
  }
  return edited;
}
