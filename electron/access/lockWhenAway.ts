/**
 * Locks the app when the practitioner is away for certain: the screen locks or the computer goes to
 * sleep (Electron's powerMonitor 'lock-screen' and 'suspend'). A closed lid or a locked session must not
 * leave the records open to whoever wakes the computer. Takes the monitor as an argument, so that a test
 * drives it with a plain EventEmitter.
 */
export const AWAY_EVENTS = ['lock-screen', 'suspend'] as const;

export type PowerEvents = {
  on(event: (typeof AWAY_EVENTS)[number], listener: () => void): unknown;
  off(event: (typeof AWAY_EVENTS)[number], listener: () => void): unknown;
};

/** Calls `lock` on each away event until the answered function is called. */
export function lockWhenAway(monitor: PowerEvents, lock: () => void): () => void {
  const listener = () => lock();
  for (const event of AWAY_EVENTS) monitor.on(event, listener);
  return () => {
    for (const event of AWAY_EVENTS) monitor.off(event, listener);
  };
}
