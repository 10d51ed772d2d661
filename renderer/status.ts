import { create } from 'zustand';

/** The small status line of the top bar: the last thing that happened ("Patient saved"). */
export type Status = { text: string; tone: 'info' | 'success' | 'error'; at: Date } | null;

/** The status line's store: the last announcement, or null before the first. */
const useStatusStore = create<{ status: Status }>(() => ({ status: null }));

export function announce(text: string, tone: 'info' | 'success' | 'error' = 'info'): void {
  useStatusStore.setState({ status: { text, tone, at: new Date() } });
}

/** The last announcement, outside React (tests, say). */
export function currentStatus(): Status {
  return useStatusStore.getState().status;
}

export function useStatus(): Status {
  return useStatusStore((state) => state.status);
}
