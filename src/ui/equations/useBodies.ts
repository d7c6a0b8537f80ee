import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import type { ParamTrace } from '../../derivation/paramTrace.ts';
import { type DerivedNetwork, deriveParamTrace } from '../../state/derived.ts';
import { useRounds } from '../hooks/useRounds.ts';
import type { BodyView } from './StepBody.tsx';

/** What the steps drawn ahead depend on (not the animation's frame). */
export interface Around {
  network: DerivedNetwork;
  index: number;
  digits: number;
  revealing: boolean;
  reducedMotion: boolean;
  reusedFor(trace: ParamTrace | null): ReadonlySet<string>;
  traceDone: boolean;
}

/**
 * The bodies of the equations stack, in step order: the shown one (`live`) and the steps either
 * side of the settled one, drawn ahead. Each body keeps the view it was last drawn with until it
 * must change (a view is the same when its fields are: StepBody is memoized), so that a body
 * drawn ahead is shown exactly as drawn. A body drawn afresh costs a frame of typesetting, layout
 * and paint (tens of milliseconds for a large step), so a render draws at most one of them anew,
 * the next step's first; the other follows two frames later, in a render of its own (after an
 * edit both must change; on opening, both are new).
 */
export function useBodies(
  settled: Around,
  index: number,
  liveKey: string,
  live: BodyView,
): [string, { order: number; view: BodyView }][] {
  const drawn = useRef(new Map<string, BodyView>());
  const [round, next] = useRounds();
  // A new settled state or a new round may draw one body afresh; other renders (a key press,
  // an animation frame) draw none.
  const token = useMemo(() => ({ settled, round }), [settled, round]);
  const used = useRef<object | null>(null);
  let fresh = false;
  let waiting = false;
  const bodies = new Map<string, { order: number; view: BodyView }>();
  for (const i of [settled.index + 1, settled.index - 1, settled.index]) {
    if (!settled.network.steps[i]) continue;
    const key = bodyKey(settled.network, i);
    const old = drawn.current.get(key);
    let view = i === settled.index ? (old ?? entryView(settled, i)) : entryView(settled, i, index);
    if (key !== liveKey && !(old && shallow(old, view))) {
      if (fresh || used.current === token) {
        waiting = true;
        if (!old) continue;
        view = old;
      } else fresh = true;
    }
    bodies.set(key, { order: i, view });
  }
  bodies.set(liveKey, { order: index, view: live });
  const shown = [...bodies].sort((a, b) => a[1].order - b[1].order);
  useLayoutEffect(() => {
    drawn.current = new Map(shown.map(([key, { view }]) => [key, view]));
    if (fresh) used.current = token;
  });
  useEffect(() => {
    // Each round that leaves a body waiting schedules the next.
    void token;
    if (waiting) return next();
  }, [waiting, token, next]);
  return shown;
}

/** Names a step's body: the same step of the same network (edited or not) is one body. */
export function bodyKey(network: DerivedNetwork, index: number): string {
  return `${network.spec.id}:${network.steps[index].id}`;
}

/** A step's body as it is drawn: its trace (if any) up to `frame`. */
export function bodyView(
  around: Around,
  index: number,
  param: string | null,
  frame: number,
  concealFrom: number | undefined,
): BodyView {
  const { network } = around;
  const step = network.steps[index];
  const paramTrace = deriveParamTrace(network, param);
  const frames = paramTrace ? paramTrace.frames : (step.frames ?? []);
  return {
    network,
    step,
    paramTrace,
    // With reduced motion the animation is skipped: its end is drawn from the start.
    frame: around.reducedMotion ? frames.length : frame,
    animated: frames.length > 0,
    reusedDeltas: around.reusedFor(paramTrace),
    digits: around.digits,
    concealFrom,
  };
}

/**
 * A step's body as a key press would show it: its own trace from the first frame; in the reveal
 * style, with its numbers hidden when reached going forward and all shown going back.
 */
function entryView(around: Around, index: number, from = around.index): BodyView {
  const conceal = around.revealing ? (index > from ? 0 : Number.POSITIVE_INFINITY) : undefined;
  return bodyView(around, index, around.network.steps[index].param ?? null, 0, conceal);
}
