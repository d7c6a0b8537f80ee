/**
 * A common slip, shown kindly: applying the activation's derivative to the unit's output instead
 * of its input (σ′(a) where σ′(z) is meant). The right local derivative with its number, then
 * what the slip would give instead, both computed by the engine.
 */

import { activate, activationJacobian } from '../engine/activations.ts';
import type { Trace } from '../engine/trace.ts';
import { leavesOf } from './leaves.ts';
import { activationTex, type Notation, partial } from './notation.ts';
import { num, tex } from './parts.ts';
import type { Equation } from './types.ts';

/** The value the slip gives: f′ evaluated at a instead of z. */
export function slipValue(t: Trace, l: number, unit: number): number {
  const f = t.spec.activations[l - 1];
  const a = t.samples[0].layers[l - 1].a;
  const wrongZ = [...a];
  return activationJacobian(f, wrongZ, activate(f, wrongZ))[unit][unit];
}

export function slipRows(t: Trace, l: number, unit: number, n: Notation): Equation[] {
  const f = t.spec.activations[l - 1];
  const layer = t.samples[0].layers[l - 1];
  const fTex = activationTex(f);
  const a = n.a(l, unit);
  const z = n.z(l, unit);
  const right = layer.dAdZ[unit][unit];
  const rightOf = leavesOf(t, n).dAdZ(l, unit, unit).of;
  const wrong = slipValue(t, l, unit);
  const sigmoid = f === 'sigmoid';
  // For the sigmoid, one equality a line, so that a narrow panel never breaks one mid-bracket.
  const forms = sigmoid
    ? [`${fTex}'(${z})`, `${fTex}(${z})\\,(1 - ${fTex}(${z}))`, `${a}\\,(1 - ${a})`]
    : [`${fTex}'(${z})`];
  return [
    ...forms.map(
      (form, i): Equation => ({
        kind: 'symbolic',
        lhs: i === 0 ? [tex(partial(a, z))] : [],
        rel: '=',
        rhs: [tex(form)],
      }),
    ),
    { kind: 'value', lhs: [], rel: '=', rhs: [num(right, { of: rightOf })], value: right },
    {
      kind: 'value',
      lhs: [tex(sigmoid ? `${fTex}(${a})\\,(1 - ${fTex}(${a}))` : `${fTex}'(${a})`)],
      rel: '=',
      rhs: [
        num(wrong, { of: { q: 'slip', layer: l, unit } }),
        tex('\\neq'),
        num(right, { of: rightOf }),
      ],
      value: wrong,
    },
  ];
}
