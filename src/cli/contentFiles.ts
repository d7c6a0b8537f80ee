/** Reads content files from disk for the command line, tests and benchmarks (Node only). */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFile } from '../content/presets.ts';

/** The repository root: two folders above this file. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const CONTENT_EXTENSIONS = /\.(ya?ml|json)$/;

/** Every .yaml, .yml and .json file under `dir`, named by its path from the repository root. */
export function readContentDir(dir = join(REPO_ROOT, 'content')): ContentFile[] {
  const files: ContentFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !CONTENT_EXTENSIONS.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    files.push({ path: relative(REPO_ROOT, full), text: readFileSync(full, 'utf8') });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
