/** The command line of network-spec.md §3, run as a real process, as a user would run it. */

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/cli/contentFiles.ts';
import { readPreset } from '../../src/content/read.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import { trace } from '../../src/engine/trace.ts';
import { train } from '../../src/engine/train.ts';
import { expectFailure, npmRun, tempFile } from './npmRun.ts';

const PRESET = 'content/networks/visual-derivation.yaml';
const spec = readPreset({ path: PRESET, text: readFileSync(join(REPO_ROOT, PRESET), 'utf8') }).spec;

describe('npm run trace -- FILE', () => {
  it('prints the whole trace as JSON', async () => {
    const run = await npmRun('trace', PRESET);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    const t = trace(spec);
    expect(out.id).toBe('visual-derivation');
    expect(out.loss).toBe(t.loss);
    expect(out.forward).toHaveLength(1);
    expect(out.forward[0].a).toEqual([spec.samples[0].x, ...t.samples[0].layers.map((l) => l.a)]);
    expect(out.forward[0].z).toEqual(t.samples[0].layers.map((l) => l.z));
    expect(out.forward[0].loss).toBe(t.samples[0].loss);
    expect(out.delta).toEqual([t.samples[0].layers.map((l) => l.delta)]);
    expect(out.gradients).toEqual({ weights: t.gradWeights, biases: t.gradBiases });
    expect(out.gradcheck.maxRelError).toBeLessThan(1e-7);
    // Every parameter checked: §3's object exactly, with no word of a sample.
    expect(Object.keys(out.gradcheck)).toEqual(['maxRelError']);
    expect(out.gradcheck.kinks).toBeUndefined();
  });

  it('names a parameter whose difference straddles a relu corner instead of counting it (§4)', async () => {
    const file = tempFile(
      'kink.yaml',
      [
        'id: kink',
        'layers: [1, 1, 1]',
        'activations: [relu, linear]',
        'loss: half_sse',
        'weights: [[[1]], [[0.9]]]',
        'biases: [[0.0004], [0.1]]',
        'samples: [{x: [0], y: [0.3]}]',
      ].join('\n'),
    );
    const run = await npmRun('trace', file);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.gradcheck.maxRelError).toBeLessThan(1e-7);
    expect(out.gradcheck.kinks).toEqual([{ param: 'b1[0]', at: 'z1[0]', sample: 0, z: 0.0004 }]);
  });

  it('lists every path to a parameter with its factors, summing to the gradient', async () => {
    const run = await npmRun('trace', PRESET, '--param', 'W1[0][1]');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.param).toBe('W1[0][1]');
    expect(out.gradient).toBe(trace(spec).gradWeights[0][0][1]);
    expect(out.pathCount).toBe(4);
    expect(out.paths).toHaveLength(4);
    expect(out.paths[0].factors).toHaveLength(7);
    expect(out.paths[0].factors[0]).toEqual({
      label: '\\frac{\\partial J_{0}}{\\partial a^{(3)}_{0}}',
      value: trace(spec).samples[0].layers[2].dJdA[0],
    });
    expect(out.paths[0].factors[6].value).toBe(spec.samples[0].x[1]);
    const sum = out.paths.reduce((s: number, p: { product: number }) => s + p.product, 0);
    expect(sum).toBeCloseTo(out.gradient, 15);
  });

  it('accepts a bias and a JSON file', async () => {
    const file = tempFile('net.json', JSON.stringify({ ...spec, id: 'as-json' }));
    const run = await npmRun('trace', file, '--param', 'b2[1]');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.pathCount).toBe(2);
    expect(
      out.paths.every((p: { factors: { value: number }[] }) => p.factors.at(-1)?.value === 1),
    ).toBe(true);
  });

  it('refuses an invalid network with one line naming the file and field', async () => {
    const file = tempFile(
      'broken.yaml',
      readFileSync(join(REPO_ROOT, PRESET), 'utf8').replace('[0.30, -0.50]', '[0.30]'),
    );
    expectFailure(
      await npmRun('trace', file),
      `${file}: weights[1][0]: expected 2 numbers (layer 1 has 2 units), got 1`,
    );
  });

  it('refuses a YAML alias bomb and a !!js/function tag in one line each, like any bad file', async () => {
    const bomb = tempFile(
      'bomb.yaml',
      [
        'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        ...'bcdefghi'
          .split('')
          .map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
        'id: bomb',
      ].join('\n'),
    );
    const tagged = tempFile(
      'tagged.yaml',
      'id: f\nlayers: !!js/function "function () { return [1, 1] }"\nactivations: [linear]\n',
    );
    const [train, traced] = await Promise.all([
      npmRun('train', bomb, '--lr', '0.1', '--steps', '1'),
      npmRun('trace', tagged),
    ]);
    expectFailure(
      train,
      `${bomb}: not valid YAML: its aliases (*name) copy more than 100 nodes; write the values out`,
    );
    expectFailure(
      traced,
      `${tagged}: not valid YAML: line 2, column 9: the tag !!js/function is not read (a content file holds plain values only)`,
    );
  });

  it('refuses a missing file, a bad parameter name, an unknown option and no file', async () => {
    const [missing, badName, noLayer, option, none] = await Promise.all([
      npmRun('trace', 'content/networks/nope.yaml'),
      npmRun('trace', PRESET, '--param', 'w1[0][0]'),
      npmRun('trace', PRESET, '--param', 'W4[0][0]'),
      npmRun('trace', PRESET, '--verbose', 'yes'),
      npmRun('trace'),
    ]);
    expectFailure(missing, 'content/networks/nope.yaml: no such file');
    expectFailure(
      badName,
      'w1[0][0]: not a parameter name (expected W{l}[j][k] or b{l}[j], e.g. W1[0][1])',
    );
    expectFailure(noLayer, 'W4[0][0]: no layer 4 (layers run from 1 to 3)');
    expectFailure(
      option,
      'unknown option --verbose; usage: npm run --silent trace -- FILE [--param NAME]',
    );
    expectFailure(
      none,
      'no network file given; usage: npm run --silent trace -- FILE [--param NAME]',
    );
  });
});

