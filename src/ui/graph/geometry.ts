/**
 * Where the small things around a node sit, in the graph's units: shared by what draws them and
 * by what must keep clear of them (label placement, the number editor).
 */

/** A bias tab, or an input's ✎ tab, is centred this far above its node's circle. */
export const TAB_ABOVE = 17;
/** A target's tab ("y = 1") is centred this far below its error node's circle. */
export const TARGET_TAB_BELOW = 38;
/** Half the side of a square tab (bias, input). */
export const TAB_HALF = 15;
/** A node's value is written with its baseline this far below the circle. */
export const VALUE_BELOW = 15;
