import { useMemo } from 'react';
import type { PresetSet } from '../content/presets.ts';
import { trace } from '../engine/trace.ts';
import { formatNumber } from './format.ts';

/** Each preset with its architecture and its loss, straight from the engine. */
export function PresetList({ set }: { set: PresetSet }) {
  const rows = useMemo(
    () => set.presets.map((p) => ({ preset: p, loss: trace(p.spec).loss })),
    [set],
  );
  return (
    <>
      {set.errors.map((message) => (
        <p role="alert" key={message} className="error">
          {message}
        </p>
      ))}
      <table>
        <caption>Networks</caption>
        <thead>
          <tr>
            <th scope="col">Network</th>
            <th scope="col">Layers</th>
            <th scope="col">Activations</th>
            <th scope="col">Loss function</th>
            <th scope="col">Loss J</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ preset, loss }) => (
            <tr key={preset.spec.id}>
              <th scope="row">
                {preset.title.en ?? preset.spec.id} <code>{preset.spec.id}</code>
              </th>
              <td>{preset.spec.layers.join(' → ')}</td>
              <td>{preset.spec.activations.join(', ')}</td>
              <td>
                {preset.spec.loss} ({preset.spec.reduction})
              </td>
              <td className="number">{formatNumber(loss)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
