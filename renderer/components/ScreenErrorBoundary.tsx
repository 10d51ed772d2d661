import { Component, type ReactNode } from 'react';
import { ErrorBanner } from './ErrorBanner.tsx';

type Props = { children: ReactNode; onLeave: () => void };
type State = { error: Error | null };

/**
 * A screen that fails to render must not take the whole window with it: the practitioner sees what
 * went wrong and can go back; the record itself is untouched (every save already went through the
 * main process, and the editor's autosave keeps pending edits until they are answered).
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error('A screen failed to render', error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="screen-error">
        <ErrorBanner
          title="This screen could not be shown"
          message={`${error.message}. Nothing was changed by this failure; go back and open it again.`}
          onRetry={() => this.setState({ error: null })}
          autoFocus
        />
        <button type="button" className="button" onClick={this.props.onLeave}>
          Back to the previous screen
        </button>
      </div>
    );
  }
}
