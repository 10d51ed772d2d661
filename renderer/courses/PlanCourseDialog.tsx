import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../shared/course.ts';
import { todayIso } from '../../shared/dates.ts';
import { restrictionsFor } from '../../shared/countryRestrictions.ts';
import { indicationPlan } from '../../shared/indicationPlans.ts';
import { INDICATIONS, indicationLabel, suggestedAreas, type IndicationId } from '../../shared/indications.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import { CountryRestrictionNotice } from './CountryRestrictionNotice.tsx';
import { defaultCourseForm, planPreview, toCourseInput, withIndicationPlan, type CourseFormError, type CourseFormState } from './courseForm.ts';

/**
 * "Plan a course": indication, area, planned sessions, intervals, start date. Choosing the indication
 * fills in its usual plan (shared/indicationPlans.ts) until the practitioner changes the plan by hand,
 * and shows any restriction the clinic's country puts on it.
 */
export function PlanCourseDialog({ patientId, onCreated, onClose }: { patientId: string; onCreated: (course: Course) => void; onClose: () => void }) {
  const [start] = useState<CourseFormState>(() => defaultCourseForm(todayIso()));
  const [form, setForm] = useState<CourseFormState>(start);
  // Every field in error at once (issue 12), not one per submit.
  const [errors, setErrors] = useState<CourseFormError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Once the practitioner has set the plan by hand, choosing another indication no longer replaces it.
  const [planEdited, setPlanEdited] = useState(false);
  const settings = useLoad(() => api.getSettings({}), []);
  const country = settings.state === 'ready' ? settings.value.country : null;
  const { t } = useTranslation(['courses', 'clinical', 'common']);
  const format = useFormat();
  const base = useId();
  const id = (k: keyof CourseFormState) => `${base}-${k}`;
  const set = <K extends keyof CourseFormState>(k: K, v: CourseFormState[K]) => setForm((f) => ({ ...f, [k]: v }));
  const errorFor = (k: keyof CourseFormState) => errors.find((e) => e.field === k)?.message ?? null;
  const preview = planPreview(form);
  const areas = form.indication ? suggestedAreas(t, form.indication) : [];
  const usual = form.indication ? indicationPlan(form.indication).range : null;
  const restrictions = form.indication ? restrictionsFor(country, form.indication) : [];
  const setPlan = (k: 'plannedSessions' | 'intervalDays' | 'maintenanceIntervalDays', v: string) => {
    setPlanEdited(true);
    set(k, v);
  };
  const chooseIndication = (indication: IndicationId | '') => setForm((f) => (planEdited ? { ...f, indication } : withIndicationPlan(f, indication)));

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (saving) return;
    const mapped = toCourseInput(form, patientId, t);
    if (!mapped.ok) {
      setErrors(mapped.errors);
      document.getElementById(id(mapped.error.field))?.focus();
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      onCreated(await api.createCourse(mapped.input));
    } catch (caught) {
      const apiError = toApiError(caught);
      setSaving(false);
      const field = apiError.field as keyof CourseFormState | null;
      if (field && field in form) {
        setErrors([{ field, message: errorText(t, caught) }]);
        document.getElementById(id(field))?.focus();
      } else setFailure(errorText(t, caught));
    }
  };

  return (
    <Modal
      title={t('form.title')}
      onClose={onClose}
      dirty={!saving && JSON.stringify(form) !== JSON.stringify(start)}
      discardQuestion={t('form.discard')}
      size="wide"
      footer={(requestClose) => (
        <>
          <button type="button" className="button" onClick={requestClose}>
            {t('form.cancel')}
          </button>
          <button type="submit" form={`${base}-form`} className="button button--primary" disabled={saving}>
            {saving ? t('form.saving') : t('form.submit')}
          </button>
        </>
      )}
    >
      <form id={`${base}-form`} className="form course-form" noValidate onSubmit={submit} aria-busy={saving}>
        {failure ? <ErrorBanner title={t('form.failed')} message={failure} /> : null}
        {restrictions.map((r) => (
          <CountryRestrictionNotice key={r.id} restriction={r} />
        ))}
        <div className="form-grid">
          <Field id={id('indication')} label={t('form.field.indication')} required error={errorFor('indication')}>
            {(c) => (
              <select {...c} className="input select" value={form.indication} onChange={(e) => chooseIndication(e.target.value as IndicationId | '')}>
                <option value="">{t('form.choose')}</option>
                {INDICATIONS.map((i) => (
                  <option key={i.id} value={i.id}>
                    {indicationLabel(t, i.id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('area')} label={t('form.field.area')} required error={errorFor('area')} hint={areas.length ? t('form.areaExamples', { examples: areas.slice(0, 3).join('; ') }) : t('form.areaHint')}>
            {(c) => (
              <>
                <input {...c} type="text" className="input" list={`${base}-areas`} value={form.area} onChange={(e) => set('area', e.target.value)} />
                <datalist id={`${base}-areas`}>
                  {areas.map((a) => (
                    <option key={a} value={a} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field id={id('plannedSessions')} label={t('form.field.plannedSessions')} required error={errorFor('plannedSessions')} hint={usual && form.indication ? t('form.plannedSessionsHintFor', { min: usual.min, max: usual.max, indication: indicationLabel(t, form.indication).toLocaleLowerCase() }) : t('form.plannedSessionsHint')}>
            {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={40} className="input" value={form.plannedSessions} onChange={(e) => setPlan('plannedSessions', e.target.value)} />}
          </Field>
          <Field id={id('startDate')} label={t('form.field.startDate')} required error={errorFor('startDate')}>
            {(c) => <input {...c} type="date" className="input" value={form.startDate} onChange={(e) => set('startDate', e.target.value)} />}
          </Field>
          <Field id={id('intervalDays')} label={t('form.intervalDaysLabel')} required error={errorFor('intervalDays')} hint={t('form.intervalDaysHint')}>
            {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={90} className="input" value={form.intervalDays} onChange={(e) => setPlan('intervalDays', e.target.value)} />}
          </Field>
          <Field id={id('maintenanceIntervalDays')} label={t('form.maintenanceIntervalDaysLabel')} required error={errorFor('maintenanceIntervalDays')} hint={t('form.maintenanceIntervalDaysHint')}>
            {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={365} className="input" value={form.maintenanceIntervalDays} onChange={(e) => setPlan('maintenanceIntervalDays', e.target.value)} />}
          </Field>
          <Field id={id('diagnosis')} label={t('form.field.diagnosis')} hint={t('form.diagnosisHint')} className="form-grid__wide" error={errorFor('diagnosis')}>
            {(c) => <textarea {...c} className="input textarea" rows={2} value={form.diagnosis} onChange={(e) => set('diagnosis', e.target.value)} />}
          </Field>
          <Field id={id('notes')} label={t('form.field.notes')} className="form-grid__wide" error={errorFor('notes')}>
            {(c) => <textarea {...c} className="input textarea" rows={2} value={form.notes} onChange={(e) => set('notes', e.target.value)} />}
          </Field>
        </div>
        {preview ? (
          <p className="course-form__preview" aria-live="polite">
            {t('form.preview', { count: preview.count, from: format.date(form.startDate), to: format.date(preview.last), maintenance: format.date(preview.maintenance) })}
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
