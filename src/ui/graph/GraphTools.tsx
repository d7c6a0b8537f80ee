import { memo } from 'react';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { useStrings } from '../useStrings.ts';

/**
 * The switches above the graph: z and a apart, gradients shown, numbers reset, zoom reset.
 * Memoized: a step changes none of them.
 */
export const GraphTools = memo(function GraphTools({ fit }: { fit(): void }) {
  const t = useStrings();
  const store = useAtlasStore();
  const expanded = useAtlas((s) => s.expanded);
  const showGradients = useAtlas((s) => s.showGradients);
  const hasEdits = useAtlas((s) => Object.keys(s.edits[s.netId] ?? {}).length > 0);
  return (
    <div className="graph-tools">
      <label>
        <input
          type="checkbox"
          checked={expanded}
          onChange={(e) => store.getState().setExpanded(e.target.checked)}
        />{' '}
        {t.expanded}
      </label>
      <label>
        <input
          type="checkbox"
          checked={showGradients}
          onChange={(e) => store.getState().setShowGradients(e.target.checked)}
        />{' '}
        {t.gradients}
      </label>
      {hasEdits && (
        <button type="button" onClick={() => store.getState().resetEdits()}>
          {t.resetNumbers}
        </button>
      )}
      <button type="button" onClick={fit} title={t.zoomHint}>
        {t.zoomReset}
      </button>
    </div>
  );
});
