/**
 * Accessible names that shared/spec/ui-contract.md fixes. Outside checks find controls by them
 * in either language, so they stay as written there; the visible text is translated.
 */
export const CONTRACT_NAMES = {
  network: 'Network',
  language: 'Language',
  previous: 'Previous step',
  next: 'Next step',
  play: 'Play',
  pause: 'Pause',
  presentation: 'Presentation mode',
  graph: 'Network graph',
  equations: 'Equations',
} as const;
