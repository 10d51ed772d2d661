import { useEffect, useRef, type ReactNode } from 'react';

type Props = { children: ReactNode; focusOnMount?: boolean; className?: string; id?: string };

/**
 * The screen's h1. It takes focus when the screen opens (unless the screen focuses a control of its
 * own), so that keyboard and screen-reader users start at the top of the new screen.
 */
export function ScreenHeading({ children, focusOnMount = true, className, id }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  return (
    <h1 className={['screen-title', className ?? ''].filter(Boolean).join(' ')} tabIndex={-1} ref={ref} id={id}>
      {children}
    </h1>
  );
}
