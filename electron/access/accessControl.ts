import { DEFAULT_PASSPHRASE_KDF, type ScryptParams } from './passphrase.ts';
import { createUnlockPacing } from './unlockPacing.ts';

export { failureDelayMs } from './unlockPacing.ts';

/** Who is unlocked: what the handlers name as the actor of everything that happens. */
export type UnlockedPractitioner = { id: string; displayName: string };

export type AccessControlOptions = {
  /** Milliseconds since the epoch; tests drive it by hand. */
  now?: () => number;
  /** Read at each check, so a change in the settings applies at once. */
  idleMinutes: () => number;
  /** The pause after a wrong passphrase; tests pass one that does not wait. */
  wait?: (ms: number) => Promise<void>;
  /** Cost of new passphrase hashes; tests lower it. */
  kdf?: ScryptParams;
  /** Where the pacing of wrong passphrases is kept across restarts (electron/access/unlockPacing.ts). */
  pacingPath?: string;
  /** A failure to keep the pacing on disk (it goes on in memory). */
  onPacingError?: (error: unknown) => void;
};

/**
 * The lock, held in the main process: the renderer cannot unlock itself, it can only ask. The app starts
 * locked. An unlock names one practitioner until `lock()`, or until `idleMinutes` pass without an
 * accepted call or reported activity: the next look at `current()` then finds the app locked.
 */
export type AccessControl = {
  current(): UnlockedPractitioner | null;
  /** Activity: an accepted call or the renderer's report that the user is at work. */
  touch(): void;
  unlock(practitioner: UnlockedPractitioner): void;
  lock(): void;
  /**
   * Runs one check of `profileId`'s passphrase at a time (so parallel guesses queue), and after a wrong
   * passphrase waits before answering, longer after each failure in a row of that profile (another
   * profile's failures do not slow it). `check` answers whether it succeeded.
   */
  attempt<T>(profileId: string, check: () => Promise<{ ok: boolean; value: T }>): Promise<T>;
  readonly kdf: ScryptParams;
};

const realWait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export function createAccessControl(options: AccessControlOptions): AccessControl {
  const now = options.now ?? Date.now;
  const wait = options.wait ?? realWait;
  let unlocked: UnlockedPractitioner | null = null;
  let lastActivity = 0;
  const pacing = createUnlockPacing({ path: options.pacingPath, now, wait, onError: options.onPacingError });

  const idleMs = () => Math.max(1, options.idleMinutes()) * 60_000;

  return {
    kdf: options.kdf ?? DEFAULT_PASSPHRASE_KDF,
    current() {
      if (unlocked && now() - lastActivity >= idleMs()) unlocked = null;
      return unlocked;
    },
    touch() {
      if (unlocked) lastActivity = now();
    },
    unlock(practitioner) {
      unlocked = { id: practitioner.id, displayName: practitioner.displayName };
      lastActivity = now();
    },
    lock() {
      unlocked = null;
    },
    attempt: (profileId, check) => pacing.attempt(profileId, check),
  };
}
