/** The Export menu's file exports (loaded when first used): the derivation as text, the graph as an image. */

import { toLatex, toMarkdown } from '../derivation/export.ts';
import type { Step } from '../derivation/types.ts';
import type { Lang } from '../schema/language.ts';
import { download } from './download.ts';
import { graphPng, graphSvgText } from './exportGraph.ts';

export type FileExport = 'latex' | 'markdown' | 'svg' | 'png';

export interface ExportSource {
  /** Names the files. */
  id: string;
  title: string;
  lang: Lang;
  digits: number;
  steps: readonly Step[];
  /** The drawn graph, for the image exports. */
  svg: SVGSVGElement | null;
}

export async function runExport(kind: FileExport, from: ExportSource): Promise<void> {
  if (kind === 'latex' || kind === 'markdown') {
    const options = { title: from.title, lang: from.lang, digits: from.digits };
    const text = kind === 'latex' ? toLatex(from.steps, options) : toMarkdown(from.steps, options);
    download(
      `${from.id}.${kind === 'latex' ? 'tex' : 'md'}`,
      new Blob([text], { type: 'text/plain' }),
    );
    return;
  }
  if (!from.svg) return;
  if (kind === 'svg')
    download(`${from.id}.svg`, new Blob([graphSvgText(from.svg)], { type: 'image/svg+xml' }));
  else download(`${from.id}.png`, await graphPng(from.svg));
}
