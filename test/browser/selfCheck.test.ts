/** Self-check, the quiz on a trace, and presentation mode's reveal style, in Chromium. */

import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { formatNumber, formatTexNumber } from '../../src/derivation/number.ts';
import { quizFor } from '../../src/derivation/quiz.ts';
import { numberSlots } from '../../src/derivation/slots.ts';
import { parseParam } from '../../src/engine/params.ts';
import { deriveNetwork } from '../../src/state/derived.ts';
import { reference } from '../support/reference.ts';
import { axeViolations } from './axe.ts';
import { fileBrowser, openPage, statusText } from './chromium.ts';

const base = inject('baseUrl');
const visual = readPresets(readContentDir()).presets.find((p) => p.spec.id === 'visual-derivation');
if (!visual) throw new Error('visual-derivation is missing');
const network = deriveNetwork(visual);
const browser = fileBrowser();

describe('self-check', () => {
  it('hides a number, checks answers with a tolerance, gives a hint, and puts it back', async () => {
    const step = network.steps[7];
    const slot = numberSlots(step.equations).find((s) => s.factor?.startsWith('a3'));
    if (!slot?.factor) throw new Error('step 8 has no activation factor');
    // The answer the page must take: ∂a/∂z on that edge, from the independent reference.
    const answer = reference(visual.spec).valueOf(
      { q: 'local', sample: 0, edge: slot.factor },
      {},
    ) as number;
    expect(answer).toBeCloseTo(slot.value, 12);
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=8&lang=en`,
      { reducedMotion: true },
    );
    await page.getByRole('button', { name: 'Check yourself' }).click();
    const shown = formatNumber(answer, 4);
    await page
      .getByRole('button', { name: `Hide ${shown} and work it out` })
      .first()
      .click();
    const field = page.getByRole('textbox', { name: 'Your answer' });
    expect(await field.evaluate((e) => e === document.activeElement)).toBe(true);
    // Screen readers meet a "?" where the number was.
    const equations = page.getByRole('region', { name: 'Equations', exact: true });
    expect(await equations.locator('.equation-row math').allTextContents()).toContainEqual(
      expect.stringContaining('?'),
    );
    await field.fill(String(answer * 1.05));
    await page.keyboard.press('Enter');
    expect(await page.locator('.verdict').textContent()).toMatch(/^Not yet: .* is 5(\.0)?% off/);
    // The verdict is read out, but the page's one status still names the step (ui-contract.md).
    expect(await page.locator('.verdict').getAttribute('aria-live')).toBe('polite');
    expect(await statusText(page)).toMatch(/^Step 8 of /);
    await page.getByRole('button', { name: 'Hint' }).click();
    const hint = page.locator('.hint');
    expect(await hint.locator('.katex').count()).toBe(2); // the formula and the difference
    expect(await hint.textContent()).toContain('nudge the input');
    expect(await axeViolations(page)).toEqual([]);
    await field.fill(String(answer * 1.005));
    await page.keyboard.press('Enter');
    expect(await page.locator('.verdict').textContent()).toBe(`Right: ${shown}.`);
    await page.getByRole('button', { name: 'Put it back' }).click();
    expect(await page.getByRole('textbox', { name: 'Your answer' }).count()).toBe(0);
    expect(await equations.locator('.hide-number').count()).toBe(
      numberSlots(step.equations).length,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('a whole term can be hidden, and its value is what is asked', async () => {
    const step = network.steps[7];
    const term = step.equations.find((r) => r.value !== undefined && r.terms);
    if (!term?.value) throw new Error('step 8 has no term');
    const { page, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=8&lang=zh`,
      {
        reducedMotion: true,
      },
    );
    await page.getByRole('button', { name: '自我检测' }).click();
    await page.getByRole('button', { name: '藏起这一项，自己算出来' }).first().click();
    await page
      .getByRole('textbox', { name: '你的答案' })
      .fill(formatNumber(term.value, 6).replace('−', '-'));
    await page.keyboard.press('Enter');
    expect(await page.locator('.verdict').textContent()).toMatch(/^对了：/);
    await page.getByRole('button', { name: '显示答案' }).isDisabled();
    await close();
  });

  it('is not offered on a step with nothing to hide (a note), and is again on the next', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=jacobian-xor&step=4&lang=en`,
      { reducedMotion: true },
    );
    expect(await statusText(page)).toMatch(/^Step 4 of \d+: Why the naive chain rule fails/);
    const offer = page.getByRole('button', { name: 'Check yourself' });
    expect(await offer.count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await offer.waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the quiz', () => {
  it('walks the factors of one path, lighting each edge, and counts first-try answers', async () => {
    const param = 'W1[0][1]';
    const ref = parseParam(param, network.spec);
    if ('error' in ref) throw new Error(ref.error);
    const questions = quizFor(network.trace, ref, network.notation, (v) => formatTexNumber(v, 4));
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=2&lang=en&param=${param}`,
      { reducedMotion: true },
    );
    await page.getByRole('button', { name: 'Quiz me on this trace' }).click();
    for (const [i, q] of questions.entries()) {
      expect(await page.locator('.quiz-progress').textContent()).toBe(
        `Question ${i + 1} of ${questions.length}`,
      );
      if (q.factor) {
        // The last factor, ∂z/∂w, lights the weight's own edge.
        const lower = q.factor.split('<')[1];
        const edge = /^W/.test(lower) ? `[data-param="${lower}"]` : `[data-edge="${q.factor}"]`;
        expect(await page.locator(edge).getAttribute('class'), `${i} ${q.factor}`).toContain(
          'hovered',
        );
      }
      // One wrong answer on the second question, right at once on the others.
      const field = page.getByRole('textbox', { name: 'Your answer' });
      if (i === 1) {
        await field.fill(String(q.answer + 1));
        await page.keyboard.press('Enter');
      }
      await field.fill(String(q.answer));
      await page.keyboard.press('Enter');
      expect(await page.locator('.quiz .verdict').textContent()).toMatch(/^Right/);
      if (i === 1) expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    expect(await page.locator('.quiz .quiz-done').textContent()).toBe(
      `Done: ${questions.length - 1} of ${questions.length} right at the first try.`,
    );
    expect(await page.locator('.quiz .quiz-done').getAttribute('aria-live')).toBe('polite');
    expect(await statusText(page)).toMatch(/^Step \d+ of /);
    await page.getByRole('button', { name: 'Close the quiz' }).click();
    expect(await page.locator('.quiz').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('presentation mode’s reveal style', () => {
  it('is off unless asked for: PageDown moves to the next step', async () => {
    const { page, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=7&lang=en`,
      {
        reducedMotion: true,
      },
    );
    await page.keyboard.press('f');
    await page.keyboard.press('PageDown');
    expect(await statusText(page)).toMatch(/^Step 8 of/);
    await close();
  });

  it('with r, PageDown shows the step’s numbers one at a time, then moves on', async () => {
    const total = numberSlots(network.steps[6].equations).length;
    const { page, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=7&lang=en`,
      {
        reducedMotion: true,
        width: 1920,
        height: 1080,
      },
    );
    await page.keyboard.press('f');
    await page.keyboard.press('r');
    expect(
      await page
        .getByRole('button', { name: 'Reveal one number per click' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    const hidden = () =>
      page.locator('.equations-panel .equation-grid').first().locator('text=?').count();
    expect(await page.locator('.reveal-progress').textContent()).toBe(
      `0 of ${total} numbers shown: PageDown shows the next`,
    );
    for (let i = 1; i <= total; i++) {
      await page.keyboard.press('PageDown');
      expect(await statusText(page)).toMatch(/^Step 7 of/);
      expect(await page.locator('.reveal-progress').textContent()).toMatch(
        new RegExp(`^${i} of ${total}`),
      );
    }
    expect(await hidden()).toBe(0);
    await page.keyboard.press('PageDown');
    expect(await statusText(page)).toMatch(/^Step 8 of/);
    // Going back shows the earlier step whole.
    await page.keyboard.press('PageUp');
    expect(await statusText(page)).toMatch(/^Step 7 of/);
    expect(await page.locator('.reveal-progress').textContent()).toMatch(
      new RegExp(`^${total} of ${total}`),
    );
    await close();
  });
});
