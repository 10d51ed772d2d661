import { create } from 'zustand';
import { api } from '../api.ts';
import type { AccessState } from '../../shared/access.ts';
import { applyLocale, currentLanguage } from '../i18n/locale.ts';
import { viewOf, type AccessView, type LockReason } from './accessState.ts';

/**
 * The window's view of the lock, a zustand store. The lock itself lives in the main process; this only
 * mirrors its last answer and asks it to lock or unlock. `locking` is the short moment between "lock now"
 * (or the idle timer) and the main process's answer: the screens are gone (their unsaved edits flushed)
 * and the records are not shown again until someone unlocks.
 */
type AccessStoreState = {
  view: AccessView;
  /** Whoever was unlocked last: the lock screen selects them first. */
  lastPractitionerId: string | null;
  /** Whether the screens speak an unlocked practitioner's own language (not the clinic's) now. */
  profileLanguageShown: boolean;
  /** Answers are applied in order: a later one wins over an earlier language switch still loading. */
  turn: number;
};

const useAccess = create<AccessStoreState>(() => ({ view: { phase: 'loading' }, lastPractitionerId: null, profileLanguageShown: false, turn: 0 }));

function set(next: AccessView): void {
  useAccess.setState((state) => ({ view: next, lastPractitionerId: next.phase === 'unlocked' ? next.current.id : state.lastPractitionerId }));
}

export function useAccessView(): AccessView {
  return useAccess((state) => state.view);
}

export function currentAccessView(): AccessView {
  return useAccess.getState().view;
}

export function lastPractitioner(): string | null {
  return useAccess.getState().lastPractitionerId;
}

/**
 * Shows what the main process answered, in the right language: an unlocked practitioner's own (the
 * screens switch before they show, no restart), the clinic's (settings) while locked or for a profile
 * without one of its own.
 */
export function applyAccess(state: AccessState, reason: LockReason = 'start'): Promise<void> {
  const next = viewOf(state, reason);
  const mine = useAccess.getState().turn + 1;
  useAccess.setState({ turn: mine });
  const latest = () => useAccess.getState().turn === mine;
  const own = next.phase === 'unlocked' ? next.current.language : null;
  if (own) {
    useAccess.setState({ profileLanguageShown: true });
    if (own === currentLanguage()) {
      set(next);
      return Promise.resolve();
    }
    return applyLocale({ language: own })
      .catch(() => undefined)
      .then(() => {
        if (latest()) set(next);
      });
  }
  set(next);
  if (!useAccess.getState().profileLanguageShown) return Promise.resolve();
  useAccess.setState({ profileLanguageShown: false });
  return api
    .appInfo({})
    .then((info) => (latest() ? applyLocale({ language: info.language }) : undefined))
    .catch(() => undefined);
}

/** Asks the main process who is unlocked. */
export async function refreshAccess(reason: LockReason = 'start'): Promise<void> {
  try {
    await applyAccess(await api.listPractitioners({}), reason);
  } catch (error) {
    set({ phase: 'error', error });
  }
}

/** Starts locking: the gate unmounts the screens (flushing their edits), then asks the main process. */
export function requestLock(reason: LockReason): void {
  const view = currentAccessView();
  if (view.phase !== 'unlocked') return;
  set({ ...view, phase: 'locking', reason });
}

/** The main process answered 'locked-out' to some call: it locked itself. */
export function lockedElsewhere(): void {
  if (currentAccessView().phase === 'unlocked') void refreshAccess('elsewhere');
}

/**
 * The window is back in front (shown, focused): the main process may have locked meanwhile without a
 * call to say so (the screen locked, the computer slept). Asks without counting as activity.
 */
export async function noticeLockElsewhere(): Promise<void> {
  if (currentAccessView().phase !== 'unlocked') return;
  try {
    const state = await api.listPractitioners({});
    if (!state.current && currentAccessView().phase === 'unlocked') await applyAccess(state, 'elsewhere');
  } catch {
    // Unreachable: the next call says so.
  }
}

/** After a change of one's own profile (or of the list), the top bar and settings show it. */
export function updateUnlockedView(state: AccessState): Promise<void> {
  return applyAccess(state, 'manual');
}
