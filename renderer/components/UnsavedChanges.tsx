import { useEffect, useRef, useState } from 'react';
import { navigate, setLeaveGuard, type Screen } from '../navigation.ts';

/**
 * Holds navigation back while a form has unsaved changes, and asks: discard them, or keep editing.
 * Nothing typed is lost by a stray click on Back or the breadcrumb.
 */
export function useUnsavedChangesGuard(dirty: boolean): { pending: Screen | null; discard: () => void; keep: () => void } {
  const [pending, setPending] = useState<Screen | null>(null);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(
    () =>
      setLeaveGuard((next) => {
        if (!dirtyRef.current) return true;
        setPending(next);
        return false;
      }),
    [],
  );
  return {
    pending,
    discard: () => pending && navigate(pending, { force: true }),
    keep: () => setPending(null),
  };
}

type Props = { what: string; onDiscard: () => void; onKeep: () => void };

/** The question itself, shown in the form's action bar. */
export function UnsavedChangesPrompt({ what, onDiscard, onKeep }: Props) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="unsaved" role="alertdialog" aria-labelledby="unsaved-title" aria-describedby="unsaved-text">
      <p className="unsaved__text">
        <strong id="unsaved-title">Unsaved changes.</strong> <span id="unsaved-text">Leave and discard {what}?</span>
      </p>
      <div className="unsaved__actions">
        <button type="button" className="button button--small" ref={keepRef} onClick={onKeep}>
          Keep editing
        </button>
        <button type="button" className="button button--small button--danger" onClick={onDiscard}>
          Discard changes
        </button>
      </div>
    </div>
  );
}
