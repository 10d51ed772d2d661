import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { todayIso } from '../../shared/dates.ts';
import { SEXES, patientDisplayName, type Patient } from '../../shared/patient.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Loading } from '../components/Loading.tsx';
import { UnsavedChangesPrompt, useUnsavedChangesGuard } from '../components/UnsavedChanges.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { navigate, rememberPatientName } from '../navigation.ts';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import {
  SEX_LABELS,
  domIdFor,
  emptyPatientForm,
  formToPatientInput,
  humanMessage,
  isDirty,
  normalizeFieldPath,
  patientToForm,
  type FieldError,
  type PatientFormState,
  type TextFieldName,
} from './patientFormState.ts';
import { ScreeningFieldset } from './ScreeningFieldset.tsx';

/** Create (patientId null) or edit a patient. */
export function PatientForm({ patientId }: { patientId: string | null }) {
  const loaded = useLoad(() => (patientId ? api.getPatient({ id: patientId }) : Promise.resolve(null)), [patientId]);
  if (loaded.state === 'loading') return <Loading what="the patient" />;
  if (loaded.state === 'error') {
    return (
      <div className="screen">
        <ScreenHeading>Edit patient</ScreenHeading>
        <ErrorBanner title="The patient could not be opened" message={loaded.error.message} onRetry={loaded.reload} autoFocus />
      </div>
    );
  }
  return <PatientFormBody patient={loaded.value} />;
}

type ShownError = FieldError & { path: string | null; text: string; short: string };

