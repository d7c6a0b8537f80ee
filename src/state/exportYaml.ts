/** A network written back as a YAML content file (loaded on demand: it brings the YAML library). */

import { Document, isScalar, isSeq, visit } from 'yaml';
import type { Preset } from '../content/presets.ts';
import { presetToContent } from './saved.ts';

/** A YAML file in the content format, which `readPreset` (and content/) accepts back. */
export function exportYaml(preset: Preset): string {
  const doc = new Document(presetToContent(preset));
  // Lists of plain values (a row of weights, an input) on one line, as the content files write them.
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
      else if (node.items.every((item) => isSeq(item) && item.items.every((v) => isScalar(v))))
        node.flow = true;
    },
  });
  return `# Exported from Backprop Atlas\n${doc.toString()}`;
}
