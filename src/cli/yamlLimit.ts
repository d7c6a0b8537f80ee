/**
 * How much YAML the command line reads. The YAML reader builds a document of every node before
 * any value comes out, about ten times slower than JSON.parse: a 14 MB file (a 500-500-500
 * network) took 25 seconds to read before the size limit could refuse it. JSON, a subset of
 * YAML that the commands read as fast as the disk gives it, has no limit of its own.
 */

import { SpecError } from '../content/validate.ts';

/** About a 270-270-270 network written by a YAML library: 4 MB, read in about 2 seconds. */
export const YAML_LENGTH_LIMIT = 4_000_000;

/** Refuses a YAML file longer than YAML_LENGTH_LIMIT characters before it is parsed. */
export function checkYamlLength(file: string, text: string): void {
  if (file.endsWith('.json') || text.length <= YAML_LENGTH_LIMIT) return;
  throw new SpecError(
    file,
    '',
    `too long to read as YAML: ${count(text.length)} characters, over the limit of ${count(YAML_LENGTH_LIMIT)}; write the network as JSON (.json), which has no such limit`,
  );
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