describe('npm run train -- FILE --lr η --steps n', () => {
  it('prints the loss before each step and after the last, and the trained parameters', async () => {
    const run = await npmRun('train', PRESET, '--lr', '0.5', '--steps', '20');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    const expected = train(spec, 0.5, 20);
    expect(out.loss).toHaveLength(21);
    expect(out.loss).toEqual(expected.loss);
    expect(out.loss[0]).toBe(trace(spec).loss);
    expect(out.loss[20]).toBeLessThan(out.loss[0]);
    expect(out.weights).toEqual(expected.spec.weights);
    expect(out.biases).toEqual(expected.spec.biases);
  });

  it('refuses bad options', async () => {
    const [lr, steps, missing] = await Promise.all([
      npmRun('train', PRESET, '--lr', 'fast', '--steps', '3'),
      npmRun('train', PRESET, '--lr', '0.1', '--steps', '2.5'),
      npmRun('train', PRESET, '--steps', '3'),
    ]);
    expectFailure(lr, '--lr: expected a finite number, got "fast"');
    expectFailure(steps, '--steps: expected a whole number from 0 to 1000000, got "2.5"');
    expectFailure(
      missing,
      '--lr is required; usage: npm run --silent train -- FILE --lr η --steps n',
    );
  });

  it('says so when training diverges instead of printing NaN', async () => {
    const file = tempFile(
      'linear.yaml',
      'id: lin\nlayers: [1, 1]\nactivations: [linear]\nloss: half_sse\nweights: [[[1]]]\nsamples: [{x: [10], y: [0]}]\n',
    );
    expectFailure(
      await npmRun('train', file, '--lr', '10', '--steps', '400'),
      `${file}: training diverged: the loss became Infinity after step 52; first after step 52, the error term e[0] of sample 0: not a finite number (it overflowed to Infinity; a double holds at most ±1.8e308); try a smaller --lr`,
    );
  });
});

