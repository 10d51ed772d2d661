import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/**
 * `question` is the whole worded question ("Leave and discard this new patient?", from the caller's
 * namespace); `what` (a worded noun phrase put into the common question) is kept for callers not yet converted.
 */
type Props = { question?: string; what?: string; onDiscard: () => void; onKeep: () => void };

/** The question itself, shown in the form's action bar. */
export function UnsavedChangesPrompt({ question, what, onDiscard, onKeep }: Props) {
  const { t } = useTranslation('common');
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="unsaved" role="alertdialog" aria-labelledby="unsaved-title" aria-describedby="unsaved-text">
      <p className="unsaved__text">
        <strong id="unsaved-title">{t('unsaved.title')}</strong> <span id="unsaved-text">{question ?? t('unsaved.leaveAndDiscard', { what: what ?? '' })}</span>
      </p>
      <div className="unsaved__actions">
        <button type="button" className="button button--small" ref={keepRef} onClick={onKeep}>
          {t('keepEditing')}
        </button>
        <button type="button" className="button button--small button--danger" onClick={onDiscard}>
          {t('unsaved.discardChanges')}
        </button>
      </div>
    </div>
  );
}
