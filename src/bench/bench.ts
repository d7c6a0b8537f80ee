/**
 * npm run bench: engine timings, download sizes and, in Chromium, step latency, long tasks and
 * training speed, printed as numbers to keep or beat against shared/DESIGN.md's budgets (no pass
 * or fail).
 */

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, readContentDir } from '../cli/contentFiles.ts';
import { readPresets } from '../content/read.ts';
import type { ParamRef } from '../engine/names.ts';
import { pathCount } from '../engine/paths.ts';
import { randomNetwork } from '../engine/random.ts';
import { trace } from '../engine/trace.ts';
import { train } from '../engine/train.ts';
import { initialFiles, measureLoad } from './bundleSize.ts';
import { CHROMIUM_PATH, hasChromium } from './chromium.ts';
import { measureEditing } from './editingInPage.ts';
import { measureMemory, memoryLines } from './memoryInPage.ts';
import { buildAndServe } from './preview.ts';
import { measureStepping, type Percentiles } from './stepLatency.ts';
import { measureTraining } from './trainingInPage.ts';

interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `work` repeatedly for about `budgetMs` after a warm-up; times in milliseconds. */
function time(work: () => unknown, budgetMs = 500, maxRuns = 10_000): Timing {
  for (let i = 0; i < 20; i++) work();
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (samples.length < maxRuns && (samples.length < 5 || performance.now() < end)) {
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

const rows: [string, Timing][] = [];
const { presets, errors } = readPresets(readContentDir());
for (const message of errors) process.stderr.write(`skipped: ${message}\n`);
for (const p of presets)
  rows.push([
    `trace ${p.spec.id} (${p.spec.layers.join('-')}, m=${p.spec.samples.length})`,
    time(() => trace(p.spec)),
  ]);

const deep = randomNetwork({
  layers: [16, 16, 16, 16, 16, 16, 16],
  activations: ['tanh', 'tanh', 'tanh', 'tanh', 'tanh', 'sigmoid'],
  loss: 'half_sse',
  samples: 8,
  seed: 1,
  scale: 0.5,
});
const firstWeight: ParamRef = { kind: 'weight', layer: 1, row: 0, col: 0 };
rows.push(['trace 6 layers × 16 units, m=8', time(() => trace(deep))]);
rows.push([
  `pathCount W1[0][0] of that network (${pathCount(deep, firstWeight).toLocaleString('en')} paths)`,
  time(() => pathCount(deep, firstWeight)),
]);
rows.push([
  'train 1000 steps, 6 layers × 16 units, m=8',
  time(() => train(deep, 0.1, 1000), 3000, 5),
]);
const xor = presets.find((p) => p.spec.id === 'jacobian-xor');
if (xor)
  rows.push([
    'train 1000 steps, jacobian-xor (3-3-1, m=4)',
    time(() => train(xor.spec, 1, 1000), 2000, 20),
  ]);

const print = (line: string) => process.stdout.write(`${line}\n`);
const width = Math.max(...rows.map(([name]) => name.length));
const ms = (v: number) => (v < 0.1 ? `${(v * 1000).toFixed(1)} µs` : `${v.toFixed(3)} ms`);
print(`${'benchmark'.padEnd(width)}  ${'median'.padStart(12)}  ${'p95'.padStart(12)}  runs`);
for (const [name, t] of rows) {
  print(
    `${name.padEnd(width)}  ${ms(t.median).padStart(12)}  ${ms(t.p95).padStart(12)}  ${t.runs}`,
  );
}
print(`node ${process.version}, ${new Date().toISOString()}`);

const dist = join(REPO_ROOT, '.bench', 'dist');
const { url, server } = await buildAndServe(dist);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const initial = initialFiles(dist);
print('\ninitial download (what index.html loads before the first paint)');
for (const f of initial) print(`  ${f.file.padEnd(44)} ${kb(f.gzip).padStart(9)} gzip`);
print(`  total ${kb(initial.reduce((s, f) => s + f.gzip, 0))} gzip (budget ≤ 220 KB JS + CSS)`);
if (!hasChromium()) {
  print(`\nNo Chromium at ${CHROMIUM_PATH}: nothing measured in a browser.`);
  await server.close();
} else {
  try {
    const load = await measureLoad(url, dist);
    const later = load.scripts.filter((s) => !initial.some((f) => f.file === s.file));
    print('\nopening the page in Chromium, until the network is idle');
    print(
      `  JS + CSS ${kb(load.scripts.reduce((s, f) => s + f.gzip, 0))} gzip in ${load.scripts.length} files; after the first paint: ${later.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ') || 'nothing'}`,
    );
    print(
      `  fonts ${kb(load.otherBytes)}; third-party requests: ${load.thirdParty.length} (budget: none)`,
    );
    for (const u of load.thirdParty) print(`    ${u}`);
    const r = await measureStepping(
      url,
      presets.map((p) => p.spec.id),
    );
    print(
      `\nstepping in Chromium ${r.browser} on ${availableParallelism()} cores (→ through every step of every preset, traces animating)`,
    );
    const line = (p: Percentiles) =>
      `p50 ${p.p50.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms, max ${p.max.toFixed(1)} ms`;
    print(`  key press to next frame: ${line(r)} over ${r.presses} presses (budget p95 ≤ 16 ms)`);
    print(
      `    the first press after opening each preset: ${line(r.first)}; the presses after it: ${line(r.later)}`,
    );
    print(`  key press to the step drawn in full: ${line(r.full)}`);
    print(`  floor: a key press that changes one word, on a quiet page: ${line(r.floor)}`);
    print(
      `  floor with the URL kept in step (the same press, also replacing the query as every step does): ${line(r.floorWithUrl)}`,
    );
    print(
      `  the same walk with the page's URL writes switched off (a comparison; the app always keeps its URL in step): ${line(r.withoutUrl)}`,
    );
    print(
      `    the first press after opening each preset: ${line(r.withoutUrl.first)}; the presses after it: ${line(r.withoutUrl.later)}`,
    );
    print(
      `  long tasks (> 50 ms): ${r.longTasks}, longest ${r.longestTask.toFixed(0)} ms (budget: none)`,
    );
    const editing = await measureEditing(
      url,
      presets.map((p) => p.spec.id),
    );
    print(
      '\nediting in Chromium (W1[0][0] of every preset typed and applied with Enter, 20 times each)',
    );
    print(`  Enter to next frame: ${line(editing)} over ${editing.edits} edits`);
    print(
      `  long tasks while editing: ${editing.longTasks}, longest ${editing.longestTask.toFixed(0)} ms (budget: none over 50 ms)`,
    );
    const training = await measureTraining(url);
    print('\ntraining in Chromium (jacobian-xor, through the training panel)');
    print(
      `  ${training.steps} steps in ${training.ms} ms (${Math.round((training.steps / training.ms) * 1000)} steps/s)`,
    );
    print(
      `  long tasks while training: ${training.longTasks}, longest ${training.longestTask.toFixed(0)} ms (budget: none over 50 ms)`,
    );
    const memory = await measureMemory(url);
    print(
      `\nJS heap in Chromium after a forced collection, a long training run beside the same page idle (BENCH_TRAINING_SECONDS=${memory.seconds})`,
    );
    for (const l of memoryLines(memory)) print(l);
  } finally {
    await server.close();
  }
}
