import { useState } from 'react';
import type { Preset } from '../../content/presets.ts';
import { writeName } from '../../engine/names.ts';
import {
  ACTIVATIONS,
  type Activation,
  LOSSES,
  type Loss,
  REDUCTIONS,
  type Reduction,
} from '../../engine/spec.ts';
import type { Text } from '../../schema/language.ts';
import { type BuilderForm, buildNetwork, readSizes } from '../../state/builder.ts';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { useStrings } from '../useStrings.ts';

/** The form, started from the network on screen so that changing one thing is one edit. */
function formFrom(preset: Preset, id: string): BuilderForm {
  const { spec } = preset;
  return {
    id,
    sizes: spec.layers.join(', '),
    activations: [...spec.activations],
    loss: spec.loss,
    reduction: spec.reduction,
    l2: String(spec.regularization?.l2 ?? 0),
    biases: spec.biases !== undefined,
    seed: '1',
    samples: spec.samples.map((s) => ({ x: s.x.map(String), y: s.y.map(String) })),
  };
}

/** Resizes each sample's inputs and targets to the layer sizes, keeping what was typed. */
function fitSamples(
  samples: BuilderForm['samples'],
  inputs: number,
  outputs: number,
): BuilderForm['samples'] {
  const resize = (values: string[], n: number) =>
    Array.from({ length: n }, (_, i) => values[i] ?? '0');
  return samples.map((s) => ({ x: resize(s.x, inputs), y: resize(s.y, outputs) }));
}

/** Build a network: layers and sizes, an activation per layer, loss, reduction, λ, biases, samples, a seed. */
export function BuilderPanel({
  start,
  freeId,
  onClose,
}: {
  start: Preset;
  freeId: string;
  onClose(): void;
}) {
  const t = useStrings();
  const store = useAtlasStore();
  const [form, setForm] = useState<BuilderForm>(() => formFrom(start, freeId));
  const [error, setError] = useState<Text | null>(null);
  const lang = useAtlas((s) => s.lang);
  const sizes = readSizes(form.sizes);
  const layers = 'error' in sizes ? null : sizes;
  const set = (change: Partial<BuilderForm>) => setForm((f) => ({ ...f, ...change }));
  const setSizes = (text: string) => {
    const parsed = readSizes(text);
    if ('error' in parsed) return set({ sizes: text });
    const L = parsed.length - 1;
    set({
      sizes: text,
      activations: Array.from(
        { length: L },
        (_, i) => form.activations[i] ?? (i === L - 1 ? 'sigmoid' : 'tanh'),
      ),
      samples: fitSamples(form.samples, parsed[0], parsed[L]),
    });
  };
  const setValue = (b: number, side: 'x' | 'y', k: number, value: string) =>
    set({
      samples: form.samples.map((s, i) =>
        i !== b ? s : { ...s, [side]: s[side].map((v, j) => (j === k ? value : v)) },
      ),
    });
  const create = () => {
    const built = buildNetwork(form);
    if ('error' in built) {
      setError(built.error);
      return;
    }
    store.getState().saveNetwork({
      file: 'builder',
      spec: built,
      title: {
        en: t.builtTitle(built.layers.join('-')),
        zh: t.builtTitleZh(built.layers.join('-')),
      },
      notation: {},
    });
    onClose();
  };
  return (
    <section className="builder" aria-label={t.buildTitle}>
      <h2 className="builder-title">{t.buildTitle}</h2>
      <div className="builder-grid">
        <label>
          {t.layerSizes}
          <input
            value={form.sizes}
            onChange={(e) => setSizes(e.target.value)}
            aria-invalid={!layers || undefined}
          />
        </label>
        {'error' in sizes && (
          <p role="alert" className="edit-error">
            {sizes.error[lang]}
          </p>
        )}
        {layers?.slice(1).map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one activation per layer, in order
          <label key={`act-${i}-${n}`}>
            {t.activationOf(i + 1)}
            <select
              value={form.activations[i]}
              onChange={(e) =>
                set({
                  activations: form.activations.map((f, j) =>
                    j === i ? (e.target.value as Activation) : f,
                  ),
                })
              }
            >
              {ACTIVATIONS.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
        ))}
        <label>
          {t.lossLabel}
          <select value={form.loss} onChange={(e) => set({ loss: e.target.value as Loss })}>
            {LOSSES.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label>
          {t.reductionLabel}
          <select
            value={form.reduction}
            onChange={(e) => set({ reduction: e.target.value as Reduction })}
          >
            {REDUCTIONS.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          λ
          <input
            value={form.l2}
            onChange={(e) => set({ l2: e.target.value })}
            inputMode="decimal"
            aria-label={t.lambdaLabel}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={form.biases}
            onChange={(e) => set({ biases: e.target.checked })}
          />{' '}
          {t.biasesLabel}
        </label>
        <label>
          {t.seedLabel}
          <input
            value={form.seed}
            onChange={(e) => set({ seed: e.target.value })}
            inputMode="numeric"
          />
        </label>
      </div>
      <table className="builder-samples">
        <caption>{t.samplesLabel}</caption>
        <tbody>
          {form.samples.map((s, b) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: samples have no identity but their place
            <tr key={b}>
              <th scope="row">{b + 1}</th>
              {s.x.map((v, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: an input's place is its identity
                <td key={`x${k}`}>
                  <input
                    value={v}
                    onChange={(e) => setValue(b, 'x', k, e.target.value)}
                    aria-label={writeName({ kind: 'sampleInput', sample: b, index: k })}
                    size={5}
                    inputMode="decimal"
                  />
                </td>
              ))}
              <td className="arrow">→</td>
              {s.y.map((v, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a target's place is its identity
                <td key={`y${k}`}>
                  <input
                    value={v}
                    onChange={(e) => setValue(b, 'y', k, e.target.value)}
                    aria-label={writeName({ kind: 'sampleTarget', sample: b, index: k })}
                    size={5}
                    inputMode="decimal"
                  />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  onClick={() => set({ samples: form.samples.filter((_, i) => i !== b) })}
                  aria-label={t.removeSample(b + 1)}
                >
                  −
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="builder-actions">
        <button
          type="button"
          onClick={() =>
            layers &&
            set({
              samples: [
                ...form.samples,
                {
                  x: Array.from({ length: layers[0] }, () => '0'),
                  y: Array.from({ length: layers.at(-1) ?? 1 }, () => '0'),
                },
              ],
            })
          }
        >
          {t.addSample}
        </button>
        <button type="button" className="primary" onClick={create}>
          {t.createNetwork}
        </button>
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
      </div>
      {error && (
        <p role="alert" className="edit-error">
          {error[lang]}
        </p>
      )}
    </section>
  );
}
