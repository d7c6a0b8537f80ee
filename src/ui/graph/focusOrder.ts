/**
 * The graph's keyboard order: one tab stop, and the arrow keys ↑ ↓ move through its nodes and
 * edges column by column (each node followed by its bias and sample tabs, then the edges that
 * leave that column); Shift+↑ / Shift+↓ jump to the previous or next column. ← and → stay with
 * the stepper (ui-contract.md).
 */

import type { GraphLayout } from './layout.ts';

/** `node:<name>`, `edge:<to<from>`, `bias:<b…>`, `tab:<x0[k] | y0[k]>`. */
export type FocusKey = string;

export interface FocusOrder {
  keys: FocusKey[];
  /** Index into keys of the first item of each group (a column of nodes, or the edges leaving it). */
  groupStarts: number[];
}

export function focusOrder(
  layout: GraphLayout,
  hasBiases: boolean,
  expanded: boolean,
  sampleSize: { inputs: number; outputs: number },
): FocusOrder {
  const columns = [...new Set(layout.nodes.map((n) => n.x))].sort((a, b) => a - b);
  const keys: FocusKey[] = [];
  const groupStarts: number[] = [];
  const group = (items: FocusKey[]) => {
    if (items.length === 0) return;
    groupStarts.push(keys.length);
    keys.push(...items);
  };
  for (const x of columns) {
    const nodes = layout.nodes.filter((n) => n.x === x).sort((a, b) => a.y - b.y);
    group(
      nodes.flatMap((n) => {
        const own: FocusKey[] = [`node:${n.name}`];
        // The bias sits on the z node (expanded) or on the unit's a node (compact).
        const unit = expanded ? n.kind === 'z' : n.kind === 'a';
        if (hasBiases && unit) own.push(`bias:b${n.layer}[${n.index}]`);
        if (n.kind === 'input' && n.index < sampleSize.inputs) own.unshift(`tab:x0[${n.index}]`);
        if (n.kind === 'error' && n.index < sampleSize.outputs) own.push(`tab:y0[${n.index}]`);
        return own;
      }),
    );
    const leaving = layout.edges
      .filter((e) => layout.byName.get(expanded ? e.from : compactName(e.from))?.x === x)
      .sort((a, b) => {
        const ta = layout.byName.get(expanded ? a.to : compactName(a.to));
        const tb = layout.byName.get(expanded ? b.to : compactName(b.to));
        const fa = layout.byName.get(expanded ? a.from : compactName(a.from));
        const fb = layout.byName.get(expanded ? b.from : compactName(b.from));
        return (ta?.y ?? 0) - (tb?.y ?? 0) || (fa?.y ?? 0) - (fb?.y ?? 0);
      });
    group(leaving.map((e) => `edge:${e.key}`));
  }
  return { keys, groupStarts };
}

/** In compact mode a unit's z and a are drawn as one node, named by its a. */
function compactName(name: string): string {
  return name.replace(/^z(\d+)/, 'a$1');
}

export type FocusMove = 'next' | 'previous' | 'nextGroup' | 'previousGroup';

/** Where a move from `current` lands (clamped at the ends); an unknown key starts at the top. */
export function moveFocus(order: FocusOrder, current: FocusKey | null, move: FocusMove): FocusKey {
  const { keys, groupStarts } = order;
  const at = current === null ? -1 : keys.indexOf(current);
  if (at < 0) return keys[0];
  if (move === 'next') return keys[Math.min(keys.length - 1, at + 1)];
  if (move === 'previous') return keys[Math.max(0, at - 1)];
  const groupIndex = groupStarts.findLastIndex((start) => start <= at);
  const target =
    move === 'nextGroup'
      ? Math.min(groupStarts.length - 1, groupIndex + 1)
      : Math.max(0, groupIndex - 1);
  return keys[groupStarts[target]];
}
