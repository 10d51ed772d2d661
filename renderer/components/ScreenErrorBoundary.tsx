import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText.ts';
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
    return <ScreenFailure error={error} onRetry={() => this.setState({ error: null })} onLeave={this.props.onLeave} />;
  }
}

function ScreenFailure({ error, onRetry, onLeave }: { error: Error; onRetry: () => void; onLeave: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div className="screen-error">
      <ErrorBanner title={t('screenError.title')} message={t('screenError.message', { message: errorText(t, error) })} onRetry={onRetry} autoFocus />
      <button type="button" className="button" onClick={onLeave}>
        {t('screenError.back')}
      </button>
    </div>
  );
}
