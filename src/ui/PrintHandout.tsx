import { useEffect } from 'react';
import type { Step } from '../derivation/types.ts';
import { EquationRows } from './equations/EquationRows.tsx';
import { useAtlas } from './store.tsx';

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
  useEffect(() => {
    const done = () => onDone();
    window.addEventListener('afterprint', done);
    const timer = setTimeout(() => window.print(), 50);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [onDone]);
  return (
    <div className="print-handout">
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
