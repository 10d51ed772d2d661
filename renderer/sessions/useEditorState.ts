import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Autosave, SaveStatus } from '../editor/autosave.ts';
import type { ChartEditor } from '../editor/store.ts';
import type { ChartState, EditorMessage } from '../editor/types.ts';

/** A slice of the chart editor's state; re-renders only when `equal` says the slice changed. */
export function useEditorState<T>(editor: ChartEditor, select: (s: ChartState) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const cache = useRef<{ value: T } | null>(null);
  const selectRef = useRef(select);
  selectRef.current = select;
  const getSnapshot = useCallback(() => {
    const next = selectRef.current(editor.state);
    if (cache.current && equal(cache.current.value, next)) return cache.current.value;
    cache.current = { value: next };
    return next;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);
  return useSyncExternalStore(useCallback((listener) => editor.subscribe(listener), [editor]), getSnapshot);
}

export function useSaveStatus(autosave: Autosave | null): SaveStatus | null {
  return useSyncExternalStore(
    useCallback((listener) => (autosave ? autosave.subscribe(listener) : () => {}), [autosave]),
    () => autosave?.status ?? null,
  );
}

/**
 * The workflow's own read-only reasons (contraindications awaiting acknowledgement). The editor has
 * setReadOnly but nothing to lift it: lifting goes through its zustand store, and only lifts a lock
 * this module set, never a signature's or the store's 'locked' answer.
 */
export const CHECKING_SCREENING: EditorMessage = { key: 'checkingScreening' };
export const AWAITING_ACK: EditorMessage = { key: 'awaitingAck' };
const OWN_REASONS = new Set<string>([CHECKING_SCREENING.key, AWAITING_ACK.key]);

export function lockForWorkflow(editor: ChartEditor, reason: typeof CHECKING_SCREENING | typeof AWAITING_ACK): void {
  const s = editor.state;
  if (s.readOnly && !OWN_REASONS.has(s.readOnlyReason?.key ?? '')) return;
  editor.setReadOnly(reason);
}

export function unlockFromWorkflow(editor: ChartEditor): void {
  const s = editor.state;
  if (s.readOnly && OWN_REASONS.has(s.readOnlyReason?.key ?? '')) editor.store.setState({ readOnly: false, readOnlyReason: null });
}
