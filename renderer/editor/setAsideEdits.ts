import { create } from 'zustand';
import type { SaveInput } from './autosave.ts';

/**
 * Edits the store refused because another practitioner was unlocked by the time they were sent (an
 * autosave retried after a lock): kept here, in the window's memory, for their author, and shown by
 * SetAsideNotice. Only their author may save them; anyone may see that they exist.
 */
export type SetAsideEdit = {
  /** Unique among the kept edits. */
  key: string;
  patientId: string;
  sessionId: string;
  /** The session's date and time as the edits left them, to name the session on screen. */
  sessionDate: string;
  sessionTime: string;
  madeBy: { id: string; name: string };
  /** The save as it was refused (its `madeBy` included). */
  input: SaveInput;
  /** When it was set aside (ms since the epoch). */
  at: number;
};

const useSetAside = create<{ edits: SetAsideEdit[] }>(() => ({ edits: [] }));
let counter = 0;

export function keepAside(edit: Omit<SetAsideEdit, 'key'>): void {
  counter += 1;
  const key = `${edit.sessionId}:${counter}`;
  useSetAside.setState((state) => ({ edits: [...state.edits, { ...edit, key }] }));
}

export function forgetSetAside(key: string): void {
  useSetAside.setState((state) => ({ edits: state.edits.filter((e) => e.key !== key) }));
}

export function setAsideEdits(): readonly SetAsideEdit[] {
  return useSetAside.getState().edits;
}

export function useSetAsideEdits(): readonly SetAsideEdit[] {
  return useSetAside((state) => state.edits);
}
