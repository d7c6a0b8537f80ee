import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../derivation/number.ts';

const MAX_SIDE = 240;

/** A matrix as coloured cells: blue above zero, orange below, stronger with size; zeros white. */
export function Heatmap({ matrix }: { matrix: readonly (readonly number[])[] }) {
  const rows = matrix.length;
  const cols = matrix[0]?.length ?? 0;
  const cell = Math.max(2, Math.min(18, Math.floor(MAX_SIDE / Math.max(rows, cols))));
  const largest = Math.max(1e-300, ...matrix.flat().map(Math.abs));
  const strength = scaleLinear().domain([0, largest]).range([0, 1]).clamp(true);
  return (
    <svg
      className="heatmap"
      width={cols * cell + 2}
      height={rows * cell + 2}
      role="img"
      aria-label={`${rows} × ${cols}`}
    >
      <rect
        x={0.5}
        y={0.5}
        width={cols * cell + 1}
        height={rows * cell + 1}
        className="heatmap-frame"
      />
      {matrix.map((row, i) =>
        row.map((v, j) =>
          v === 0 ? null : (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: a cell's position is its identity
              key={`${i}-${j}`}
              x={1 + j * cell}
              y={1 + i * cell}
              width={cell}
              height={cell}
              className={v > 0 ? 'cell-pos' : 'cell-neg'}
              fillOpacity={0.15 + 0.85 * strength(Math.abs(v))}
            >
              <title>{`[${i + 1}, ${j + 1}] = ${formatNumber(v, 6)}`}</title>
            </rect>
          ),
        ),
      )}
    </svg>
  );
}