function PatientFormBody({ patient }: { patient: Patient | null }) {
  const [start] = useState<PatientFormState>(() => (patient ? patientToForm(patient) : emptyPatientForm()));
  const [form, setForm] = useState<PatientFormState>(start);
  const [error, setError] = useState<ShownError | null>(null);
  const [errorSerial, setErrorSerial] = useState(0);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIso();
  const editing = patient !== null;
  const leave = useUnsavedChangesGuard(isDirty(start, form));

  // After a refusal, focus goes to the field at fault (or the banner when no field is named).
  useEffect(() => {
    if (!error) return;
    const target = error.path ? document.getElementById(domIdFor(error.path)) : null;
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    } else {
      formRef.current?.querySelector<HTMLElement>('.banner--error')?.focus();
    }
  }, [error, errorSerial]);

  const show = (e: FieldError) => {
    const path = normalizeFieldPath(e.field);
    const known = path !== null && document.getElementById(domIdFor(path)) !== null;
    setError({ ...e, path: known ? path : null, text: humanMessage(e), short: e.fieldMessage ?? humanMessage(e) });
    setErrorSerial((n) => n + 1);
  };

  const errorFor = (path: string): string | null => (error && error.path === path ? error.short : null);

  const update = (change: (f: PatientFormState) => PatientFormState) => setForm((f) => change(f));
  const text = (name: TextFieldName) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => {
      const value = e.target.value;
      setForm((f) => ({ ...f, [name]: value }));
    },
  });

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (saving) return;
    const mapped = formToPatientInput(form);
    if (!mapped.ok) {
      show(mapped.error);
      return;
    }
    setSaving(true);
    try {
      const saved = patient
        ? await api.updatePatient({ id: patient.id, fields: mapped.input })
        : await api.createPatient(mapped.input);
      const name = patientDisplayName(saved);
      rememberPatientName(saved.id, name);
      announce(editing ? `Saved changes to ${name}` : `Created ${name}`, 'success');
      navigate({ name: 'patient', patientId: saved.id }, { force: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      setSaving(false);
      show({ field: apiError.field, message: apiError.message });
      announce('Not saved: see the message on the form', 'error');
    }
  };

  const cancel = () => navigate(patient ? { name: 'patient', patientId: patient.id } : { name: 'patients' });

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'Enter')) {
      e.preventDefault();
      void submit();
    }
  };

  const id = (path: string) => domIdFor(path);

  return (
    <div className="screen screen--form">
      <div className="screen-header">
        <div>
          <ScreenHeading focusOnMount={editing}>{patient ? `Edit ${patientDisplayName(patient)}` : 'New patient'}</ScreenHeading>
          <p className="screen-subtitle">
            Fields marked <span aria-hidden="true">*</span>
            <span className="visually-hidden">with an asterisk</span> are required.
          </p>
        </div>
      </div>

      <form ref={formRef} className="form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-busy={saving}>
        {error ? (
          <ErrorBanner
            title={editing ? 'The changes were not saved' : 'The patient was not created'}
            message={error.text}
            onGoToField={error.path ? () => document.getElementById(domIdFor(error.path as string))?.focus() : undefined}
          />
        ) : null}

        <fieldset className="form-section">
          <legend className="form-section__title">Identity</legend>
          <div className="form-grid">
            <Field id={id('lastName')} label="Last name" required error={errorFor('lastName')}>
              {(c) => <input {...c} type="text" className="input" autoComplete="off" autoFocus={!editing} {...text('lastName')} />}
            </Field>
            <Field id={id('firstName')} label="First name" required error={errorFor('firstName')}>
              {(c) => <input {...c} type="text" className="input" autoComplete="off" {...text('firstName')} />}
            </Field>
            <Field id={id('dateOfBirth')} label="Date of birth" required error={errorFor('dateOfBirth')}>
              {(c) => <input {...c} type="date" className="input" min="1900-01-01" max={today} {...text('dateOfBirth')} />}
            </Field>
            <Field id={id('sex')} label="Sex" required error={errorFor('sex')}>
              {(c) => (
                <select
                  {...c}
                  className="input select"
                  value={form.sex}
                  onChange={(e) => {
                    const value = e.target.value as PatientFormState['sex'];
                    setForm((f) => ({ ...f, sex: value }));
                  }}
                >
                  <option value="" disabled>
                    Choose…
                  </option>
                  {SEXES.map((s) => (
                    <option key={s} value={s}>
                      {SEX_LABELS[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__title">Contact</legend>
          <div className="form-grid">
            <Field id={id('phone')} label="Phone" error={errorFor('phone')}>
              {(c) => <input {...c} type="tel" className="input" autoComplete="off" {...text('phone')} />}
            </Field>
            <Field id={id('email')} label="E-mail" error={errorFor('email')}>
              {(c) => <input {...c} type="email" className="input" autoComplete="off" spellCheck={false} {...text('email')} />}
            </Field>
            <Field id={id('address')} label="Address" error={errorFor('address')} className="form-grid__wide">
              {(c) => <textarea {...c} className="input textarea" rows={2} {...text('address')} />}
            </Field>
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__title">Clinical</legend>
          <div className="form-grid">
            <Field
              id={id('allergies')}
              label="Allergies"
              hint="Products, anaesthetics (lidocaine), latex… Shown on the patient page and before every session."
              error={errorFor('allergies')}
              className="form-grid__wide"
            >
              {(c) => <textarea {...c} className="input textarea" rows={2} {...text('allergies')} />}
            </Field>
            <Field id={id('notes')} label="Notes" error={errorFor('notes')} className="form-grid__wide">
              {(c) => <textarea {...c} className="input textarea" rows={3} {...text('notes')} />}
            </Field>
          </div>
        </fieldset>

        <ScreeningFieldset form={form} onChange={update} errorFor={errorFor} today={today} />

        <div className="form-actions">
          {leave.pending ? (
            <UnsavedChangesPrompt what={editing ? 'your changes to this patient' : 'this new patient'} onDiscard={leave.discard} onKeep={leave.keep} />
          ) : null}
          <button type="submit" className="button button--primary" disabled={saving} aria-keyshortcuts="Control+S">
            {saving ? 'Saving…' : editing ? 'Save changes' : 'Create patient'}
          </button>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <span className="form-actions__hint">
            <kbd className="kbd">Ctrl+S</kbd> saves
          </span>
        </div>
      </form>
    </div>
  );
}
