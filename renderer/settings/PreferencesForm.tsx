import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/errors.ts';
import { systemTimeZone } from '../../shared/format/formatter.ts';
import { countryOptions } from '../../shared/countries.ts';
import { LANGUAGE_AUTONYM, LANGUAGES, languageForLocale, PSEUDO_LANGUAGE } from '../../shared/i18n/languages.ts';
import { needleCatalogue, needleChoices, needleLabel } from '../../shared/needles.ts';
import { FULL_DEPTH_RANGE } from '../../shared/depth.ts';
import { TECHNIQUES, techniqueLabel, techniquesOutside } from '../../shared/techniques.ts';
import type { Settings } from '../../shared/settings.ts';
import { api } from '../api.ts';
import { currentAccessView } from '../access/accessStore.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Panel } from '../components/Panel.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { errorText } from '../i18n/errorText.ts';
import { applyLocale, screenTranslator, useLocale } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { fieldOfPath, formChanged, formFromSettings, parseNumber, patchFromForm, SETTINGS_FIELD_LABEL_KEYS as L, type SettingsForm, type SettingsFormProblem, type SettingsTextField } from './settingsForm.ts';

/** Every IANA time zone this system knows, for the clinic's time zone. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return current && !known.includes(current) ? [current, ...known] : known;
}

/**
 * Clinic header (printed on PDFs), the clinic's language and time zone, charting defaults, the allowed
 * depth range, the lock, automatic backups. A new language or time zone takes effect on the screens as
 * soon as it is saved (no restart), unless the unlocked practitioner's profile has a language of its own.
 */
