import type { Figure } from '../../derivation/types.ts';
import { CostTable } from './CostTable.tsx';
import { Heatmap } from './Heatmap.tsx';
import { LossCurve } from './LossCurve.tsx';

/** Numbers drawn rather than typeset. */
export function FigureView({ figure }: { figure: Figure }) {
  switch (figure.kind) {
    case 'heatmap':
      return <Heatmap matrix={figure.matrix} />;
    case 'curve':
      return <LossCurve values={figure.values} />;
    case 'cost':
      return <CostTable sizes={figure.sizes} />;
  }
}
