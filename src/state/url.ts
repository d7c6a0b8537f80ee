/**
 * The URL mirrors what reproduces the view (ui-contract.md): `net`, `step` (1-based), `param`
 * and `lang`. Reading is forgiving: a value that cannot be used is dropped for the nearest valid
 * one, and the reader is told, in both languages, what was ignored.
 */

import { parseParam } from '../engine/params.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import { LANGS, type Lang, type Text } from '../schema/language.ts';
import { type Edits, readEdits, writeEdits } from './edits.ts';

export interface UrlView {
  netId: string;
  /** Edited numbers of that network. */
  edits: Edits;
  /** 0-based step index. */
  step: number;
  param: string | null;
  lang: Lang;
}

export interface UrlContext {
  specs: readonly NetworkSpec[];
  /** Number of steps of a network's derivation. */
  stepCount: (spec: NetworkSpec) => number;
  /** The language to use when the URL names none (the browser's). */
  fallbackLang: Lang;
}

const KEYS = ['net', 'step', 'param', 'lang', 'edits', 'def'] as const;
const show = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Reads a query string; never fails, but lists what it ignored. */
export function readUrl(search: string, ctx: UrlContext): { view: UrlView; ignored: Text[] } {
  const query = new URLSearchParams(search);
  const ignored: Text[] = [];
  for (const key of new Set(query.keys())) {
    if (!(KEYS as readonly string[]).includes(key)) {
      ignored.push({ en: `unknown setting ${show(key)}`, zh: `未知的设置 ${show(key)}` });
    }
  }

  const netText = query.get('net');
  let spec = ctx.specs[0];
  if (netText !== null) {
    const found = ctx.specs.find((s) => s.id === netText);
    if (found) spec = found;
    else
      ignored.push({
        en: `no network called ${show(netText)}`,
        zh: `没有名为 ${show(netText)} 的网络`,
      });
  }

  const langText = query.get('lang');
  let lang = ctx.fallbackLang;
  if (langText !== null) {
    if ((LANGS as readonly string[]).includes(langText)) lang = langText as Lang;
    else
      ignored.push({
        en: `language ${show(langText)} (use en or zh)`,
        zh: `语言 ${show(langText)}（可用 en 或 zh）`,
      });
  }

  let step = 0;
  const stepText = query.get('step');
  if (stepText !== null && spec) {
    const n = ctx.stepCount(spec);
    const wanted = /^\d+$/.test(stepText) ? Number(stepText) : Number.NaN;
    if (Number.isInteger(wanted) && wanted >= 1 && wanted <= n) step = wanted - 1;
    else if (Number.isInteger(wanted) && wanted > n) {
      step = n - 1;
      ignored.push({
        en: `step ${show(stepText)} (this network has ${n} steps; showing the last)`,
        zh: `第 ${show(stepText)} 步（这个网络共有 ${n} 步，显示最后一步）`,
      });
    } else
      ignored.push({
        en: `step ${show(stepText)} (expected a number from 1 to ${n})`,
        zh: `步骤 ${show(stepText)}（应为 1 到 ${n} 之间的数）`,
      });
  }

  let edits: Record<string, number> = {};
  const editsText = query.get('edits');
  if (editsText !== null && spec) {
    const read = readEdits(editsText, spec);
    edits = read.edits;
    read.ignored.forEach((item, i) => {
      const why = read.problems[i];
      ignored.push({ en: `edit ${show(item)} (${why.en})`, zh: `修改 ${show(item)}（${why.zh}）` });
    });
  }

  let param: string | null = null;
  const paramText = query.get('param');
  if (paramText !== null && spec) {
    const p = parseParam(paramText, spec);
    if ('error' in p)
      ignored.push({
        en: `parameter ${show(paramText)} (${p.error.replace(/^[^:]*: /, '')})`,
        zh: `参数 ${show(paramText)}（这个网络中没有它）`,
      });
    else param = paramText;
  }

  return { view: { netId: spec?.id ?? '', step, param, lang, edits }, ignored };
}

/** The query string for a view; `def` carries a network of the person's own (see shareable.ts). */
export function writeUrl(view: UrlView, def?: string): string {
  const query = new URLSearchParams();
  query.set('net', view.netId);
  query.set('step', String(view.step + 1));
  if (view.param) query.set('param', view.param);
  query.set('lang', view.lang);
  const edits = writeEdits(view.edits);
  if (edits) query.set('edits', edits);
  if (def) query.set('def', def);
  // Brackets are legal in a query; leaving them readable keeps copied links legible.
  return `?${query.toString().replace(/%5B/g, '[').replace(/%5D/g, ']')}`;
}
