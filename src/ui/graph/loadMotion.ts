/**
 * Loads motion.ts (D3's zoom and transitions) as soon as the app starts, without holding up the
 * first paint. `motionNow` is the module once it has arrived, else null.
 */

import type * as Motion from './motion.ts';

let loaded: typeof Motion | null = null;
export const motion: Promise<typeof Motion> = import('./motion.ts').then((m) => {
  loaded = m;
  return m;
});

export function motionNow(): typeof Motion | null {
  return loaded;
}
