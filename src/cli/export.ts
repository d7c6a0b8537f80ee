/**
 * npm run --silent export -- FILE --format latex|markdown [--lang en|zh] [--digits N]
 * The preset's whole derivation, with its numbers, as a LaTeX or Markdown document on stdout.
 */

import { alignedBodies, toLatex, toMarkdown } from '../derivation/export.ts';
import { makeNotation } from '../derivation/notation.ts';
import { buildSteps } from '../derivation/storyline.ts';
import { trace } from '../engine/trace.ts';
import { loadNetwork, numberOption, parseArgs, UsageError } from './command.ts';
import { checkSize, EXPORT_SIZE_LIMIT } from './limits.ts';

const USAGE = 'npm run --silent export -- FILE --format latex|markdown [--lang en|zh] [--digits N]';

try {
  const { file, options } = parseArgs(process.argv.slice(2), ['format', 'lang', 'digits'], USAGE);
  const format = options.format;
  if (format !== 'latex' && format !== 'markdown')
    throw new UsageError(
      `--format: expected latex or markdown, got ${JSON.stringify(format ?? '')}; usage: ${USAGE}`,
    );
  const lang = options.lang ?? 'en';
  if (lang !== 'en' && lang !== 'zh')
    throw new UsageError(`--lang: expected en or zh, got ${JSON.stringify(lang)}`);
  const digits =
    options.digits === undefined
      ? 4
      : numberOption(
          options,
          'digits',
          (v) =>
            Number.isInteger(v) && v >= 1 && v <= 15 ? undefined : 'a whole number from 1 to 15',
          USAGE,
        );
  const preset = loadNetwork(file);
  checkSize(file, preset.spec, EXPORT_SIZE_LIMIT, 'export');
  const steps = buildSteps(trace(preset.spec), {
    steps: preset.steps,
    notation: makeNotation(preset.notation),
    learningRate: preset.learningRate,
  });
  void alignedBodies;
  const title = preset.title[lang] ?? preset.title.en ?? preset.spec.id;
  const text =
    format === 'latex'
      ? toLatex(steps, { title, lang, digits })
      : toMarkdown(steps, { title, lang, digits });
  process.stdout.write(text);
} catch (e) {
  process.stderr.write(`${(e as Error).message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = 1;
}
