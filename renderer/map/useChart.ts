import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { ChartEditor } from '../editor/store.ts';
import type { ChartState } from '../editor/types.ts';

/**
 * A slice of the editor's state for a React component: re-renders only when `equal` says the slice
 * changed (reference equality by default; `shallowArray` for lists of objects).
 */
export function useChart<T>(editor: ChartEditor, select: (s: ChartState) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const cache = useRef<{ value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const next = select(editor.state);
    if (cache.current && equal(cache.current.value, next)) return cache.current.value;
    cache.current = { value: next };
    return next;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, select]);
  return useSyncExternalStore(
    useCallback((listener) => editor.subscribe(listener), [editor]),
    getSnapshot,
  );
}

export function shallowArray<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
