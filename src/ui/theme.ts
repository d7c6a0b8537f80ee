/** Durations and speeds. Colours are CSS variables in app.css, where the palette is explained. */

/** Milliseconds per trace frame at speed 1. */
export const FRAME_MS = 420;
/** Milliseconds a step stays on screen while playing, at speed 1, after its trace has finished. */
export const STEP_DWELL_MS = 3200;
/** Edge and node transitions. */
export const TRANSITION_MS = 220;

export const SPEEDS = [0.5, 1, 2] as const;
