import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../shared/session.ts';
import { useFormat } from '../i18n/locale.ts';
import { navigate } from '../navigation.ts';
import { commonCourse } from './compareData.ts';
import './compare.css';

const MAX_COMPARED = 4;

/** Toggles a session in the choice, never beyond four. */
export function togglePick(picked: readonly string[], id: string): string[] {
  if (picked.includes(id)) return picked.filter((p) => p !== id);
  return picked.length >= MAX_COMPARED ? [...picked] : [...picked, id];
}

/** The row's checkbox: "Compare the session of 7 Jan 2025". */
export function PickCell({ session, picked, onToggle }: { session: SessionSummary; picked: readonly string[]; onToggle: (id: string) => void }) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const on = picked.includes(session.id);
  const full = !on && picked.length >= MAX_COMPARED;
  return (
    <td className="cell-pick" onClick={(e) => e.stopPropagation()}>
      <input
        type="checkbox"
        checked={on}
        disabled={full}
        onChange={() => onToggle(session.id)}
        aria-label={t('picker.pick', { date: format.date(session.date), time: format.time(session.time) })}
        title={full ? t('picker.atMost', { max: MAX_COMPARED }) : t('picker.choose')}
      />
    </td>
  );
}

/** Above the session table: how many are chosen, and Compare (2–4) / Clear. */
export function CompareBar({ patientId, sessions, picked, onClear }: { patientId: string; sessions: readonly SessionSummary[]; picked: readonly string[]; onClear: () => void }) {
  const { t } = useTranslation('compare');
  const chosen = sessions.filter((s) => picked.includes(s.id));
  const ready = chosen.length >= 2;
  return (
    <div className="inset compare-bar" role="group" aria-label={t('picker.group')}>
      <span aria-live="polite">
        {chosen.length === 0
          ? t('picker.hint', { max: MAX_COMPARED })
          : chosen.length < 2
            ? t('picker.chooseOneMore', { count: chosen.length, max: MAX_COMPARED })
            : t('picker.chosen', { count: chosen.length, max: MAX_COMPARED })}
      </span>
      <span className="panel__actions">
        {chosen.length > 0 ? (
          <button type="button" className="button button--small button--ghost" onClick={onClear}>
            {t('picker.clear')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!ready}
          onClick={() => navigate({ name: 'compare', patientId, sessionIds: chosen.map((s) => s.id), courseId: commonCourse(chosen), mode: 'side' })}
        >
          {ready ? t('picker.compareCount', { count: chosen.length }) : t('picker.compare')}
        </button>
      </span>
    </div>
  );
}
