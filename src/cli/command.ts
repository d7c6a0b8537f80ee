/**
 * What every command shares: reading its arguments and its network file, and failing the way
 * network-spec.md §3 asks — one line on stderr, nothing on stdout, exit code 1, no stack trace.
 */

import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Preset } from '../content/presets.ts';
import { readPreset, readPresets } from '../content/read.ts';
import { SpecError } from '../content/validate.ts';
import { REPO_ROOT, readContentDir } from './contentFiles.ts';
import { checkYamlLength } from './yamlLimit.ts';

export class UsageError extends Error {}

/** Runs a command: its result is printed as JSON; any error becomes one line on stderr. */
export function runCommand(name: string, main: (argv: string[]) => unknown): void {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, not in a stack.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  try {
    const result = main(process.argv.slice(2));
    process.stdout.write(`${formatJson(result)}\n`);
  } catch (e) {
    const message =
      e instanceof SpecError || e instanceof UsageError
        ? e.message
        : `${name}: internal error: ${(e as Error).message}`;
    process.stderr.write(`${message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = 1;
  }
}

/** JSON with two-space indents, each innermost list of numbers kept on one line. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /\[\s+((?:-?[\d.eE+-]+|null)(?:,\s+(?:-?[\d.eE+-]+|null))*)\s+\]/g,
    (_, list: string) => `[${list.split(/,\s+/).join(', ')}]`,
  );
}

export interface ParsedArgs {
  file: string;
  options: Record<string, string>;
}

/** One positional FILE and `--name value` options from the allowed list. */
export function parseArgs(argv: string[], allowed: readonly string[], usage: string): ParsedArgs {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${arg}; usage: ${usage}`);
    const value = argv[i + 1];
    if (value === undefined) throw new UsageError(`${arg} needs a value; usage: ${usage}`);
    options[name] = value;
    i++;
  }
  if (positional.length !== 1) {
    throw new UsageError(
      positional.length === 0
        ? `no network file given; usage: ${usage}`
        : `expected one network file, got ${positional.length}; usage: ${usage}`,
    );
  }
  return { file: positional[0], options };
}

/**
 * Reads and validates a network file. Paths are taken from where npm was started (INIT_CWD).
 * A file inside the repository's content/ folder must also have an id no earlier file there took.
 */
export function loadNetwork(file: string): Preset {
  const base = process.env.INIT_CWD ?? process.cwd();
  const full = isAbsolute(file) ? file : resolve(base, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot read it (${code})`;
    throw new SpecError(file, '', why);
  }
  checkYamlLength(file, text);
  const fromRoot = relative(REPO_ROOT, full);
  if (fromRoot.startsWith('content/')) {
    const set = readPresets(readContentDir());
    const mine = set.errors.find((m) => m.startsWith(`${fromRoot}: `));
    if (mine) throw new SpecError(file, '', mine.slice(fromRoot.length + 2));
  }
  return readPreset({ path: file, text });
}

/** A finite number from an option, within the bounds the command accepts. */
export function numberOption(
  options: Record<string, string>,
  name: string,
  check: (v: number) => string | undefined,
  usage: string,
): number {
  const text = options[name];
  if (text === undefined) throw new UsageError(`--${name} is required; usage: ${usage}`);
  const value = Number(text);
  const problem = text.trim() === '' || !Number.isFinite(value) ? 'a finite number' : check(value);
  if (problem) throw new UsageError(`--${name}: expected ${problem}, got ${JSON.stringify(text)}`);
  return value;
}
