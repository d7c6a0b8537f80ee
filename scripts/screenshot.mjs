// Takes a screenshot of the app in Debian's Chromium, for looking at the page:
//   node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--reduced-motion] [--wait MS] [--keys K1,K2]
import { chromium } from 'playwright-core';

const [url, out, size = '1366x768', ...flags] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const wait = Number(flags[flags.indexOf('--wait') + 1]) || 600;
const keys = flags.includes('--keys') ? flags[flags.indexOf('--keys') + 1].split(',') : [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width, height } });
const problems = [];
page.on('pageerror', (e) => problems.push(e.message));
page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
if (flags.includes('--reduced-motion')) await page.emulateMedia({ reducedMotion: 'reduce' });
await page.goto(url);
await page.waitForSelector('[data-node]', { timeout: 5000 }).catch(() => {});
for (const key of keys) await page.keyboard.press(key);
await page.waitForTimeout(wait);
await page.screenshot({ path: out });
await browser.close();
if (problems.length) console.log(problems.join('\n'));
