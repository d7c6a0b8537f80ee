/** Turns the text of a content file into plain data, by its extension: .json, or YAML. */

import { parse as parseYaml, YAMLParseError } from 'yaml';
import { parseJsonText } from './parseJson.ts';
import { SpecError } from './validate.ts';

export function parseContentText(text: string, file: string): unknown {
  if (file.endsWith('.json')) return parseJsonText(text, file);
  try {
    return parseYaml(text);
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const where = e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}: ` : '';
      // yaml's message repeats the position and adds a code excerpt on later lines.
      const what = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      throw new SpecError(file, '', `not valid YAML: ${where}${what}`);
    }
    throw e;
  }
}
