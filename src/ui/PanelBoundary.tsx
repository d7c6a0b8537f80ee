import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Strings } from '../i18n/strings.ts';
import { useStrings } from './useStrings.ts';

/** A panel, or the whole page (what is left when something outside every panel fails). */
export type PanelName = keyof Strings['panelNames'] | 'page';

interface Props {
  /** Which panel this is, for the message. */
  panel: PanelName;
  /** A new value (another network) clears the failure, as the panel then draws something else. */
  resetKey?: unknown;
  /** The fallback's element: a panel of the workspace keeps its place in the grid. */
  className?: string;
  children: ReactNode;
}

/**
 * Whatever one panel throws while it draws, the others keep working and the person's work (the
 * store, the link) is kept: the panel is replaced by a message naming it, with a way to try again.
 */
export function PanelBoundary(props: Props) {
  const t = useStrings();
  return <Boundary {...props} t={t} />;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

class Boundary extends Component<Props & { t: Strings }, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever reports the problem: which panel, and where in it.
    console.error(`${this.props.panel} panel failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { t, panel, className } = this.props;
    return (
      <div className={`panel-failed ${className ?? ''}`} data-failed-panel={panel}>
        <p role="alert">
          {panel === 'page'
            ? t.pageFailed(error.message)
            : t.panelFailed(t.panelNames[panel], error.message)}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t.retryPanel}
        </button>
      </div>
    );
  }
}
