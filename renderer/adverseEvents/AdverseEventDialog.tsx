import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADVERSE_EVENT_OUTCOMES,
  ADVERSE_EVENT_SEVERITIES,
  ADVERSE_EVENT_TYPES,
  adverseEventOutcomeLabel,
  adverseEventSeverityLabel,
  adverseEventTypeLabel,
  type AdverseEvent,
  type AdverseEventFields,
} from '../../shared/adverseEvents.ts';
import { viewShort } from '../../shared/mapViews.ts';
import { numbersByChart } from '../../shared/markerPalette.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { regionName } from '../../shared/regions.ts';
import { api } from '../api.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field, FieldError, fieldErrorId } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { UnsavedChangesPrompt } from '../components/UnsavedChanges.tsx';
import { errorText, issueText } from '../i18n/errorText.ts';
import { toApiError } from '../useLoad.ts';
import { checkDraft, draftOf, isDirty, newAdverseEventDraft, problemField, type AdverseEventDraft } from './adverseEventDraft.ts';
import { DialogActions } from '../components/DialogActions.tsx';

type Props = {
  session: { id: string; date: string };
  /** The session's chart as it reads now, for the points concerned (numbered as on the map). */
  points: readonly InjectionPoint[];
  /** Every point id the event may name (those an amendment removed too). */
  pointIds: readonly string[];
  /** The event to follow up; a new one without. */
  event?: AdverseEvent | undefined;
  /** A new event's starting points (those selected on the chart). */
  selected?: readonly string[];
  /** The national agency of the clinic's country ("ANSM"), when known. */
  agency: string | null;
  today: string;
  onSaved: (event: AdverseEvent) => void;
  onClose: () => void;
};

/**
 * Records an adverse event on a session, or follows one up: what happened, when, how severe, the points
 * concerned, the treatment, the outcome, the next follow-up and the report to the national agency.
 * Checked with the store's own rule before it is sent; closing with something typed asks first.
 */
