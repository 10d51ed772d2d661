import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { NEEDLES, needleLabel } from '../../shared/needles.ts';
import { TECHNIQUES, techniqueLabel } from '../../shared/techniques.ts';
import type { Settings } from '../../shared/settings.ts';
import { api, ApiError } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { announce } from '../status.ts';
import { fieldOfPath, formChanged, formFromSettings, patchFromForm, SETTINGS_FIELD_LABELS as L, type SettingsForm, type SettingsFormProblem } from './settingsForm.ts';

/** Clinic header (printed on PDFs), charting defaults, the allowed depth range, the lock, automatic backups. */
export function PreferencesForm({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const { t } = useTranslation(['clinical']);
  const id = useId();
  const [saved, setSaved] = useState(settings);
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [problems, setProblems] = useState<SettingsFormProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fid = (f: keyof SettingsForm) => `${id}-${f}`;
  const errorFor = (f: keyof SettingsForm) => problems.find((p) => p.field === f)?.message ?? null;
  const set = (f: keyof SettingsForm, value: string) => {
    setForm((prev) => ({ ...prev, [f]: value }));
    setProblems((prev) => prev.filter((p) => p.field !== f));
  };
  const changed = formChanged(form, saved);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const result = patchFromForm(form, saved);
    if (!result.ok) {
      setProblems(result.problems);
      document.getElementById(fid(result.problems[0]!.field))?.focus();
      return;
    }
    setBusy(true);
    try {
      const next = await api.updateSettings(result.patch);
      setSaved(next);
      setForm(formFromSettings(next));
      setProblems([]);
      announce('Settings saved', 'success');
      onSaved();
    } catch (caught) {
      const err = caught as ApiError;
      const field = fieldOfPath(err.field);
      if (field) {
        setProblems([{ field, message: err.message }]);
        document.getElementById(fid(field))?.focus();
      } else setFailure(err.message);
    } finally {
      setBusy(false);
    }
  };

  const text = (f: keyof SettingsForm, props: { hint?: string; wide?: boolean; autoComplete?: string } = {}) => (
    <Field id={fid(f)} label={L[f]} hint={props.hint} error={errorFor(f)} className={props.wide ? 'form-grid__wide' : undefined}>
      {(c) => <input {...c} type="text" className="input" autoComplete={props.autoComplete ?? 'off'} value={form[f]} onChange={(e) => set(f, e.target.value)} />}
    </Field>
  );
  const number = (f: keyof SettingsForm, unit: string, hint?: string) => (
    <Field id={fid(f)} label={L[f]} hint={hint} error={errorFor(f)}>
      {(c) => (
        <span className="input-unit">
          <input {...c} type="text" inputMode="decimal" className="input input--number" value={form[f]} onChange={(e) => set(f, e.target.value)} />
          <span className="input-unit__unit" aria-hidden="true">
            {unit}
          </span>
        </span>
      )}
    </Field>
  );

  return (
    <form className="form settings__section" id="settings-preferences" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      {failure ? <ErrorBanner title="The settings were not saved" message={failure} /> : null}
      <fieldset className="form-section">
        <legend className="form-section__title">Clinic header</legend>
        <p className="form-section__intro">Printed at the top of every session and course record.</p>
        <div className="form-grid">
          {text('clinicName', { wide: true, autoComplete: 'organization' })}
          {text('clinicAddress', { wide: true, autoComplete: 'street-address' })}
          {text('clinicPhone', { autoComplete: 'tel' })}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Charting defaults</legend>
        <p className="form-section__intro">What a new point or session starts with. Depths outside the allowed range are refused.</p>
        <div className="form-grid form-grid--4">
          {number('depthMm', 'mm')}
          <Field id={fid('needle')} label={L.needle} error={errorFor('needle')}>
            {(c) => (
              <select {...c} className="input select" value={form.needle} onChange={(e) => set('needle', e.target.value)}>
                {NEEDLES.map((n) => (
                  <option key={n.id} value={n.id}>
                    {needleLabel(t, n.id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fid('technique')} label={L.technique} error={errorFor('technique')} className="form-grid__span2">
            {(c) => (
              <select {...c} className="input select" value={form.technique} onChange={(e) => set('technique', e.target.value)}>
                {TECHNIQUES.map((x) => (
                  <option key={x.id} value={x.id}>
                    {techniqueLabel(t, x.id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {number('depthMin', 'mm')}
          {number('depthMax', 'mm', 'Mesotherapy: usually 4–6 mm.')}
        </div>
      </fieldset>

      <div className="settings__pair">
        <fieldset className="form-section">
          <legend className="form-section__title">Lock</legend>
          <p className="form-section__intro">MesoChart locks itself when nobody has used it for this long. Unsaved edits are saved first.</p>
          <div className="form-grid form-grid--1">{number('idleMinutes', 'minutes', 'From 1 to 240 minutes.')}</div>
        </fieldset>
        <fieldset className="form-section">
          <legend className="form-section__title">Automatic backups</legend>
          <p className="form-section__intro">Taken when MesoChart starts and then at this interval; the oldest beyond the count go first.</p>
          <div className="form-grid">
            {number('backupKeep', 'backups')}
            {number('backupIntervalHours', 'hours')}
          </div>
        </fieldset>
      </div>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || !changed}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
        <button type="button" className="button button--ghost" disabled={busy || !changed} onClick={() => (setForm(formFromSettings(saved)), setProblems([]))}>
          Discard changes
        </button>
        <span className="form-actions__hint">{changed ? 'Unsaved changes' : 'All settings saved'}</span>
      </div>
    </form>
  );
}
