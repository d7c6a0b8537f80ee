import { useState } from 'react';
import { formatNumber } from '../../derivation/number.ts';
import {
  formSizes,
  kroneckerChain,
  shapeMatchingGradient,
  type TwoLayer,
} from '../../engine/jacobian.ts';
import { seededRandom } from '../../engine/random.ts';
import { formatCount } from '../../i18n/numbers.ts';
import { useAtlas } from '../store.tsx';
import { useStrings } from '../useStrings.ts';

type Sizes = readonly (readonly [number, number, number, number])[];

interface Row {
  sizes: readonly [number, number, number, number];
  kroneckerMs: number;
  shapesMs: number;
}

function randomTwoLayer([n, m, h, k]: readonly [number, number, number, number]): TwoLayer {
  const rand = seededRandom(n * 1000 + m * 100 + h * 10 + k);
  const mat = (r: number, c: number) =>
    Array.from({ length: r }, () => Array.from({ length: c }, () => 2 * rand() - 1));
  return { X: mat(n, m), W1: mat(m, h), W2: mat(h, k), Y: mat(n, k) };
}

const time = (work: () => unknown) => {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
};

/** Both forms of ∂E/∂W₁ timed in this browser, one size per animation frame so the page stays live. */
export function CostTable({ sizes }: { sizes: Sizes }) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const [rows, setRows] = useState<Row[]>([]);
  const [running, setRunning] = useState(false);
  const measure = () => {
    setRunning(true);
    setRows([]);
    const next = (i: number) => {
      if (i >= sizes.length) {
        setRunning(false);
        return;
      }
      const p = randomTwoLayer(sizes[i]);
      const row = {
        sizes: sizes[i],
        kroneckerMs: time(() => kroneckerChain(p)),
        shapesMs: time(() => shapeMatchingGradient(p)),
      };
      setRows((r) => [...r, row]);
      requestAnimationFrame(() => next(i + 1));
    };
    requestAnimationFrame(() => next(0));
  };
  return (
    <div className="cost-table">
      <table>
        <thead>
          <tr>
            <th scope="col">n, m, h, k</th>
            <th scope="col">{t.costKroneckerSize}</th>
            <th scope="col">{t.costShapesSize}</th>
            <th scope="col">{t.costKroneckerTime}</th>
            <th scope="col">{t.costShapesTime}</th>
          </tr>
        </thead>
        <tbody>
          {sizes.map((s, i) => {
            const size = formSizes(...s);
            const row = rows[i];
            return (
              <tr key={s.join(',')}>
                <td>{s.join(', ')}</td>
                <td className="number">{formatCount(size.kronecker, lang)}</td>
                <td className="number">{formatCount(size.shapes, lang)}</td>
                <td className="number">{row ? `${formatNumber(row.kroneckerMs, 3)} ms` : '…'}</td>
                <td className="number">{row ? `${formatNumber(row.shapesMs, 3)} ms` : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={measure} disabled={running}>
        {t.costMeasure}
      </button>
    </div>
  );
}
