import { Trans, useTranslation } from 'react-i18next';
import type { Namespace, TFunction } from 'i18next';
import { indicationLabel } from '../../shared/indications.ts';
import type { SessionSummary } from '../../shared/session.ts';
import { SelectField } from '../components/SelectField.tsx';
import type { Formatter } from '../../shared/format/formatter.ts';
import { useFormat } from '../i18n/locale.ts';
import { sessionLabel, sortSessionsNewestFirst } from './sessionFormState.ts';

/** "7 Mar 2025, 14:30 · Pain · Knee · 12 points · signed": a session to start from, in a list. */
function sourceLabel(t: TFunction<Namespace>, format: Formatter, s: SessionSummary): string {
  return t('sessions:previous.source', {
    session: sessionLabel(t, format, s),
    indication: indicationLabel(t, s.indication),
    areas: s.treatedAreas.join(', '),
    points: t('sessions:previous.points', { count: s.pointCount }),
    status: s.status === 'signed' ? t('sessions:previous.signed') : t('sessions:previous.draft'),
  });
}

/** What a copy takes over and what it leaves, said where the choice is made. */
export function CopyExplanation({ source }: { source: SessionSummary | undefined }) {
  const { t } = useTranslation(['sessions']);
  return (
    <div className="copy-from__explain">
      <p>{t('previous.takesOver')}</p>
      <ul className="copy-explain">
        <li>{source ? t('previous.itsPointsCount', { count: source.pointCount }) : t('previous.itsPoints')}</li>
        <li>
          <Trans t={t} i18nKey="previous.itsCocktail" components={{ strong: <strong /> }} />
        </li>
        <li>{t('previous.defaults')}</li>
      </ul>
      <p className="field__hint">{t('previous.notCopied')}</p>
    </div>
  );
}

/** The source choice: the patient's sessions, newest first (the latest chosen by default). */
export function SourceField({ id, label, sessions, value, onChange }: { id: string; label: string; sessions: readonly SessionSummary[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const options = sortSessionsNewestFirst(sessions).map((s, i) => ({ value: s.id, label: `${sourceLabel(t, format, s)}${i === 0 ? t('previous.latest') : ''}` }));
  return <SelectField id={id} label={label} value={value} onChange={onChange} options={options} />;
}
