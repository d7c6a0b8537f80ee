/**
 * url.ts: every field of the view survives a write and a read, and every malformed value is
 * dropped for the nearest valid one and named, in both languages (ui-contract.md's URL).
 */

import { describe, expect, it } from 'vitest';
import { randomNetwork } from '../../src/engine/random.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { readUrl, type UrlContext, type UrlView, writeUrl } from '../../src/state/url.ts';

const small: NetworkSpec = {
  ...randomNetwork({
    layers: [2, 3, 2],
    activations: ['tanh', 'sigmoid'],
    loss: 'half_sse',
    samples: 2,
    seed: 5,
  }),
  id: 'small',
};
const other: NetworkSpec = {
  ...randomNetwork({ layers: [1, 1], activations: ['linear'], loss: 'mse', seed: 9 }),
  id: 'other',
};
const STEPS: Record<string, number> = { small: 7, other: 3 };
const ctx: UrlContext = {
  specs: [small, other],
  stepCount: (spec) => STEPS[spec.id],
  fallbackLang: 'en',
};

const read = (search: string, c: UrlContext = ctx) => readUrl(search, c);
const ignoredEn = (search: string) => read(search).ignored.map((t) => t.en);

describe('the URL, written and read back', () => {
  const views: UrlView[] = [
    { netId: 'small', step: 0, param: null, lang: 'en', edits: {} },
    { netId: 'small', step: 6, param: 'W2[1][2]', lang: 'zh', edits: {} },
    { netId: 'small', step: 3, param: 'b1[2]', lang: 'en', edits: { 'W1[0][1]': -0.25 } },
    {
      netId: 'small',
      step: 2,
      param: null,
      lang: 'zh',
      edits: { 'x1[0]': 3, 'y0[1]': 0.5, 'b2[0]': 1e-7, 'W2[0][0]': -1000 },
    },
    { netId: 'other', step: 2, param: 'W1[0][0]', lang: 'en', edits: { 'W1[0][0]': 0.125 } },
  ];

  it.each(views)('keeps every field of %j', (view) => {
    const back = read(writeUrl(view));
    expect(back.ignored).toEqual([]);
    expect(back.view).toEqual(view);
  });

  it('writes step 1-based, brackets readable, edits in a stable order', () => {
    expect(
      writeUrl({
        netId: 'small',
        step: 4,
        param: 'W1[0][1]',
        lang: 'zh',
        edits: { 'b1[0]': 2, 'W1[0][0]': 0.5 },
      }),
    ).toBe('?net=small&step=5&param=W1[0][1]&lang=zh&edits=W1[0][0]%3A0.5%2Cb1[0]%3A2');
  });

  it('carries a def= after the view, and reading accepts it without a notice', () => {
    const search = writeUrl(
      { netId: 'small', step: 0, param: null, lang: 'en', edits: {} },
      'eyJpZCI6InNtYWxsIn0',
    );
    expect(search.endsWith('&def=eyJpZCI6InNtYWxsIn0')).toBe(true);
    expect(read(search).ignored).toEqual([]);
  });

  it('with no query opens the first network at its first step in the fallback language', () => {
    expect(read('').view).toEqual({ netId: 'small', step: 0, param: null, lang: 'en', edits: {} });
    expect(read('', { ...ctx, fallbackLang: 'zh' }).view.lang).toBe('zh');
    expect(read('?net=other').view.netId).toBe('other');
  });
});

