/** Every part of a link the page does not use is named in a notice, in English and in Chinese. */

import { describe, expect, inject, it } from 'vitest';
import { tinyNetwork as tiny } from '../support/networks.ts';
import { fileBrowser, openPage } from './chromium.ts';
import { defLink } from './links.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

async function noticeOf(url: string): Promise<string> {
  const { page, errors, close } = await openPage(browser(), url);
  const text = await page
    .getByRole('alert')
    .filter({ hasText: /ignored|忽略/ })
    .innerText();
  expect(errors).toEqual([]);
  await close();
  return text;
}

describe('what a link asks for and does not get', () => {
  it('a def= that reuses a preset id is shown under an id of its own, and said so', async () => {
    const text = await noticeOf(defLink(base, tiny('visual-derivation'), '&lang=en'));
    expect(text).toMatch(/"visual-derivation".*a preset has it.*"visual-derivation-link"/);
    const zh = await noticeOf(defLink(base, tiny('visual-derivation'), '&lang=zh'));
    expect(zh).toMatch(/链接中有部分内容被忽略.*“visual-derivation”.*已有预设/);
  });

  it('an empty def= is named', async () => {
    expect(await noticeOf(`${base}?net=visual-derivation&def=&lang=en`)).toMatch(
      /def= \(it is empty\)/,
    );
    expect(await noticeOf(`${base}?net=visual-derivation&def=&lang=zh`)).toMatch(
      /def=（内容为空）/,
    );
  });

  it('each edit that is not used is named, with why', async () => {
    const text = await noticeOf(
      `${base}?net=visual-derivation&edits=W1[0][0]:1e-400,W1[0][1]:0x10,W1[1][0]:1001&lang=en`,
    );
    expect(text).toMatch(/W1\[0\]\[0\]:1e-400" \(“1e-400” is too small to hold/);
    expect(text).toMatch(/W1\[0\]\[1\]:0x10" \(“0x10” is not a decimal number/);
    expect(text).toMatch(/W1\[1\]\[0\]:1001" \(1001 is too large/);
  });
});
