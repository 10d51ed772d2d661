import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, onLockedOut, whenCallsSettled } from '../api.ts';
import { errorText } from '../i18n/errorText.ts';
import { FirstRunScreen } from './FirstRunScreen.tsx';
import { LockScreen } from './LockScreen.tsx';
import { RecoveryKeyScreen } from './RecoveryKeyScreen.tsx';
import { AccessFrame } from './AccessFrame.tsx';
import { applyAccess, currentAccessView, lockedElsewhere, noticeLockElsewhere, refreshAccess, requestLock, useAccessView } from './accessStore.ts';
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

/** When the window comes back (shown again, focused), asks whether the main process locked meanwhile. */
function useLockElsewhereOnReturn(unlocked: boolean): void {
  useEffect(() => {
    if (!unlocked) return;
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void noticeLockElsewhere();
    };
    const onFocus = () => void noticeLockElsewhere();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('focus', onFocus);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('focus', onFocus);
    };
  }, [unlocked]);
}

/**
 * Nothing of the records shows until a practitioner has unlocked: the first-run screen when there is no
 * profile, the lock screen otherwise; nor while the recovery key waits to be printed or written down (its
 * screen instead, after first run or a renewal). Locking unmounts the screens first, so that their unsaved edits
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
  useLockElsewhereOnReturn(view.phase === 'unlocked');

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
      return view.recoveryKey ? <RecoveryKeyScreen key={view.recoveryKey} recoveryKey={view.recoveryKey} /> : <>{children}</>;
  }
}