describe('a malformed URL', () => {
  it('names an unknown setting once, however often it appears', () => {
    const { ignored, view } = read('?zoom=3&zoom=4&net=other');
    expect(ignored).toEqual([{ en: 'unknown setting "zoom"', zh: '未知的设置 "zoom"' }]);
    expect(view.netId).toBe('other');
  });

  it('opens the first network for one it does not have, and says so', () => {
    const { view, ignored } = read('?net=nope&step=2');
    expect(view.netId).toBe('small');
    expect(view.step).toBe(1);
    expect(ignored).toEqual([{ en: 'no network called "nope"', zh: '没有名为 "nope" 的网络' }]);
  });

  it('keeps the fallback language for one it does not speak', () => {
    const { view, ignored } = read('?lang=fr', { ...ctx, fallbackLang: 'zh' });
    expect(view.lang).toBe('zh');
    expect(ignored).toEqual([
      { en: 'language "fr" (use en or zh)', zh: '语言 "fr"（可用 en 或 zh）' },
    ]);
    expect(ignoredEn('?lang=EN')).toEqual(['language "EN" (use en or zh)']);
  });

  it.each(['0', '-1', 'abc', '2.5', '1e1', '0x2', ' 2', '', '+3'])(
    'opens step 1 for step=%j and names it',
    (step) => {
      const { view, ignored } = read(`?net=small&step=${encodeURIComponent(step)}`);
      expect(view.step).toBe(0);
      expect(ignored.map((t) => t.en)).toEqual([
        `step ${JSON.stringify(step)} (expected a number from 1 to 7)`,
      ]);
    },
  );

  it('opens the last step for one past the end, and says how many there are', () => {
    const { view, ignored } = read('?net=other&step=99');
    expect(view.step).toBe(2);
    expect(ignored).toEqual([
      {
        en: 'step "99" (this network has 3 steps; showing the last)',
        zh: '第 "99" 步（这个网络共有 3 步，显示最后一步）',
      },
    ]);
    expect(read('?net=other&step=3').view.step).toBe(2);
    expect(read('?net=other&step=3').ignored).toEqual([]);
  });

  it.each([
    ['W9[0][0]', 'no layer'],
    ['W1[3][0]', ''],
    ['W1[0][2]', ''],
    ['b3[0]', ''],
    ['b1[3]', ''],
    ['w1[0][0]', ''],
    ['W1[0]', ''],
    ['W1[-1][0]', ''],
    ['', ''],
  ])('selects nothing for param=%j and names it', (param) => {
    const { view, ignored } = read(`?net=small&param=${encodeURIComponent(param)}`);
    expect(view.param).toBe(null);
    expect(ignored).toHaveLength(1);
    expect(ignored[0].en.startsWith(`parameter ${JSON.stringify(param)} (`)).toBe(true);
    expect(ignored[0].zh).toBe(`参数 ${JSON.stringify(param)}（这个网络中没有它）`);
  });

  it('a parameter is read against the network the URL opens, not the first', () => {
    expect(read('?net=other&param=W1[0][0]').view.param).toBe('W1[0][0]');
    expect(read('?net=small&param=W2[1][2]').view.param).toBe('W2[1][2]');
    expect(read('?net=other&param=W2[1][2]').view.param).toBe(null);
  });

  it.each([
    ['W1[0][0]:999', { 'W1[0][0]': 999 }, []],
    ['W1[0][0]:1001', {}, [['W1[0][0]:1001', 'too large']]],
    ['W1[0][0]:1,000', {}, [['W1[0][0]:1,000', 'comma']]],
    ['W1[0][0]:1,000,b1[0]:2', { 'b1[0]': 2 }, [['W1[0][0]:1,000', 'comma']]],
    ['W1[0][0]:0x10', {}, [['W1[0][0]:0x10', 'not a decimal number']]],
    ['W1[0][0]:1e-400', {}, [['W1[0][0]:1e-400', 'too small']]],
    ['W1[0][0]:', {}, [['W1[0][0]:', 'not a number']]],
    ['W1[0][0]', {}, [['W1[0][0]', 'expected NAME:VALUE']]],
    ['W7[0][0]:1', {}, [['W7[0][0]:1', 'layer']]],
    ['x2[0]:1', {}, [['x2[0]:1', 'no sample 2 (there are 2)']]],
    ['y0[2]:1', {}, [['y0[2]:1', 'no target 2 (there are 2)']]],
    [
      'x1[1]:-2,nonsense,b2[1]:−0.5',
      { 'x1[1]': -2, 'b2[1]': -0.5 },
      [['nonsense', 'expected NAME:VALUE']],
    ],
  ] as const)('edits=%s keeps %j and names %j with why', (text, edits, ignored) => {
    const got = read(`?net=small&edits=${encodeURIComponent(text)}`);
    expect(got.view.edits).toEqual(edits);
    expect(got.ignored).toHaveLength(ignored.length);
    for (const [i, [item, why]] of ignored.entries()) {
      expect(got.ignored[i].en.startsWith(`edit ${JSON.stringify(item)} (`)).toBe(true);
      expect(got.ignored[i].en).toContain(why);
      expect(got.ignored[i].zh.startsWith(`修改 ${JSON.stringify(item)}（`)).toBe(true);
    }
  });

  it('shortens a long value it names to 40 characters', () => {
    const long = 'n'.repeat(100);
    expect(ignoredEn(`?net=${long}`)).toEqual([`no network called "${'n'.repeat(40)}…"`]);
  });

  it('names every bad part of one URL, and still opens a view', () => {
    const { view, ignored } = read('?net=nope&step=abc&param=W9[9][9]&lang=fr&zoom=3');
    expect(view).toEqual({ netId: 'small', step: 0, param: null, lang: 'en', edits: {} });
    expect(ignored.map((t) => t.en)).toEqual([
      'unknown setting "zoom"',
      'no network called "nope"',
      'language "fr" (use en or zh)',
      'step "abc" (expected a number from 1 to 7)',
      expect.stringMatching(/^parameter "W9\[9\]\[9\]" \(/),
    ]);
  });
});
