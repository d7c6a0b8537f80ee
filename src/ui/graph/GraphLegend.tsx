import { useStrings } from '../useStrings.ts';

/** Says what colours and widths mean when gradients are shown, and how to start a trace. */
export function GraphLegend({ showGradients }: { showGradients: boolean }) {
  const t = useStrings();
  return (
    <div className="legend">
      {showGradients ? (
        <>
          <span className="swatch grad-pos" /> {t.legendPositive}{' '}
          <span className="swatch grad-neg" /> {t.legendNegative}{' '}
          <span className="legend-note">{t.legendWidth}</span>
        </>
      ) : (
        <span className="legend-note">{t.selectHint}</span>
      )}
    </div>
  );
}
