import { scaleLinear, scaleLog } from 'd3-scale';
import { formatNumber } from '../../derivation/number.ts';

const WIDTH = 320;
const HEIGHT = 140;
const PAD = 66;

/** The loss after each training step, on a log scale when it falls by orders of magnitude. */
export function LossCurve({ values }: { values: readonly number[] }) {
  const positive = values.every((v) => v > 0);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const logScale = positive && hi / lo > 50;
  const y = (logScale ? scaleLog() : scaleLinear())
    .domain([logScale ? lo : Math.min(0, lo), hi])
    .range([HEIGHT - PAD / 2, PAD / 2]);
  const x = scaleLinear()
    .domain([0, values.length - 1])
    .range([PAD, WIDTH - 8]);
  const stride = Math.max(1, Math.floor(values.length / 400));
  const points = values.filter((_, i) => i % stride === 0 || i === values.length - 1);
  const d = points
    .map(
      (v, i) =>
        `${i === 0 ? 'M' : 'L'}${x(Math.min(i * stride, values.length - 1)).toFixed(1)},${y(v).toFixed(1)}`,
    )
    .join('');
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
      <text className="curve-label" x={PAD - 4} y={y(hi)} textAnchor="end" dy="0.35em">
        {formatNumber(hi, 3)}
      </text>
      <text
        className="curve-label"
        x={PAD - 4}
        y={y(logScale ? lo : Math.min(0, lo))}
        textAnchor="end"
        dy="0.35em"
      >
        {formatNumber(logScale ? lo : Math.min(0, lo), 3)}
      </text>
      <text className="curve-label" x={WIDTH - 8} y={HEIGHT - 2} textAnchor="end">
        {values.length - 1}
      </text>
      <path d={d} className="curve" />
    </svg>
  );
}
