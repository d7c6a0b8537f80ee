/**
 * Saved work is never lost: an unreadable store is kept aside and offered for download, and a
 * network that came in a link never takes the place of one the person saved.
 */

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { tinyNetwork as tiny } from '../support/networks.ts';
import { fileBrowser, openPage } from './chromium.ts';
import { defLink } from './links.ts';

const base = inject('baseUrl');
const browser = fileBrowser();
const KEY = 'backprop-atlas:networks';

/** Every key of the page's localStorage with its text. */
const storage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage)) as Record<string, string>);

describe('saved work', () => {
  it('an unreadable store survives "Save a copy" and is offered for download', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&lang=en`,
    );
    const newer = JSON.stringify({ version: 2, networks: [tiny('from-a-newer-build', 0.5)] });
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, newer]);
    await page.reload();
    await page.locator('[data-node="E"]').waitFor();
    await page.getByRole('button', { name: 'Save a copy' }).click();
    await expect.poll(async () => JSON.parse((await storage(page))[KEY]).version).toBe(1);
    expect(Object.values(await storage(page))).toContain(newer);
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    expect(await notice.innerText()).toMatch(
      /kept, unchanged, under "backprop-atlas:networks:unreadable"/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download what could not be read' }).click(),
    ]);
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe(newer);
    expect(errors).toEqual([]);
    await close();
  });

  it('a linked network with the id of a saved one never replaces it, and is not saved unasked', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&lang=en`,
    );
    const mine = tiny('mine', 0.25);
    await page.evaluate(
      ([key, text]) => localStorage.setItem(key, text),
      [KEY, JSON.stringify({ version: 1, networks: [mine] })],
    );
    await page.goto(defLink(base, tiny('mine', 0.75), '&lang=en'));
    await page.locator('[data-node="E"]').waitFor();
    const network = page.getByRole('combobox', { name: 'Network', exact: true });
    await network.selectOption('visual-derivation');
    await page.getByRole('button', { name: 'Save a copy' }).click();
    await expect.poll(async () => JSON.parse((await storage(page))[KEY]).networks.length).toBe(2);
    const stored = JSON.parse((await storage(page))[KEY]).networks;
    expect(stored.map((n: { id: string }) => n.id)).toEqual(['mine', 'visual-derivation-mine']);
    expect(stored[0].weights).toEqual([[[0.25]]]);
    expect(await page.getByRole('alert').filter({ hasText: '"mine"' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('a linked network of a new id is shown, and only saving it stores it', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      defLink(base, tiny('from-a-friend', 0.5), '&lang=en'),
    );
    const network = page.getByRole('combobox', { name: 'Network', exact: true });
    expect(await network.inputValue()).toBe('from-a-friend');
    await network.selectOption('visual-derivation');
    await page.getByRole('button', { name: 'Save a copy' }).click();
    await expect.poll(async () => (await storage(page))[KEY] ?? null).not.toBeNull();
    const ids = () =>
      storage(page).then((s) => JSON.parse(s[KEY]).networks.map((n: { id: string }) => n.id));
    expect(await ids()).toEqual(['visual-derivation-mine']);
    await network.selectOption('from-a-friend');
    await page.getByRole('button', { name: 'Save a copy' }).click();
    await expect.poll(ids).toEqual(['visual-derivation-mine', 'from-a-friend-mine']);
    expect(errors).toEqual([]);
    await close();
  });

  it('a full store on save says so, keeps what it held, and the network stays on the page', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&lang=en`,
    );
    const before = JSON.stringify({ version: 1, networks: [tiny('mine', 0.25)] });
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, before]);
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: 'Save a copy' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Saved networks' });
    expect(await alert.innerText()).toMatch(
      /storage for this site is full, so the change was not stored\. What was saved before is as it was/,
    );
    expect((await storage(page))[KEY]).toBe(before);
    expect(await page.getByRole('combobox', { name: 'Network', exact: true }).inputValue()).toBe(
      'visual-derivation-mine',
    );
    expect(errors).toEqual([]);
    await close();
  });
});
