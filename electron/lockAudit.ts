import type { AccessControl, UnlockedPractitioner } from './access/accessControl.ts';

/** How the records came to be locked: asked for (the lock button, a restore), or found so (idle time, the screen locked, sleep). */
export type LockCause = 'request' | 'automatic';

/**
 * The lock, telling `onLocked` each time the practitioner who was unlocked no longer is. A lock asked of
 * it is told at once; one that happened elsewhere (the idle time running out, a lock by the system's
 * events) is told when the handlers next look at who is unlocked, which they do before every call.
 * Everything else is the lock's own (the wrapper delegates to it).
 */
export function withLockAudit(access: AccessControl, onLocked: (who: UnlockedPractitioner, cause: LockCause) => void): AccessControl {
  let seen: UnlockedPractitioner | null = access.current();
  const audited: AccessControl = Object.create(access) as AccessControl;
  audited.current = () => {
    const now = access.current();
    if (seen && !now) onLocked(seen, 'automatic');
    seen = now;
    return now;
  };
  audited.lock = () => {
    const was = access.current();
    access.lock();
    seen = null;
    if (was) onLocked(was, 'request');
  };
  audited.unlock = (practitioner) => {
    access.unlock(practitioner);
    seen = access.current();
  };
  return audited;
}
