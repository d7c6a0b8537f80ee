/**
 * Colours and durations in one place. The factor colours are dark enough for text on white
 * (≥ 4.5:1) and differ in lightness as well as hue, so neighbours stay apart for common colour
 * blindness; the CSS reads them as --factor-0 … --factor-6.
 */

export const FACTOR_COLORS = [
  '#b35900',
  '#0060a8',
  '#007a5a',
  '#a8437f',
  '#5e4fa2',
  '#7a6500',
  '#b2182b',
] as const;

/** Gradient sign colours of the "show gradients" view (blue > 0, orange < 0). */
export const GRADIENT_POSITIVE = '#0060a8';
export const GRADIENT_NEGATIVE = '#c45a00';

/** Milliseconds per trace frame at speed 1. */
export const FRAME_MS = 420;
/** Milliseconds a step stays on screen while playing, at speed 1, after its trace has finished. */
export const STEP_DWELL_MS = 3200;
/** Edge and node transitions. */
export const TRANSITION_MS = 220;

export const SPEEDS = [0.5, 1, 2] as const;
