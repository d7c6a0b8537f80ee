/**
 * Turns the text of a content file into plain data, by its extension: .json, or YAML. A content
 * file holds only plain values, so YAML is read with its core schema and nothing more: no custom
 * tags, no merge keys, aliases bounded, and anything the reader would only warn about refused.
 */

import { parseDocument, type YAMLError } from 'yaml';
import { parseJsonText } from './parseJson.ts';
import { SpecError } from './validate.ts';

/**
 * How many nodes aliases may copy in all. A few chained anchors ("billion laughs") would
 * otherwise expand a small file into gigabytes; no network needs more than a handful of aliases.
 */
export const MAX_ALIAS_COUNT = 100;

export function parseContentText(text: string, file: string): unknown {
  if (file.endsWith('.json')) return parseJsonText(text, file);
  const doc = parseDocument(text, {
    schema: 'core',
    customTags: [],
    // !!set, !!omap, !!timestamp… would come back as a Set, a Map or a Date, not plain data.
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: true,
    prettyErrors: true,
  });
  // A warning (an unknown tag such as !!js/function, a bad directive) would be printed by the
  // library as several lines of its own; a file with anything doubtful is refused instead.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new SpecError(file, '', `not valid YAML: ${oneLine(problem)}`);
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (/alias count/i.test((e as Error).message)) {
      throw new SpecError(
        file,
        '',
        `not valid YAML: its aliases (*name) copy more than ${MAX_ALIAS_COUNT} nodes; write the values out`,
      );
    }
    throw new SpecError(file, '', `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** The position first, then yaml's message without its own position and code excerpt. */
function oneLine(e: YAMLError): string {
  const where = e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}: ` : '';
  const what = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const tag =
    e.code === 'TAG_RESOLVE_FAILED' ? /^Unresolved tag: (.*)$/.exec(what)?.[1] : undefined;
  if (tag !== undefined)
    return `${where}the tag ${tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not read (a content file holds plain values only)`;
  return `${where}${what}`;
}
