import { useCallback, useEffect, useRef } from 'react';
import type { ParamTrace } from '../derivation/paramTrace.ts';

const NONE: ReadonlySet<string> = new Set();

/**
 * Remembers, per network, which parameter's trace first computed each δ (a trace counts once it
 * has been shown to its end); returns a lookup of the δs a trace reuses from an earlier one, so
 * its rows can say so.
 */
export function useReusedDeltas(
  netId: string,
  trace: ParamTrace | null,
  done: boolean,
): (trace: ParamTrace | null) => ReadonlySet<string> {
  const origins = useRef(new Map<string, Map<string, string>>());
  // The same set while its members stay the same, so the equations are not redrawn for nothing.
  const sets = useRef(new Map<string, ReadonlySet<string>>());
  useEffect(() => {
    if (!trace || !done) return;
    const map = origins.current.get(netId) ?? new Map<string, string>();
    for (const row of trace.equations)
      if (row.delta && !map.has(row.delta)) map.set(row.delta, trace.param);
    origins.current.set(netId, map);
  }, [netId, trace, done]);
  return useCallback(
    (shown: ParamTrace | null) => {
      const known = origins.current.get(netId);
      if (!shown || !known) return NONE;
      const names = [...known].filter(([, first]) => first !== shown.param).map(([unit]) => unit);
      const key = names.join(',');
      let set = sets.current.get(key);
      if (!set) {
        set = new Set(names);
        sets.current.set(key, set);
      }
      return set;
    },
    [netId],
  );
}
