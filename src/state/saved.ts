/**
 * The person's own networks, kept in the browser: a versioned list of content-format objects.
 * Reading is forgiving: an entry that fails to parse or validate is reported (with its index and
 * the same one-line message a content file would get) and skipped; the rest load.
 */

import { type Preset, presetFromData } from '../content/presets.ts';
import type { Text } from '../schema/language.ts';

export const STORAGE_KEY = 'backprop-atlas:networks';
export const STORAGE_VERSION = 1;

/** What is stored: the content-format fields of each network, as plain data. */
export interface SavedFile {
  version: number;
  networks: unknown[];
}

/** Turns a preset back into the content format (the fields a content file has). */
export function presetToContent(preset: Preset): Record<string, unknown> {
  const { spec } = preset;
  return {
    id: spec.id,
    ...(Object.keys(preset.title).length ? { title: preset.title } : {}),
    layers: spec.layers,
    activations: spec.activations,
    loss: spec.loss,
    reduction: spec.reduction,
    weights: spec.weights,
    ...(spec.biases ? { biases: spec.biases } : {}),
    samples: spec.samples,
    ...(spec.regularization ? { regularization: spec.regularization } : {}),
    ...(Object.keys(preset.notation).length ? { notation: preset.notation } : {}),
    ...(preset.learningRate ? { learningRate: preset.learningRate } : {}),
  };
}

/**
 * A preset as the browser's store and a link keep it (its content-format fields and no more), so
 * that a network saved a moment ago is the one a reload or a link brings back.
 */
export function asSaved(preset: Preset): Preset {
  return presetFromData(presetToContent(preset), preset.file);
}

export interface LoadedNetworks {
  presets: Preset[];
  /**
   * One line per entry that could not be read (a content file's line), per id that two entries
   * share, or for the whole store (in both languages).
   */
  errors: (string | Text)[];
  /**
   * False when some of the text was not read (the whole store, or an entry of it): writing the
   * list back would lose that part, so the text must first be kept aside (savedStore.ts).
   */
  intact: boolean;
}

/** Reads the stored list; never throws. */
export function readSaved(text: string | null): LoadedNetworks {
  if (text === null || text === '') return { presets: [], errors: [], intact: true };
  const whole = (en: string, zh: string): LoadedNetworks => ({
    presets: [],
    errors: [{ en: `saved networks: ${en}`, zh: `已保存的网络：${zh}` }],
    intact: false,
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return whole(`the browser's store is not valid JSON`, '浏览器中保存的内容不是有效的 JSON');
  }
  const file = data as Partial<SavedFile>;
  if (typeof file !== 'object' || file === null || !Array.isArray(file.networks)) {
    return whole(
      'expected a list of networks, got something else',
      '应为一个网络列表，这里是别的内容',
    );
  }
  if (file.version !== STORAGE_VERSION) {
    return whole(
      `version ${String(file.version)} is not one this app reads (${STORAGE_VERSION})`,
      `版本 ${String(file.version)} 不是本应用能读取的版本（${STORAGE_VERSION}）`,
    );
  }
  const presets: Preset[] = [];
  const errors: (string | Text)[] = [];
  const taken = new Map<string, number>();
  file.networks.forEach((entry, i) => {
    try {
      const preset = presetFromData(entry, `saved[${i}].json`);
      const id = preset.spec.id;
      const first = taken.get(id);
      if (first === undefined) {
        taken.set(id, i);
        presets.push(preset);
        return;
      }
      // Both are kept: the later one is listed under a name of its own, and said so.
      let n = 2;
      while (taken.has(`${id}-${n}`)) n++;
      const renamed = `${id}-${n}`;
      taken.set(renamed, i);
      presets.push({ ...preset, spec: { ...preset.spec, id: renamed } });
      errors.push({
        en: `saved networks: saved[${i}] has the id "${id}" of saved[${first}]; it is listed as "${renamed}"`,
        zh: `已保存的网络：saved[${i}] 与 saved[${first}] 的 id 同为 “${id}”；它以 “${renamed}” 列出`,
      });
    } catch (e) {
      errors.push((e as Error).message);
    }
  });
  return { presets, errors, intact: presets.length === file.networks.length };
}

/** The stored form of a list of networks. */
export function writeSaved(presets: readonly Preset[]): string {
  const file: SavedFile = { version: STORAGE_VERSION, networks: presets.map(presetToContent) };
  return JSON.stringify(file);
}
