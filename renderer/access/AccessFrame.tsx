import { useEffect, useRef, type ReactNode } from 'react';
import { ProgressBar } from '../components/ProgressBar.tsx';

type Props = {
  title: string;
  message?: string;
  busy?: boolean;
  children?: ReactNode;
  wide?: boolean;
  /**
   * A screen that replaces another in the middle of a task (the recovery key after Create): shown from its
   * top, whatever the scroll of the screen before, its title taking the focus so that it is read first.
   */
  focusTitle?: boolean;
};

/** The centred card of the lock, first-run and transition screens: nothing of the records behind it. */
export function AccessFrame({ title, message, busy, children, wide, focusTitle }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusTitle) return;
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [focusTitle]);
  return (
    <div className="access">
      <main className={`access__card${wide ? ' access__card--wide' : ''}`} aria-busy={busy || undefined}>
        <div className="access__brand">
          <span className="topbar__logo" aria-hidden="true" />
          <span className="topbar__name">MesoChart</span>
        </div>
        <h1 className="access__title" ref={heading} tabIndex={focusTitle ? -1 : undefined}>
          {title}
        </h1>
        {message ? <p className="access__message">{message}</p> : null}
        {busy ? <ProgressBar label={title} /> : null}
        {children}
      </main>
    </div>
  );
}
