/** Small inline icons (no icon font, nothing to fetch); hidden from screen readers. */

const PATHS = {
  previous: 'M6 5h2v14H6zM20 5v14L9.5 12z',
  next: 'M16 5h2v14h-2zM4 5l10.5 7L4 19z',
  play: 'M7 4.5v15L19.5 12z',
  pause: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z',
  present: 'M3 4h18v12H3zM5 6v8h14V6zM11 16h2v3h4v1.5H7V19h4z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
