import { scaleLinear, scaleLog } from 'd3-scale';
import { formatNumber } from '../../derivation/number.ts';

const WIDTH = 320;
const HEIGHT = 140;
const PAD = 66;

/** Most points a curve draws: a longer history is thinned to every k-th finite loss and the last. */
export const MAX_DRAWN = 400;

/**
 * The loss after each training step, on a log scale when it falls by orders of magnitude. Only
 * finite losses are drawn (a d3 scale gives undefined for NaN, and ∞ has no place on an axis),
 * and a linear axis is laid over the values divided by the largest of them, so that a history
 * spanning ±1.8e308 never subtracts its way to ∞. `values` may be a training run's whole history
 * (a view of its buffer): it is read in two passes and never copied.
 */
export function LossCurve({ values }: { values: ArrayLike<number> }) {
  let finiteCount = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    finiteCount++;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (finiteCount === 0) lo = hi = 0;
  const logScale = lo > 0 && hi / lo > 50;
  const bottom = logScale ? lo : Math.min(0, lo);
  const unit = logScale ? 1 : Math.max(Math.abs(bottom), Math.abs(hi)) || 1;
  const y = (logScale ? scaleLog() : scaleLinear())
    .domain([bottom / unit, hi / unit])
    .range([HEIGHT - PAD / 2, PAD / 2]);
  const yOf = (v: number) => y(v / unit);
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([PAD, WIDTH - 8]);
  const stride = Math.max(1, Math.floor(finiteCount / MAX_DRAWN));
  let d = '';
  for (let i = 0, k = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (k % stride === 0 || k === finiteCount - 1)
      d += `${d === '' ? 'M' : 'L'}${x(i).toFixed(1)},${yOf(v).toFixed(1)}`;
    k++;
  }
  return (
    <svg
      className="loss-curve"
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={`${formatNumber(values[0])} → ${formatNumber(values[values.length - 1])}`}
    >
      <line x1={PAD} x2={WIDTH - 8} y1={HEIGHT - PAD / 2} y2={HEIGHT - PAD / 2} className="axis" />
      <line x1={PAD} x2={PAD} y1={PAD / 2} y2={HEIGHT - PAD / 2} className="axis" />
      <text className="curve-label" x={PAD - 4} y={yOf(hi)} textAnchor="end" dy="0.35em">
        {formatNumber(hi, 3)}
      </text>
      <text className="curve-label" x={PAD - 4} y={yOf(bottom)} textAnchor="end" dy="0.35em">
        {formatNumber(bottom, 3)}
      </text>
      <text className="curve-label" x={WIDTH - 8} y={HEIGHT - 2} textAnchor="end">
        {values.length - 1}
      </text>
      <path d={d} className="curve" />
    </svg>
  );
}
