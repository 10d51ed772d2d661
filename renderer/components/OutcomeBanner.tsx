import { ErrorBanner } from './ErrorBanner.tsx';

type Props = { tone: 'success' | 'warning' | 'error'; title: string; message: string };

/** How an action that was asked for ended: a failure as an error banner (an alert), else a status line. */
export function OutcomeBanner({ tone, title, message }: Props) {
  if (tone === 'error') return <ErrorBanner title={title} message={message} />;
  return (
    <div className={`banner banner--${tone}`} role="status">
      <div className="banner__body">
        <p className="banner__title">{title}</p>
        <p className="banner__message">{message}</p>
      </div>
    </div>
  );
}
