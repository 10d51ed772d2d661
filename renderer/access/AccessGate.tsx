import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, onLockedOut, whenCallsSettled } from '../api.ts';
import { errorText } from '../i18n/errorText.ts';
import { FirstRunScreen } from './FirstRunScreen.tsx';
import { LockScreen } from './LockScreen.tsx';
import { AccessFrame } from './AccessFrame.tsx';
import { applyAccess, currentAccessView, lockedElsewhere, refreshAccess, requestLock, useAccessView } from './accessStore.ts';
import { ACTIVITY_EVENTS, IdleTimer, REPORT_EVERY_MS } from './idleTimer.ts';
import './access.css';

/** Locks when the user has done nothing for the idle minutes of the settings. */
function useIdleLock(idleMinutes: number | null): void {
  useEffect(() => {
    if (idleMinutes === null) return;
    const timer = new IdleTimer({
      idleMs: idleMinutes * 60_000,
      reportEveryMs: REPORT_EVERY_MS,
      now: () => Date.now(),
      schedule: (run, ms) => window.setTimeout(run, ms),
      cancel: (handle) => window.clearTimeout(handle as number),
      onIdle: () => requestLock('idle'),
      onReport: () => void api.reportActivity({}).catch(() => undefined),
    });
    const onActivity = () => timer.activity();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      timer.stop();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [idleMinutes]);
}

/**
 * Nothing of the records shows until a practitioner has unlocked: the first-run screen when there is no
 * profile, the lock screen otherwise. Locking unmounts the screens first, so that their unsaved edits
 * are flushed (the editor saves when it goes), waits for those saves to be answered, then locks.
 */
export function AccessGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('access');
  const view = useAccessView();

  useEffect(() => {
    // main.tsx asked before the first render; ask here only if that did not answer.
    if (currentAccessView().phase === 'loading') void refreshAccess('start');
    return onLockedOut(lockedElsewhere);
  }, []);

  useIdleLock(view.phase === 'unlocked' ? view.idleMinutes : null);

  useEffect(() => {
    if (view.phase !== 'locking') return;
    let cancelled = false;
    const reason = view.reason;
    void (async () => {
      // The screens' cleanups (which flush the editor's autosave) ran before this effect.
      await whenCallsSettled();
      try {
        const state = await api.lock({});
        if (!cancelled) await applyAccess(state, reason);
      } catch {
        if (!cancelled) await refreshAccess(reason);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [view]);

  switch (view.phase) {
    case 'loading':
      return <AccessFrame busy title={t('gate.opening')} />;
    case 'error':
      return <AccessFrame title={t('gate.unreachable')} message={errorText(t, view.error)} />;
    case 'first-run':
      return <FirstRunScreen />;
    case 'locked':
      return <LockScreen practitioners={view.practitioners} reason={view.reason} idleMinutes={view.idleMinutes} />;
    case 'locking':
      return <AccessFrame busy title={t('gate.locking')} message={t('gate.lockingMessage')} />;
    case 'unlocked':
      return <>{children}</>;
  }
}
