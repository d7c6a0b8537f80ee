import { useEffect } from 'react';
import { whenIdle } from './idle.ts';

/**
 * KaTeX faces that later steps need and the first often does not (bold matrices, calligraphic
 * letters, tall brackets, the AMS symbols). A face is fetched the first time a glyph of it is laid
 * out, and when it arrives Chromium restyles and lays out the page: 4–7 ms in the middle of
 * stepping, measured. Asked for here, while the page is idle after its first paint, from the
 * page's own files (about 110 KB).
 */
const FACES = [
  'bold 1em KaTeX_Main',
  'italic 1em KaTeX_Main',
  'italic bold 1em KaTeX_Math',
  '1em KaTeX_Caligraphic',
  '1em KaTeX_AMS',
  '1em KaTeX_Size1',
  '1em KaTeX_Size2',
  '1em KaTeX_Size3',
  '1em KaTeX_Size4',
];

export function useMathFonts(): void {
  useEffect(
    () =>
      whenIdle(() => {
        for (const face of FACES) document.fonts?.load(face).catch(() => {});
        return false;
      }, 2000),
    [],
  );
}