export function PreferencesForm({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const { t } = useTranslation(['settings', 'common', 'clinical']);
  const id = useId();
  const [saved, setSaved] = useState(settings);
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [problems, setProblems] = useState<SettingsFormProblem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZones(form.timeZone), [form.timeZone]);
  const screenLanguage = useLocale((s) => s.language);
  const countries = useMemo(() => countryOptions(screenLanguage), [screenLanguage]);
  const access = currentAccessView();
  const ownLanguage = access.phase === 'unlocked' ? access.current.language : null;
  const fid = (f: keyof SettingsForm) => `${id}-${f}`;
  const errorFor = (f: keyof SettingsForm) => {
    const problem = problems.find((p) => p.field === f);
    return problem ? errorText(t, problem.error) : null;
  };
  const set = <F extends keyof SettingsForm>(f: F, value: SettingsForm[F]) => {
    setForm((prev) => ({ ...prev, [f]: value }));
    setProblems((prev) => prev.filter((p) => p.field !== f));
  };
  const changed = formChanged(form, saved);
  // The catalogue as last loaded (the needle panel beside this form may have changed it since this form opened).
  const needles = needleCatalogue(settings.needles);
  // Which techniques the range being edited leaves out at their usual depth (the full scale leaves none).
  const formRange = { min: parseNumber(form.depthMin), max: parseNumber(form.depthMax) };
  const leftOut = Number.isFinite(formRange.min) && Number.isFinite(formRange.max) ? techniquesOutside(formRange) : [];

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
      // The screens follow at once: the clinic's language (unless the practitioner has their own) and time zone.
      await applyLocale({ ...(next.language && !ownLanguage ? { language: next.language } : {}), timeZone: next.timeZone ?? null });
      // Worded by the screens' translator as it is now (this render's t may still speak the language before).
      announce(screenTranslator().t('settings:prefs.saved'), 'success');
      onSaved();
    } catch (caught) {
      const field = caught instanceof ApiError ? fieldOfPath(caught.field) : null;
      if (field && caught instanceof ApiError) {
        setProblems([{ field, error: caught }]);
        document.getElementById(fid(field))?.focus();
      } else setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const text = (f: SettingsTextField, props: { hint?: string; wide?: boolean; autoComplete?: string } = {}) => (
    <Field id={fid(f)} label={t(L[f])} hint={props.hint} error={errorFor(f)} className={props.wide ? 'form-grid__wide' : undefined}>
      {(c) => <input {...c} type="text" className="input" autoComplete={props.autoComplete ?? 'off'} value={form[f]} onChange={(e) => set(f, e.target.value)} />}
    </Field>
  );
  const number = (f: SettingsTextField, unit: string, hint?: string) => (
    <Field id={fid(f)} label={t(L[f])} hint={hint} error={errorFor(f)}>
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
      {failure ? <ErrorBanner title={t('prefs.failed')} message={errorText(t, failure)} /> : null}
      <Panel title={t('prefs.clinic')} intro={t('prefs.clinicIntro')}>
        <div className="form-grid">
          {text('clinicName', { wide: true, autoComplete: 'organization' })}
          {text('clinicAddress', { wide: true, autoComplete: 'street-address' })}
          {text('clinicPhone', { autoComplete: 'tel' })}
        </div>
      </Panel>

      <Panel title={t('prefs.locale')} intro={t('prefs.localeIntro')}>
        <div className="form-grid">
          <SelectField
            id={fid('language')}
            label={t(L.language)}
            hint={ownLanguage ? t('prefs.ownLanguage', { language: LANGUAGE_AUTONYM[ownLanguage] }) : undefined}
            error={errorFor('language')}
            value={form.language}
            onChange={(language) => set('language', language)}
            placeholder={form.language === '' ? { label: t('prefs.systemLanguage', { language: LANGUAGE_AUTONYM[languageForLocale(navigator.language)] }) } : undefined}
            options={[
              ...LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_AUTONYM[l], lang: l })),
              ...(form.language === PSEUDO_LANGUAGE || saved.language === PSEUDO_LANGUAGE ? [{ value: PSEUDO_LANGUAGE, label: t('prefs.pseudoLanguage') }] : []),
            ]}
          />
          <SelectField
            id={fid('timeZone')}
            label={t(L.timeZone)}
            hint={t('prefs.timeZoneHint')}
            error={errorFor('timeZone')}
            value={form.timeZone}
            onChange={(zone) => set('timeZone', zone)}
            placeholder={{ label: t('prefs.systemTimeZone', { zone: systemTimeZone() }) }}
            options={zones.map((z) => ({ value: z, label: z.replaceAll('_', ' ') }))}
          />
          <SelectField
            id={fid('country')}
            label={t(L.country)}
            hint={t('prefs.countryHint')}
            error={errorFor('country')}
            value={form.country}
            onChange={(country) => set('country', country)}
            placeholder={{ label: t('prefs.noCountry') }}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
          />
        </div>
      </Panel>

      <Panel title={t('prefs.charting')} intro={t('prefs.chartingIntro')}>
        <div className="form-grid form-grid--4">
          {number('depthMm', t('prefs.unitMm'))}
          <Field id={fid('needle')} label={t(L.needle)} error={errorFor('needle')}>
            {(c) => (
              <select {...c} className="input select" value={form.needle} onChange={(e) => set('needle', e.target.value)}>
                {needleChoices(needles, form.needle).map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.retired ? t('clinical:needle.retired', { needle: needleLabel(t, n.id, needles) }) : needleLabel(t, n.id, needles)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fid('technique')} label={t(L.technique)} error={errorFor('technique')} className="form-grid__span2">
            {(c) => (
              <select {...c} className="input select" value={form.technique} onChange={(e) => set('technique', e.target.value)}>
                {TECHNIQUES.map((tech) => (
                  <option key={tech.id} value={tech.id}>
                    {techniqueLabel(t, tech.id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {number('depthMin', t('prefs.unitMm'))}
          {number('depthMax', t('prefs.unitMm'), t('prefs.depthHint'))}
        </div>
        <div className="settings__depth-scale" data-testid="depth-scale">
          <p className="form-section__intro">
            {t('prefs.fullRangeIntro')}{' '}
            {leftOut.length > 0 ? t('prefs.outsideRange', { techniques: leftOut.map((x) => techniqueLabel(t, x)).join(', ') }) : t('prefs.insideRange')}
          </p>
          <button
            type="button"
            className="button button--ghost"
            disabled={formRange.min === FULL_DEPTH_RANGE.min && formRange.max === FULL_DEPTH_RANGE.max}
            onClick={() => setForm((prev) => ({ ...prev, depthMin: String(FULL_DEPTH_RANGE.min), depthMax: String(FULL_DEPTH_RANGE.max) }))}
          >
            {t('prefs.fullRange')}
          </button>
        </div>
      </Panel>

      <Panel title={t('prefs.signatures')} intro={t('prefs.signaturesIntro')}>
        <CheckboxField label={t(L.allowTypedSignature)} checked={form.allowTypedSignature} onChange={(allowed) => set('allowTypedSignature', allowed)} />
      </Panel>

      <div className="settings__pair">
        <Panel title={t('prefs.lock')} intro={t('prefs.lockIntro')}>
          <div className="form-grid form-grid--1">{number('idleMinutes', t('prefs.unitMinutes'), t('prefs.idleHint'))}</div>
        </Panel>
        <Panel title={t('prefs.backups')} intro={t('prefs.backupsIntro')}>
          <div className="form-grid">
            {number('backupKeep', t('prefs.unitBackups'))}
            {number('backupIntervalHours', t('prefs.unitHours'))}
          </div>
        </Panel>
      </div>

      <Panel title={t('prefs.stock')} intro={t('prefs.stockIntro')}>
        <div className="form-grid">
          {number('stockExpiryWarningDays', t('prefs.unitDays'), t('prefs.stockExpiryHint'))}
          {number('stockLowUnits', t('prefs.unitUnits'), t('prefs.stockLowHint'))}
        </div>
      </Panel>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || !changed}>
          {busy ? t('common:saving') : t('prefs.save')}
        </button>
        <button type="button" className="button button--ghost" disabled={busy || !changed} onClick={() => (setForm(formFromSettings(saved)), setProblems([]))}>
          {t('prefs.discard')}
        </button>
        <span className="form-actions__hint">{changed ? t('prefs.unsaved') : t('prefs.allSaved')}</span>
      </div>
    </form>
  );
}
