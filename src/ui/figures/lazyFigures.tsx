/** The figures (drawn with d3-scale) load when one is first shown; until then a quiet placeholder. */

import { type ComponentProps, lazy, Suspense } from 'react';

let figures: Promise<typeof import('./FigureView.tsx')> | null = null;

/** Starts loading the figures (a step about to be shown has one), if not already. */
export function preloadFigures(): Promise<typeof import('./FigureView.tsx')> {
  figures ??= import('./FigureView.tsx');
  return figures;
}

const LazyFigureView = lazy(() => preloadFigures().then((m) => ({ default: m.FigureView })));
const LazyLossCurve = lazy(() => import('./LossCurve.tsx').then((m) => ({ default: m.LossCurve })));

export function FigureView(props: ComponentProps<typeof LazyFigureView>) {
  return (
    <Suspense fallback={<span className="figure-loading" />}>
      <LazyFigureView {...props} />
    </Suspense>
  );
}

export function LossCurve(props: ComponentProps<typeof LazyLossCurve>) {
  return (
    <Suspense fallback={<span className="figure-loading" />}>
      <LazyLossCurve {...props} />
    </Suspense>
  );
}
