import type { ChartEditor } from '../editor/store.ts';
import type { EditorMessage } from '../editor/types.ts';

/**
 * The workflow's own read-only reasons (contraindications awaiting acknowledgement). Set through the
 * editor's setReadOnly and lifted through its clearReadOnly, only ever a lock this module set, never a
 * signature's or the store's 'locked' answer.
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
  const { readOnly, readOnlyReason } = editor.state;
  if (readOnly && readOnlyReason && OWN_REASONS.has(readOnlyReason.key)) editor.clearReadOnly(readOnlyReason);
}
