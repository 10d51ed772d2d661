import type { ReactNode } from 'react';
import { ProgressBar } from '../components/ProgressBar.tsx';

type Props = { title: string; message?: string; busy?: boolean; children?: ReactNode; wide?: boolean };

/** The centred card of the lock, first-run and transition screens: nothing of the records behind it. */
export function AccessFrame({ title, message, busy, children, wide }: Props) {
  return (
    <div className="access">
      <main className={`access__card${wide ? ' access__card--wide' : ''}`} aria-busy={busy || undefined}>
        <div className="access__brand">
          <span className="topbar__logo" aria-hidden="true" />
          <span className="topbar__name">MesoChart</span>
        </div>
        <h1 className="access__title">{title}</h1>
        {message ? <p className="access__message">{message}</p> : null}
        {busy ? <ProgressBar label={title} /> : null}
        {children}
      </main>
    </div>
  );
}
