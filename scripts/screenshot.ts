// Takes a screenshot of the app in Debian's Chromium, to look at the page:
//   npx tsx scripts/screenshot.ts URL OUT.png [WIDTHxHEIGHT] [--reduced-motion] [--wait MS] [--keys K1,K2]
import { launchChromium } from '../src/bench/chromium.ts';

const [url, out, size = '1366x768', ...flags] = process.argv.slice(2);
if (!url || !out)
  throw new Error(
    'usage: npx tsx scripts/screenshot.ts URL OUT.png [WIDTHxHEIGHT] [--reduced-motion] [--wait MS] [--keys K1,K2]',
  );
const [width, height] = size.split('x').map(Number);
const option = (name: string) =>
  flags.includes(name) ? flags[flags.indexOf(name) + 1] : undefined;
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width, height } });
const problems: string[] = [];
page.on('pageerror', (e) => problems.push(e.message));
page.on('console', (m) => {
  if (m.type() === 'error') problems.push(m.text());
});
if (flags.includes('--reduced-motion')) await page.emulateMedia({ reducedMotion: 'reduce' });
await page.goto(url);
await page.waitForSelector('[data-node]', { timeout: 5000 }).catch(() => undefined);
for (const key of option('--keys')?.split(',') ?? []) await page.keyboard.press(key);
await page.waitForTimeout(Number(option('--wait') ?? 600));
await page.screenshot({ path: out });
await browser.close();
if (problems.length > 0) process.stderr.write(`${problems.join('\n')}\n`);
