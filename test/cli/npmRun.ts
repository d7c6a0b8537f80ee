/** Running a command as a real process, as a user would, for the command-line tests. */

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { REPO_ROOT } from '../../src/cli/contentFiles.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function npmRun(
  script: 'trace' | 'train' | 'export',
  ...args: string[]
): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npm',
      ['run', '--silent', script, '--', ...args],
      // Room for the unbounded outputs these tests exist to catch, so that they fail, not crash.
      { cwd: REPO_ROOT, maxBuffer: 512 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr: stripNpmNoise(stderr) };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: stripNpmNoise(err.stderr) };
  }
}

/** npm itself may warn about this machine's own config; that is not the command's output. */
function stripNpmNoise(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n');
}

/** network-spec.md §2: one line on stderr, nothing on stdout, exit code 1. */
export function expectFailure(run: Run, message: string) {
  expect(run.stderr).toBe(`${message}\n`);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'atlas-cli-'));

/** Writes a network (or any text) to a fresh temporary file and returns its path. */
export function tempFile(name: string, content: string | object): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
