import { useMemo } from 'react';
import { bundledPresets } from '../content/bundled.ts';
import { PresetList } from './PresetList.tsx';

export function App() {
  const set = useMemo(bundledPresets, []);
  return (
    <main>
      <h1>Backprop Atlas</h1>
      <p>Every chain-rule term of backpropagation, on real numbers.</p>
      <PresetList set={set} />
    </main>
  );
}
