import { useSyncExternalStore } from 'react';
import { api } from '../api.ts';
import type { AccessState } from '../../shared/access.ts';
import { applyLocale, currentLanguage } from '../i18n/locale.ts';
import { viewOf, type AccessView, type LockReason } from './accessState.ts';

/**
 * The window's view of the lock. The lock itself lives in the main process; this only mirrors its last
 * answer and asks it to lock or unlock. `locking` is the short moment between "lock now" (or the idle
 * timer) and the main process's answer: the screens are gone (their unsaved edits flushed) and the
 * records are not shown again until someone unlocks.
 */
let view: AccessView = { phase: 'loading' };
/** Whoever was unlocked last: the lock screen selects them first. */
let lastPractitionerId: string | null = null;
const listeners = new Set<() => void>();

function set(next: AccessView): void {
  view = next;
  if (next.phase === 'unlocked') lastPractitionerId = next.current.id;
  for (const listener of listeners) listener();
}

export function useAccessView(): AccessView {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => view,
  );
}

export function currentAccessView(): AccessView {
  return view;
}

export function lastPractitioner(): string | null {
  return lastPractitionerId;
}

/** Whether the screens speak an unlocked practitioner's own language (not the clinic's) now. */
let profileLanguageShown = false;
/** Answers are applied in order: a later one wins over an earlier language switch still loading. */
let turn = 0;

/**
 * Shows what the main process answered, in the right language: an unlocked practitioner's own (the
 * screens switch before they show, no restart), the clinic's (settings) while locked or for a profile
 * without one of its own.
 */
export function applyAccess(state: AccessState, reason: LockReason = 'start'): Promise<void> {
  const next = viewOf(state, reason);
  const mine = ++turn;
  const own = next.phase === 'unlocked' ? next.current.language : null;
  if (own) {
    profileLanguageShown = true;
    if (own === currentLanguage()) {
      set(next);
      return Promise.resolve();
    }
    return applyLocale({ language: own })
      .catch(() => undefined)
      .then(() => {
        if (mine === turn) set(next);
      });
  }
  set(next);
  if (!profileLanguageShown) return Promise.resolve();
  profileLanguageShown = false;
  return api
    .appInfo({})
    .then((info) => (mine === turn ? applyLocale({ language: info.language }) : undefined))
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
  if (view.phase !== 'unlocked') return;
  set({ ...view, phase: 'locking', reason });
}

/** The main process answered 'locked-out' to some call: it locked itself. */
export function lockedElsewhere(): void {
  if (view.phase === 'unlocked') void refreshAccess('elsewhere');
}

/** After a change of one's own profile (or of the list), the top bar and settings show it. */
export function updateUnlockedView(state: AccessState): Promise<void> {
  return applyAccess(state, 'manual');
}
