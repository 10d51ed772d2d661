import { useSyncExternalStore } from 'react';

/** The small status line of the top bar: the last thing that happened ("Patient saved"). */
export type Status = { text: string; tone: 'info' | 'success' | 'error'; at: Date } | null;

let status: Status = null;
const listeners = new Set<() => void>();

export function announce(text: string, tone: 'info' | 'success' | 'error' = 'info'): void {
  status = { text, tone, at: new Date() };
  for (const listener of listeners) listener();
}

export function useStatus(): Status {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}
