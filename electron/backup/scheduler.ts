/** The clock and timers the schedule runs on: the real ones in the app, a hand-driven one in tests. */
export type ScheduleClock = {
  now(): Date;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export const systemClock: ScheduleClock = {
  now: () => new Date(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type BackupScheduleOptions = {
  clock: ScheduleClock;
  /** Read at every check, so a change in the settings applies without a restart. */
  intervalHours: () => number;
  /** When the newest backup was taken (null: never). */
  lastBackupAt: () => Date | null;
  runBackup: () => Promise<unknown>;
  onError?: (error: unknown) => void;
  /** How often to look whether a backup is due; short enough that a sleeping laptop catches up soon. */
  checkEveryMs?: number;
};

export type BackupSchedule = { stop(): void; /** Settles when the backup in progress (if any) does. */ idle(): Promise<void> };

/**
 * Automatic backups: whenever the newest backup is older than the interval, at start as at every check,
 * so that at most one is taken per interval however often the app is started (one at every start let
 * ten launches in a day rotate a week of backups away). The schedule checks every `checkEveryMs` rather
 * than sleeping a whole day, so that time spent asleep or a backup taken by hand counts. Never two
 * backups at once; a failed one is reported and retried at the next check.
 */
export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  const checkEvery = options.checkEveryMs ?? 15 * 60_000;
  let timer: unknown = null;
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let stopped = false;

  function run(): void {
    busy = true;
    running = options
      .runBackup()
      .then(
        () => undefined,
        (error: unknown) => options.onError?.(error),
      )
      .finally(() => {
        busy = false;
      });
  }

  function due(): boolean {
    const last = options.lastBackupAt();
    return last === null || options.clock.now().getTime() - last.getTime() >= options.intervalHours() * 3_600_000;
  }

  function schedule(): void {
    if (stopped) return;
    timer = options.clock.setTimeout(() => {
      if (!busy && due()) run();
      schedule();
    }, checkEvery);
  }

  if (due()) run();
  schedule();
  return {
    stop: () => {
      stopped = true;
      if (timer !== null) options.clock.clearTimeout(timer);
    },
    idle: () => running,
  };
}
