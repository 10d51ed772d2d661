/**
 * When the user stops working, the app locks. Pure logic over an injected clock and scheduler, so that
 * tests drive it without waiting: `activity()` on every key, click, wheel or pointer move; `onIdle`
 * once `idleMs` pass without any; `onReport` at most every `reportEveryMs` of activity, so the main
 * process (which keeps its own deadline) knows the user is still there even when no record is touched.
 * Activity inside a report's interval is reported when the interval ends (a trailing report), so the
 * main process never hears of the last activity later than `reportEveryMs` after it: its deadline
 * then never falls before this one.
 */
export type IdleTimerOptions = {
  idleMs: number;
  reportEveryMs: number;
  now: () => number;
  schedule: (run: () => void, ms: number) => unknown;
  cancel: (handle: unknown) => void;
  onIdle: () => void;
  onReport: () => void;
};

export class IdleTimer {
  private lastActivity: number;
  private lastReport: number;
  private handle: unknown = null;
  /** The trailing report planned for activity since the last report, if any. */
  private trailing: unknown = null;
  private stopped = false;

  private readonly options: IdleTimerOptions;

  constructor(options: IdleTimerOptions) {
    this.options = options;
    this.lastActivity = options.now();
    this.lastReport = this.lastActivity;
    this.arm(options.idleMs);
  }

  /** The user did something: the deadline moves (the timer is not re-armed per event, only checked when it fires). */
  activity(): void {
    if (this.stopped) return;
    const now = this.options.now();
    this.lastActivity = now;
    const sinceReport = now - this.lastReport;
    if (sinceReport >= this.options.reportEveryMs) this.report();
    else if (this.trailing === null) {
      this.trailing = this.options.schedule(() => {
        this.trailing = null;
        if (!this.stopped) this.report();
      }, this.options.reportEveryMs - sinceReport);
    }
  }

  private report(): void {
    if (this.trailing !== null) this.options.cancel(this.trailing);
    this.trailing = null;
    this.lastReport = this.options.now();
    this.options.onReport();
  }

  /** Milliseconds left before the lock, for display. */
  remainingMs(): number {
    return Math.max(0, this.lastActivity + this.options.idleMs - this.options.now());
  }

  stop(): void {
    this.stopped = true;
    if (this.handle !== null) this.options.cancel(this.handle);
    if (this.trailing !== null) this.options.cancel(this.trailing);
    this.handle = null;
    this.trailing = null;
  }

  private arm(ms: number): void {
    this.handle = this.options.schedule(() => this.check(), ms);
  }

  private check(): void {
    this.handle = null;
    if (this.stopped) return;
    const left = this.remainingMs();
    if (left <= 0) {
      this.stopped = true;
      this.options.onIdle();
    } else {
      this.arm(left);
    }
  }
}

/**
 * How often, at most, the window tells the main process that the user is at work: well under half the
 * shortest idle time the settings allow, so that a report always lands before the main process's deadline.
 */
export const REPORT_EVERY_MS = 20_000;

/** The events that count as the user being at work. */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
