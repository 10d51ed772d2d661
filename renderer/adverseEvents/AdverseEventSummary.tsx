import { useTranslation } from 'react-i18next';
import { adverseEventSeverityLabel, adverseEventTitle, isFollowUpDue, type AdverseEvent } from '../../shared/adverseEvents.ts';
import { useFormat } from '../i18n/locale.ts';

/** An adverse event in a list (the session's panel, the patient page): what, onset and severity, and its follow-up, due or not. */
export function AdverseEventSummary({ event, today }: { event: AdverseEvent; today: string }) {
  const { t } = useTranslation(['adverseEvents', 'common']);
  const format = useFormat();
  const due = isFollowUpDue(event, today);
  return (
    <div className="adverse-item__main">
      <div className="adverse-item__title">{adverseEventTitle(t, event)}</div>
      <div className="adverse-item__meta">{t('panel.meta', { date: format.date(event.onsetDate), severity: adverseEventSeverityLabel(t, event.severity) })}</div>
      {event.followUpDate ? (
        <div className={due ? 'adverse-item__due' : 'adverse-item__meta'}>
          {due ? t('panel.followUpDue', { date: format.date(event.followUpDate) }) : t('panel.followUp', { date: format.date(event.followUpDate) })}
        </div>
      ) : null}
    </div>
  );
}
