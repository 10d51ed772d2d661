import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n/languages.ts';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { todayIso } from '../../shared/dates.ts';
import { SEXES, patientDisplayName, type Patient } from '../../shared/patient.ts';
import { api, ApiError } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Panel } from '../components/Panel.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { Loading } from '../components/Loading.tsx';
import { UnsavedChangesPrompt, useUnsavedChangesGuard } from '../components/UnsavedChanges.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { ScreenLoadFailed } from '../components/ScreenLoadFailed.tsx';
import { errorText } from '../i18n/errorText.ts';
import { navigate, rememberPatientName } from '../navigation.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import {
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
  const { t } = useTranslation(['patients', 'common']);
  const loaded = useLoad(() => (patientId ? api.getPatient({ id: patientId }) : Promise.resolve(null)), [patientId]);
  if (loaded.state === 'loading') return <Loading text={t('form.loading')} />;
  if (loaded.state === 'error') {
    return <ScreenLoadFailed heading={t('form.editFallback')} title={t('form.openFailed')} message={errorText(t, loaded.error)} onRetry={loaded.reload} />;
  }
  return <PatientFormBody patient={loaded.value} />;
}

type ShownError = FieldError & { path: string | null; text: string; short: string };

function PatientFormBody({ patient }: { patient: Patient | null }) {
  const { t } = useTranslation(['patients', 'common']);
  const [start] = useState<PatientFormState>(() => (patient ? patientToForm(patient) : emptyPatientForm()));
  const [form, setForm] = useState<PatientFormState>(start);
  // The patient's language (null: the clinic's), kept beside the form state.
  const startLanguage = patient?.language ?? null;
  const [language, setLanguage] = useState<Language | null>(startLanguage);
  // Every problem at once (issue 12); focus goes to the first.
  const [errors, setErrors] = useState<ShownError[]>([]);
  const error = errors[0] ?? null;
  const [errorSerial, setErrorSerial] = useState(0);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIso();
  const editing = patient !== null;
  const leave = useUnsavedChangesGuard(isDirty(start, form) || language !== startLanguage);

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

  const show = (found: readonly FieldError[]) => {
    setErrors(
      found.map((e) => {
        const path = normalizeFieldPath(e.field);
        const known = path !== null && document.getElementById(domIdFor(path)) !== null;
        return { ...e, path: known ? path : null, text: humanMessage(e), short: e.fieldMessage ?? humanMessage(e) };
      }),
    );
    setErrorSerial((n) => n + 1);
  };

  const errorFor = (path: string): string | null => errors.find((e) => e.path === path)?.short ?? null;

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
    const mapped = formToPatientInput(form, t);
    if (!mapped.ok) {
      show(mapped.errors);
      return;
    }
    const input = { ...mapped.input, language };
    setSaving(true);
    try {
      const saved = patient ? await api.updatePatient({ id: patient.id, fields: input }) : await api.createPatient(input);
      const name = patientDisplayName(saved);
      rememberPatientName(saved.id, name);
      announce(editing ? t('form.savedChanges', { name }) : t('form.created', { name }), 'success');
      navigate({ name: 'patient', patientId: saved.id }, { force: true });
    } catch (caught) {
      setSaving(false);
      show([{ field: caught instanceof ApiError ? caught.field : null, message: errorText(t, caught) }]);
      announce(t('form.notSavedAnnounce'), 'error');
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
          <ScreenHeading focusOnMount={editing}>{patient ? t('form.editHeading', { name: patientDisplayName(patient) }) : t('form.newHeading')}</ScreenHeading>
          <p className="screen-subtitle">
            <Trans t={t} i18nKey="form.requiredNote" components={{ star: <span aria-hidden="true" />, hidden: <span className="visually-hidden" /> }} />
          </p>
        </div>
      </div>

      <form ref={formRef} className="form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-busy={saving}>
        {error ? (
          <ErrorBanner
            title={editing ? t('form.notSaved') : t('form.notCreated')}
            message={errors.length > 1 ? t('form.problems', { count: errors.length }) : error.text}
            list={errors.length > 1 ? errors.map((e) => e.text) : undefined}
            onGoToField={error.path ? () => document.getElementById(domIdFor(error.path as string))?.focus() : undefined}
          />
        ) : null}

        <Panel title={t('form.identity')}>
          <div className="form-grid">
            <Field id={id('lastName')} label={t('form.lastName')} required error={errorFor('lastName')}>
              {(c) => <input {...c} type="text" className="input" autoComplete="off" autoFocus={!editing} {...text('lastName')} />}
            </Field>
            <Field id={id('firstName')} label={t('form.firstName')} required error={errorFor('firstName')}>
              {(c) => <input {...c} type="text" className="input" autoComplete="off" {...text('firstName')} />}
            </Field>
            <Field id={id('dateOfBirth')} label={t('form.dateOfBirth')} required error={errorFor('dateOfBirth')}>
              {(c) => <input {...c} type="date" className="input" min="1900-01-01" max={today} {...text('dateOfBirth')} />}
            </Field>
            <SelectField
              id={id('sex')}
              label={t('form.sex')}
              required
              error={errorFor('sex')}
              value={form.sex}
              onChange={(sex) => setForm((f) => ({ ...f, sex }))}
              placeholder={{ label: t('form.choose'), disabled: true }}
              options={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
            />
            <Field id={id('language')} label={t('form.language')} hint={t('form.languageHint')} error={errorFor('language')}>
              {(c) => (
                <LanguageSelect {...c} unset={t('language.clinic')} value={language} onChange={setLanguage} />
              )}
            </Field>
          </div>
        </Panel>

        <Panel title={t('form.contact')}>
          <div className="form-grid">
            <Field id={id('phone')} label={t('form.phone')} error={errorFor('phone')}>
              {(c) => <input {...c} type="tel" className="input" autoComplete="off" {...text('phone')} />}
            </Field>
            <Field id={id('email')} label={t('form.email')} error={errorFor('email')}>
              {(c) => <input {...c} type="email" className="input" autoComplete="off" spellCheck={false} {...text('email')} />}
            </Field>
            <Field id={id('address')} label={t('form.address')} error={errorFor('address')} className="form-grid__wide">
              {(c) => <textarea {...c} className="input textarea" rows={2} {...text('address')} />}
            </Field>
          </div>
        </Panel>

        <Panel title={t('form.clinical')}>
          <div className="form-grid">
            <Field
              id={id('allergies')}
              label={t('form.allergies')}
              hint={t('form.allergiesHint')}
              error={errorFor('allergies')}
              className="form-grid__wide"
            >
              {(c) => <textarea {...c} className="input textarea" rows={2} {...text('allergies')} />}
            </Field>
            <Field id={id('medication')} label={t('form.medication')} hint={t('form.medicationHint')} error={errorFor('medication')} className="form-grid__wide">
              {(c) => <textarea {...c} className="input textarea" rows={2} {...text('medication')} />}
            </Field>
            <Field id={id('notes')} label={t('form.notes')} error={errorFor('notes')} className="form-grid__wide">
              {(c) => <textarea {...c} className="input textarea" rows={3} {...text('notes')} />}
            </Field>
          </div>
        </Panel>

        <ScreeningFieldset form={form} onChange={update} errorFor={errorFor} today={today} />

        <div className="form-actions">
          {leave.pending ? (
            <UnsavedChangesPrompt question={editing ? t('form.discardEdit') : t('form.discardNew')} onDiscard={leave.discard} onKeep={leave.keep} />
          ) : null}
          <button type="submit" className="button button--primary" disabled={saving} aria-keyshortcuts="Control+S">
            {saving ? t('common:saving') : editing ? t('form.saveChanges') : t('form.create')}
          </button>
          <button type="button" className="button" onClick={cancel}>
            {t('common:cancel')}
          </button>
          <span className="form-actions__hint">
            <Trans t={t} i18nKey="form.ctrlSSaves" components={{ kbd: <kbd className="kbd" /> }} />
          </span>
        </div>
      </form>
    </div>
  );
}
