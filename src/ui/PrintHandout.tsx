import { useEffect, useRef } from 'react';
import type { Step } from '../derivation/types.ts';
import { EquationRows } from './equations/EquationRows.tsx';
import { useAtlas } from './store.tsx';

/** Figures load on demand; printing waits for them, up to this long. */
const FIGURE_WAIT_MS = 5000;

/** Every step with its words and equations, for printing; prints itself, then closes. */
export function PrintHandout({
  title,
  steps,
  digits,
  onDone,
}: {
  title: string;
  steps: Step[];
  digits: number;
  onDone(): void;
}) {
  const lang = useAtlas((s) => s.lang);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const done = () => onDone();
    window.addEventListener('afterprint', done);
    const started = performance.now();
    let timer = 0;
    const printWhenDrawn = () => {
      const waiting = root.current?.querySelector('.figure-loading');
      if (waiting && performance.now() - started < FIGURE_WAIT_MS)
        timer = window.setTimeout(printWhenDrawn, 50);
      else window.print();
    };
    timer = window.setTimeout(printWhenDrawn, 50);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [onDone]);
  return (
    <div className="print-handout" ref={root}>
      <h1>{title}</h1>
      {steps.map((s, i) => (
        <section key={s.id} className="print-step">
          <h2>
            {i + 1}. {s.title[lang]}
          </h2>
          {s.source && <p className="source">{s.source[lang]}</p>}
          <p>{s.narration[lang]}</p>
          <EquationRows rows={s.equations} frame={Number.POSITIVE_INFINITY} digits={digits} />
        </section>
      ))}
    </div>
  );
}
