import { useEffect, useMemo, useRef } from 'react';
import type { ParamTrace } from '../derivation/paramTrace.ts';

/**
 * Remembers, per network, which parameter's trace first computed each δ; returns the δs the
 * current trace reuses from an earlier one, so its rows can say so.
 */
export function useReusedDeltas(
  netId: string,
  trace: ParamTrace | null,
  done: boolean,
): ReadonlySet<string> {
  const origins = useRef(new Map<string, Map<string, string>>());
  const known = origins.current.get(netId) ?? new Map<string, string>();
  useEffect(() => {
    if (!trace || !done) return;
    const map = origins.current.get(netId) ?? new Map<string, string>();
    for (const row of trace.equations)
      if (row.delta && !map.has(row.delta)) map.set(row.delta, trace.param);
    origins.current.set(netId, map);
  }, [netId, trace, done]);
  const names = trace
    ? [...known].filter(([, first]) => first !== trace.param).map(([unit]) => unit)
    : [];
  // The same set while its members stay the same, so the equations are not redrawn for nothing.
  const key = names.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `names`
  return useMemo(() => new Set(names), [key]);
}