export function AdverseEventDialog({ session, points, pointIds, event, selected, agency, today, onSaved, onClose }: Props) {
  const { t } = useTranslation(['adverseEvents', 'common', 'clinical', 'errors']);
  const id = useId();
  const [start] = useState<AdverseEventDraft>(() => (event ? draftOf(event) : newAdverseEventDraft(today, selected)));
  const [draft, setDraft] = useState<AdverseEventDraft>(start);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const set = <K extends keyof AdverseEventDraft>(key: K, value: AdverseEventDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const fieldId = (name: string) => `${id}-${name}`;
  const problem = (name: string) => problems[name] ?? null;
  const numbers = useMemo(() => numbersByChart(points), [points]);

  const close = () => {
    if (busy) return;
    if (isDirty(draft, start)) setAsking(true);
    else onClose();
  };

  const submit = async () => {
    const checked = checkDraft(draft, { date: session.date, pointIds });
    if (!checked.ok) {
      const found: Record<string, string> = {};
      for (const issue of checked.issues) found[problemField(issue.path)] ??= issueText(t, issue, checked.input);
      setProblems(found);
      document.getElementById(fieldId(problemField(checked.issues[0]?.path ?? [])))?.focus();
      return;
    }
    setProblems({});
    setFailure(null);
    setBusy(true);
    try {
      const fields: AdverseEventFields = checked.fields;
      const saved = event ? await api.updateAdverseEvent({ id: event.id, ...fields }) : await api.addAdverseEvent({ sessionId: session.id, ...fields });
      onSaved(saved);
    } catch (caught) {
      const error = toApiError(caught);
      setBusy(false);
      const field = error.field ? error.field.split('.')[0] ?? '' : '';
      if (field && field in draft) {
        setProblems({ [field]: errorText(t, { ...error.toPayload(), field: null }) });
        document.getElementById(fieldId(field))?.focus();
      } else {
        setFailure(errorText(t, error));
      }
    }
  };

  const togglePoint = (pointId: string) =>
    set('pointIds', draft.pointIds.includes(pointId) ? draft.pointIds.filter((p) => p !== pointId) : [...draft.pointIds, pointId]);

  return (
    <Modal
      title={event ? t('dialog.followUpTitle') : t('dialog.addTitle')}
      size="wide"
      onClose={busy ? null : close}
      onEscape={close}
      describedBy={`${id}-intro`}
      footer={
        asking ? (
          <UnsavedChangesPrompt question={event ? t('dialog.discardFollowUp') : t('dialog.discardNew')} onDiscard={onClose} onKeep={() => setAsking(false)} />
        ) : (
          <DialogActions onCancel={close} busy={busy} action={{ label: busy ? t('dialog.saving') : event ? t('dialog.saveFollowUp') : t('dialog.save'), onClick: () => void submit() }} />
        )
      }
    >
      <p id={`${id}-intro`} className="muted">
        {t('dialog.intro')}
      </p>
      {failure ? <ErrorBanner title={t('dialog.failed')} message={failure} /> : null}
      <div className="adverse-form">
        <SelectField
          id={fieldId('type')}
          label={t('field.type')}
          required
          value={draft.type}
          onChange={(v) => set('type', v)}
          placeholder={{ label: t('dialog.choose'), disabled: true }}
          options={ADVERSE_EVENT_TYPES.map((type) => ({ value: type, label: adverseEventTypeLabel(t, type) }))}
          error={problem('type')}
        />
        <Field id={fieldId('description')} label={draft.type === 'other' ? t('field.descriptionOther') : t('field.description')} required={draft.type === 'other'} error={problem('description')}>
          {(c) => <input {...c} className="input" value={draft.description} maxLength={1000} onChange={(e) => set('description', e.target.value)} />}
        </Field>
        <Field id={fieldId('onsetDate')} label={t('field.onsetDate')} required hint={t('dialog.onsetHint')} error={problem('onsetDate')} className="field--date">
          {(c) => <input {...c} className="input" type="date" min={session.date} value={draft.onsetDate} onChange={(e) => set('onsetDate', e.target.value)} />}
        </Field>
        <SelectField
          id={fieldId('severity')}
          label={t('field.severity')}
          required
          value={draft.severity}
          onChange={(v) => set('severity', v)}
          placeholder={{ label: t('dialog.choose'), disabled: true }}
          options={ADVERSE_EVENT_SEVERITIES.map((s) => ({ value: s, label: adverseEventSeverityLabel(t, s) }))}
          hint={t('dialog.severityHint')}
          error={problem('severity')}
        />
        <Field id={fieldId('treatment')} label={t('field.treatment')} error={problem('treatment')} className="adverse-form__wide">
          {(c) => <textarea {...c} className="input textarea" rows={2} value={draft.treatment} maxLength={2000} onChange={(e) => set('treatment', e.target.value)} />}
        </Field>
        <SelectField
          id={fieldId('outcome')}
          label={t('field.outcome')}
          required
          value={draft.outcome}
          onChange={(v) => set('outcome', v)}
          options={ADVERSE_EVENT_OUTCOMES.map((o) => ({ value: o, label: adverseEventOutcomeLabel(t, o) }))}
          error={problem('outcome')}
        />
        <Field id={fieldId('followUpDate')} label={t('field.followUpDate')} hint={t('dialog.followUpHint')} error={problem('followUpDate')} className="field--date">
          {(c) => <input {...c} className="input" type="date" min={draft.onsetDate || session.date} value={draft.followUpDate} onChange={(e) => set('followUpDate', e.target.value)} />}
        </Field>
      </div>

      <fieldset className="adverse-points" aria-describedby={problem('pointIds') ? fieldErrorId(fieldId('pointIds')) : undefined}>
        <legend className="field__label">{t('field.pointIds')}</legend>
        {points.length === 0 ? (
          <p className="muted">{t('dialog.noPoints')}</p>
        ) : (
          <div className="adverse-points__list" id={fieldId('pointIds')} tabIndex={-1}>
            {points.map((p) => (
              <CheckboxField
                key={p.id}
                label={t('dialog.pointLabel', { number: numbers.get(p.id) ?? '?', view: viewShort(t, p.view), region: regionName(t, p.view, p.region) })}
                checked={draft.pointIds.includes(p.id)}
                onChange={() => togglePoint(p.id)}
              />
            ))}
          </div>
        )}
        <FieldError id={fieldId('pointIds')} error={problem('pointIds')} />
      </fieldset>

      <fieldset className="adverse-report">
        <legend className="field__label">{t('dialog.reportHeading')}</legend>
        <CheckboxField
          label={agency ? t('dialog.reportedTo', { agency }) : t('dialog.reportedToNational')}
          checked={draft.reportedToAgency}
          onChange={(checked) => set('reportedToAgency', checked)}
        />
        {draft.reportedToAgency ? (
          <div className="adverse-form">
            <Field id={fieldId('reportedOn')} label={t('field.reportedOn')} required error={problem('reportedOn')} className="field--date">
              {(c) => <input {...c} className="input" type="date" value={draft.reportedOn} onChange={(e) => set('reportedOn', e.target.value)} />}
            </Field>
            <Field id={fieldId('reportReference')} label={t('field.reportReference')} error={problem('reportReference')}>
              {(c) => <input {...c} className="input" value={draft.reportReference} maxLength={120} onChange={(e) => set('reportReference', e.target.value)} />}
            </Field>
          </div>
        ) : null}
      </fieldset>

      <Field id={fieldId('note')} label={t('field.note')} error={problem('note')}>
        {(c) => <textarea {...c} className="input textarea" rows={2} value={draft.note} maxLength={4000} onChange={(e) => set('note', e.target.value)} />}
      </Field>
    </Modal>
  );
}
