import type { SessionSummary } from '../../shared/session.ts';
import { formatDate } from '../format.ts';
import { navigate } from '../navigation.ts';
import { commonCourse } from './compareData.ts';

export const MAX_COMPARED = 4;

/** Toggles a session in the choice, never beyond four. */
export function togglePick(picked: readonly string[], id: string): string[] {
  if (picked.includes(id)) return picked.filter((p) => p !== id);
  return picked.length >= MAX_COMPARED ? [...picked] : [...picked, id];
}

/** The row's checkbox: "Compare the session of 7 Jan 2025". */
export function PickCell({ session, picked, onToggle }: { session: SessionSummary; picked: readonly string[]; onToggle: (id: string) => void }) {
  const on = picked.includes(session.id);
  const full = !on && picked.length >= MAX_COMPARED;
  return (
    <td className="cell-pick" onClick={(e) => e.stopPropagation()}>
      <input
        type="checkbox"
        checked={on}
        disabled={full}
        onChange={() => onToggle(session.id)}
        aria-label={`Compare the session of ${formatDate(session.date)}, ${session.time}`}
        title={full ? `At most ${MAX_COMPARED} sessions` : 'Choose for comparison'}
      />
    </td>
  );
}

/** Above the session table: how many are chosen, and Compare (2–4) / Clear. */
export function CompareBar({ patientId, sessions, picked, onClear }: { patientId: string; sessions: readonly SessionSummary[]; picked: readonly string[]; onClear: () => void }) {
  const chosen = sessions.filter((s) => picked.includes(s.id));
  const ready = chosen.length >= 2;
  return (
    <div className="compare-bar" role="group" aria-label="Compare sessions">
      <span aria-live="polite">
        {chosen.length === 0
          ? `Tick 2 to ${MAX_COMPARED} sessions to compare their maps side by side.`
          : `${chosen.length} of ${MAX_COMPARED} chosen${chosen.length < 2 ? ': choose one more' : ''}.`}
      </span>
      <span className="panel__actions">
        {chosen.length > 0 ? (
          <button type="button" className="button button--small button--ghost" onClick={onClear}>
            Clear
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!ready}
          onClick={() => navigate({ name: 'compare', patientId, sessionIds: chosen.map((s) => s.id), courseId: commonCourse(chosen), mode: 'side' })}
        >
          Compare{ready ? ` ${chosen.length} sessions` : ''}
        </button>
      </span>
    </div>
  );
}
