import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../atomicWrite.ts';

/**
 * The pacing of passphrase guesses, per profile: one profile's failures never slow another's unlock.
 * Each profile's failures in a row and the time of the last one are kept in a small JSON file, so that
 * restarting the app does not buy a guesser a fresh start: an attempt first waits out what is left of
 * the pause the last failure earned, and a wrong passphrase is answered only after its own pause.
 * A file that cannot be read back as written counts as the longest pause for every profile, never as none.
 */

/** The pause after the nth wrong passphrase in a row: 1 s for the first three, then doubling up to 30 s. */
export function failureDelayMs(failuresInARow: number): number {
  if (failuresInARow <= 0) return 0;
  return Math.min(MAX_DELAY_MS, 1_000 * 2 ** Math.max(0, failuresInARow - 3));
}

const MAX_DELAY_MS = 30_000;
/** The fewest failures in a row that earn the longest pause. */
const STRICTEST_FAILURES = 8;

const entrySchema = z.object({ failures: z.int().min(0).max(1_000_000_000), lastFailureAt: z.number().finite() }).strict();
const fileSchema = z
  .object({
    version: z.literal(1),
    profiles: z.record(z.string().min(1).max(200), entrySchema),
    /** For profiles without an entry of their own: set when a damaged file was read, so a restart keeps it. */
    everyone: entrySchema.optional(),
  })
  .strict();

type Entry = z.infer<typeof entrySchema>;
type PacingFile = z.infer<typeof fileSchema>;

export type UnlockPacingOptions = {
  /** The JSON file in the data folder; without it the pacing lasts as long as the process. */
  path?: string | undefined;
  now: () => number;
  wait: (ms: number) => Promise<void>;
  /** A failure to write the file: the pacing goes on in memory. */
  onError?: ((error: unknown) => void) | undefined;
};

export type UnlockPacing = {
  /**
   * Runs `check` (does this passphrase open `profileId`?) after whatever pause the profile still owes,
   * one at a time per profile (parallel guesses queue), and after a wrong one waits before answering.
   */
  attempt<T>(profileId: string, check: () => Promise<{ ok: boolean; value: T }>): Promise<T>;
};

const NONE: Entry = { failures: 0, lastFailureAt: 0 };

/** What the file says; a missing file is a first run, anything unreadable the strictest pacing from `now`. */
async function readPacing(path: string | undefined, now: number): Promise<PacingFile> {
  const empty: PacingFile = { version: 1, profiles: {} };
  if (!path) return empty;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    return { ...empty, everyone: { failures: STRICTEST_FAILURES, lastFailureAt: now } };
  }
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: damaged, as below.
  }
  return { ...empty, everyone: { failures: STRICTEST_FAILURES, lastFailureAt: now } };
}

/** What is left of the pause the last failure earned; a clock set back never makes it longer than the pause. */
function pauseLeftMs(entry: Entry, now: number): number {
  const pause = failureDelayMs(entry.failures);
  return Math.min(pause, Math.max(0, entry.lastFailureAt + pause - now));
}

export function createUnlockPacing(options: UnlockPacingOptions): UnlockPacing {
  const { now, wait } = options;
  let state: Promise<PacingFile> | null = null;
  let writing: Promise<void> = Promise.resolve();
  const queues = new Map<string, Promise<unknown>>();

  const loaded = () => (state ??= readPacing(options.path, now()));
  const entryOf = (file: PacingFile, id: string): Entry => file.profiles[id] ?? file.everyone ?? NONE;

  // Writes one after another, each of the state as it is then: the file ends as the last change left it.
  const persist = (file: PacingFile): Promise<void> => {
    const path = options.path;
    if (!path) return Promise.resolve();
    writing = writing.then(() => writeFileAtomic(path, JSON.stringify(file))).catch((error: unknown) => options.onError?.(error));
    return writing;
  };

  const run = async <T>(profileId: string, check: () => Promise<{ ok: boolean; value: T }>): Promise<T> => {
    const file = await loaded();
    const owed = pauseLeftMs(entryOf(file, profileId), now());
    if (owed > 0) await wait(owed);
    const { ok, value } = await check();
    const before = entryOf(file, profileId);
    if (ok) {
      if (before.failures > 0) {
        // Forgotten, unless a damaged file's pacing would then apply to this profile again.
        if (file.everyone) file.profiles[profileId] = NONE;
        else delete file.profiles[profileId];
        await persist(file);
      }
      return value;
    }
    const after = { failures: before.failures + 1, lastFailureAt: now() };
    file.profiles[profileId] = after;
    await persist(file);
    await wait(failureDelayMs(after.failures));
    return value;
  };

  return {
    attempt(profileId, check) {
      const previous = queues.get(profileId) ?? Promise.resolve();
      const result = previous.then(
        () => run(profileId, check),
        () => run(profileId, check),
      );
      const settled = result.catch(() => undefined);
      queues.set(profileId, settled);
      // The queue of a profile nobody is trying any more is forgotten.
      void settled.then(() => {
        if (queues.get(profileId) === settled) queues.delete(profileId);
      });
      return result;
    },
  };
}
