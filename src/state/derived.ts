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

const editedPresets = new WeakMap<Preset, Map<string, Preset>>();

/** The preset with its numbers edited; the same object for the same edits, so caches hold. */
export function withEdits(preset: Preset, edits: Edits | undefined): Preset {
  const key = edits ? writeEdits(edits) : '';
  if (key === '') return preset;
  let byKey = editedPresets.get(preset);
  if (!byKey) {
    byKey = new Map();
    editedPresets.set(preset, byKey);
  }
  let edited = byKey.get(key);
  if (!edited) {
    edited = { ...preset, spec: applyEdits(preset.spec, edits ?? {}) };
    byKey.set(key, edited);
  }
  return edited;
}
