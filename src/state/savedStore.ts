/**
 * The browser's store of saved networks, read and written so that nothing in it is lost: text the
 * app cannot read (not JSON, another shape, a newer build's version, a broken entry) is first
 * copied under a key of its own, and only then may the list be written over; a store that is full
 * or refuses a write leaves what it held as it was. Pure but for the store handed in.
 */

import type { Preset } from '../content/presets.ts';
import type { Text } from '../schema/language.ts';
import { readSaved, STORAGE_KEY, writeSaved } from './saved.ts';

/** What localStorage offers that this needs (a test passes a map). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Where unreadable text is kept: this key, or this key with -2, -3, … when that one is taken. */
export const SET_ASIDE_KEY = `${STORAGE_KEY}:unreadable`;
const MAX_SET_ASIDE = 50;

/** Text of the store that this app could not read, kept under a key of its own. */
export interface SetAside {
  key: string;
  text: string;
}

export interface OpenedStore {
  presets: Preset[];
  /** One line per problem met (an entry, an id two entries share, the whole store). */
  errors: (string | Text)[];
  /** What was kept aside, to be offered for download. */
  setAside: SetAside | null;
  /**
   * False when unreadable text could not be kept aside: then the list is never written, so that
   * the text stays where it is.
   */
  writable: boolean;
}

/** Copies `text` under a free set-aside key (or finds it already there); null if refused. */
export function setAside(store: KeyValueStore, text: string): string | null {
  try {
    for (let i = 1; i <= MAX_SET_ASIDE; i++) {
      const key = i === 1 ? SET_ASIDE_KEY : `${SET_ASIDE_KEY}-${i}`;
      const held = store.getItem(key);
      if (held === text) return key;
      if (held === null) {
        store.setItem(key, text);
        return key;
      }
    }
  } catch {
    // A store that refuses (full, private mode) keeps nothing aside.
  }
  return null;
}

/** Reads the saved networks; what cannot be read is kept aside before anything may be written. */
export function openSaved(store: KeyValueStore | null): OpenedStore {
  let text: string | null = null;
  try {
    text = store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    text = null;
  }
  const read = readSaved(text);
  if (read.intact || text === null || store === null)
    return { presets: read.presets, errors: read.errors, setAside: null, writable: true };
  const key = setAside(store, text);
  return {
    presets: read.presets,
    errors: read.errors,
    setAside: key === null ? null : { key, text },
    writable: key !== null,
  };
}

/** What the page says about text it kept aside, or could not. */
export function setAsideNotice(kept: SetAside | null): Text {
  if (kept)
    return {
      en: `What could not be read is kept, unchanged, under "${kept.key}" in this browser; download it to keep a copy.`,
      zh: `无法读取的内容已原样保存在本浏览器的“${kept.key}”下；可以下载一份留存。`,
    };
  return {
    en: 'What could not be read stays where it is: networks saved now are not written to this browser.',
    zh: '无法读取的内容保持原样：现在保存的网络不会写入本浏览器。',
  };
}

/** Why a write of the list did not happen, in words; null when it did. */
export function writeSavedList(
  store: KeyValueStore | null,
  presets: readonly Preset[],
  writable: boolean,
): Text | null {
  if (!writable) return setAsideNotice(null);
  try {
    if (store === null) throw new Error('this browser gives the page no storage');
    store.setItem(STORAGE_KEY, writeSaved(presets));
    return null;
  } catch (e) {
    const full =
      e instanceof Error &&
      (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    const why = full
      ? {
          en: "the browser's storage for this site is full",
          zh: '浏览器为本网站保留的存储空间已满',
        }
      : {
          en: `the browser refused to store them (${(e as Error).message})`,
          zh: `浏览器拒绝保存（${(e as Error).message}）`,
        };
    return {
      en: `Saved networks: ${why.en}, so the change was not stored. What was saved before is as it was; the network stays on this page until it is closed (Export… → Network as YAML keeps it as a file).`,
      zh: `已保存的网络：${why.zh}，这次更改没有存下。之前保存的内容保持不变；这个网络在关闭页面前仍在页面上（导出… → 网络（YAML）可以把它存成文件）。`,
    };
  }
}
