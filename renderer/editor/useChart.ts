import { useRef } from 'react';
import { useStore } from 'zustand';
import type { Autosave, SaveStatus } from './autosave.ts';
import type { ChartEditor } from './store.ts';
import type { ChartState } from './types.ts';

/**
 * The chart editor's React binding: a slice of its state through zustand's `useStore`, re-rendering
 * only when `equal` says the slice changed (reference equality by default; `shallowArray` for lists of
 * objects). The last slice is kept and handed back while `equal` holds, as zustand's `useShallow` does.
 */
export function useChart<T>(editor: ChartEditor, select: (s: ChartState) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const last = useRef<{ value: T } | null>(null);
  return useStore(editor.store, (state) => {
    const next = select(state);
    if (last.current && equal(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  });
}

export function shallowArray<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The autosave's saved / saving / unsaved / error state. */
export function useSaveStatus(autosave: Autosave): SaveStatus {
  return useStore(autosave.statusStore);
}