describe('limits: each command finishes in seconds or refuses at once', () => {
  const network = (layers: number[]) =>
    JSON.stringify(
      randomNetwork({
        layers,
        activations: layers.slice(1).map(() => 'sigmoid' as const),
        loss: 'half_sse',
        samples: 1,
        seed: 7,
      }),
    );

  it('ends quietly when its reader stops early (| head): exit code 0, nothing on stderr', async () => {
    const child = spawn(
      'npm',
      ['run', '--silent', 'trace', '--', tempFile('piped.json', network([300, 300, 2]))],
      { cwd: REPO_ROOT },
    );
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('checks the gradient of a large network on a seeded sample, and says how many it checked', async () => {
    // 90→60→2: 5,582 parameters; 5,582² > 25,000,000, so ⌊25,000,000 / 5,582⌋ = 4,478 of them.
    const run = await npmRun('trace', tempFile('large.json', network([90, 60, 2])));
    expect(run.code).toBe(0);
    const { gradcheck } = JSON.parse(run.stdout);
    expect(gradcheck.checked).toBe(4478);
    expect(gradcheck.of).toBe(5582);
    expect(gradcheck.maxRelError).toBeLessThan(1e-7);
  });

  it('refuses a file past the content format’s bounds, naming the field and the bound', async () => {
    const wide = JSON.parse(network([1, 1]));
    wide.layers = [1, 2001, 1];
    const many = JSON.parse(network([1, 1]));
    many.samples = new Array(10_001).fill({ x: [1], y: [0] });
    const wideFile = tempFile('wide-layer.json', JSON.stringify(wide));
    const manyFile = tempFile('many-samples.json', JSON.stringify(many));
    const [traced, trained] = await Promise.all([
      npmRun('trace', wideFile),
      npmRun('train', manyFile, '--lr', '0.1', '--steps', '1'),
    ]);
    expectFailure(traced, `${wideFile}: layers[1]: at most 2,000 units in a layer, got 2,001`);
    expectFailure(trained, `${manyFile}: samples: at most 10,000 samples, got 10,001`);
  });

  it('refuses a network past the limit of trace, train or export, naming the measure and the limit', async () => {
    // 1→1500→1: 1500·1501 + 1·1501 = 2,253,001; 1→450→1: 450·451 + 451 = 203,401.
    const tall = tempFile('tall.json', network([1, 1500, 1]));
    const wide = tempFile('wide.json', network([1, 450, 1]));
    const [traced, exported, trained] = await Promise.all([
      npmRun('trace', tall),
      npmRun('export', wide, '--format', 'latex'),
      npmRun('train', wide, '--lr', '0.1', '--steps', '1000'),
    ]);
    const measure = 'samples × Σ n_l·(n_(l−1) + n_l)';
    expectFailure(
      traced,
      `${tall}: too large to trace: ${measure} is 2,253,001, over the limit of 2,000,000`,
    );
    expectFailure(
      exported,
      `${wide}: too large to export: ${measure} is 203,401, over the limit of 200,000`,
    );
    expectFailure(
      trained,
      `${wide}: too much to train: --steps × ${measure} is 203,401,000, over the limit of 200,000,000; at most 983 steps on this network`,
    );
  });
});

describe('npm run export -- FILE --format latex|markdown', () => {
  it('prints the derivation as LaTeX or Markdown, and refuses a bad format', async () => {
    const run = (...args: string[]) => npmRun('export', ...args);
    const [latex, markdown, bad] = await Promise.all([
      run(PRESET, '--format', 'latex'),
      run(PRESET, '--format', 'markdown', '--lang', 'zh', '--digits', '6'),
      run(PRESET, '--format', 'pdf'),
    ]);
    expect(latex.code).toBe(0);
    expect(latex.stdout).toMatch(/^\\documentclass\{article\}/);
    expect(latex.stdout).toContain('\\begin{align*}');
    expect(markdown.stdout).toMatch(/^# 文章 003/);
    expect(markdown.stdout).toContain('0.5793'); // a₁⁽¹⁾ at 6 digits is 0.579324
    expect(bad).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '--format: expected latex or markdown, got "pdf"; usage: npm run --silent export -- FILE --format latex|markdown [--lang en|zh] [--digits N]\n',
    });
  });
});
