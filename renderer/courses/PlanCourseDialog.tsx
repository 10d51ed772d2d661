import { useId, useState, type FormEvent } from 'react';
import type { Course } from '../../shared/course.ts';
import { todayIso } from '../../shared/dates.ts';
import { INDICATIONS, SUGGESTED_AREAS, type IndicationId } from '../../shared/indications.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { formatDate } from '../format.ts';
import { toApiError } from '../useLoad.ts';
import { defaultCourseForm, planPreview, toCourseInput, type CourseFormError, type CourseFormState } from './courseForm.ts';

/** "Plan a course": indication, area, planned sessions (8–15 typical), intervals, start date. */
export function PlanCourseDialog({ patientId, onCreated, onClose }: { patientId: string; onCreated: (course: Course) => void; onClose: () => void }) {
  const [form, setForm] = useState<CourseFormState>(() => defaultCourseForm(todayIso()));
  const [error, setError] = useState<CourseFormError | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const base = useId();
  const id = (k: keyof CourseFormState) => `${base}-${k}`;
  const set = <K extends keyof CourseFormState>(k: K, v: CourseFormState[K]) => setForm((f) => ({ ...f, [k]: v }));
  const errorFor = (k: keyof CourseFormState) => (error?.field === k ? error.message : null);
  const preview = planPreview(form);
  const areas = form.indication ? SUGGESTED_AREAS[form.indication] : [];

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (saving) return;
    const mapped = toCourseInput(form, patientId);
    if (!mapped.ok) {
      setError(mapped.error);
      document.getElementById(id(mapped.error.field))?.focus();
      return;
    }
    setError(null);
    setSaving(true);
    try {
      onCreated(await api.createCourse(mapped.input));
    } catch (caught) {
      const apiError = toApiError(caught);
      setSaving(false);
      const field = apiError.field as keyof CourseFormState | null;
      if (field && field in form) {
        setError({ field, message: apiError.message });
        document.getElementById(id(field))?.focus();
      } else setFailure(apiError.message);
    }
  };

  return (
    <Modal
      title="Plan a course"
      onClose={onClose}
      size="wide"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={`${base}-form`} className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Plan the course'}
          </button>
        </>
      }
    >
      <form id={`${base}-form`} className="form course-form" noValidate onSubmit={submit} aria-busy={saving}>
        {failure ? <ErrorBanner title="The course was not created" message={failure} /> : null}
        <div className="form-grid">
          <Field id={id('indication')} label="Indication" required error={errorFor('indication')}>
            {(c) => (
              <select {...c} className="input select" value={form.indication} onChange={(e) => set('indication', e.target.value as IndicationId | '')}>
                <option value="">Choose…</option>
                {INDICATIONS.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('area')} label="Area" required error={errorFor('area')} hint={areas.length ? `e.g. ${areas.slice(0, 3).join('; ')}` : 'The area the course treats'}>
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
          <Field id={id('plannedSessions')} label="Planned sessions" required error={errorFor('plannedSessions')} hint="8–15 is typical (1–40 allowed)">
            {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={40} className="input" value={form.plannedSessions} onChange={(e) => set('plannedSessions', e.target.value)} />}
          </Field>
          <Field id={id('startDate')} label="Start date" required error={errorFor('startDate')}>
            {(c) => <input {...c} type="date" className="input" value={form.startDate} onChange={(e) => set('startDate', e.target.value)} />}
          </Field>
          <Field id={id('intervalDays')} label="Interval between sessions (days)" required error={errorFor('intervalDays')} hint="7 = weekly">
            {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={90} className="input" value={form.intervalDays} onChange={(e) => set('intervalDays', e.target.value)} />}
          </Field>
          <Field id={id('maintenanceIntervalDays')} label="Maintenance interval (days)" required error={errorFor('maintenanceIntervalDays')} hint="After the planned sessions; 30 = monthly">
            {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={365} className="input" value={form.maintenanceIntervalDays} onChange={(e) => set('maintenanceIntervalDays', e.target.value)} />}
          </Field>
          <Field id={id('notes')} label="Notes" className="form-grid__wide" error={errorFor('notes')}>
            {(c) => <textarea {...c} className="input textarea" rows={2} value={form.notes} onChange={(e) => set('notes', e.target.value)} />}
          </Field>
        </div>
        {preview ? (
          <p className="course-form__preview" aria-live="polite">
            Planned: {form.plannedSessions} sessions from {formatDate(form.startDate)} to {formatDate(preview.last)}, then maintenance from {formatDate(preview.maintenance)}.
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
