import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/access.ts';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { languageForLocale, type Language } from '../../shared/i18n/languages.ts';
import { languageSchema } from '../../shared/i18n/languageSchemas.ts';
import { api, ApiError } from '../api.ts';
import { Field, FieldError, fieldErrorId } from '../components/Field.tsx';
import { NewPassphraseFields } from '../components/NewPassphraseFields.tsx';
import { errorText } from '../i18n/errorText.ts';
import { applyLocale, currentLanguage } from '../i18n/locale.ts';
import { AccessFrame } from './AccessFrame.tsx';
import { applyAccess } from './accessStore.ts';
import { firstRunFieldOf, firstRunProblems, type FieldProblem } from './accessState.ts';
import { Panel } from '../components/Panel.tsx';

/** The language the first-run screen offers first: the one it speaks (the settings', else the system's). */
function initialLanguage(): Language {
  const parsed = languageSchema.safeParse(currentLanguage());
  return parsed.success ? parsed.data : languageForLocale(navigator.language);
}

/**
 * No profile yet: the first practitioner chooses the language (the screen switches at once), gives the
 * clinic's name, address and phone (the header of every printed record; editable later in the
 * settings), names themselves and chooses a passphrase (twice). The language becomes the clinic's and
 * the profile's. Before Create, they are told that the records are sealed on this computer, that only the
 * recovery key shown next replaces a forgotten passphrase, and that with neither the records are lost;
 * they tick that they understood.
 */
export function FirstRunScreen() {
  const { t } = useTranslation(['access', 'settings', 'common']);
  const id = useId();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [clinic, setClinic] = useState({ name: '', address: '', phone: '' });
  const [displayName, setDisplayName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: FieldProblem['field']) => problems.find((p) => p.field === field)?.message ?? null;

  const choose = (next: Language) => {
    setLanguage(next);
    // Problems already shown are worded again in the new language at the next submit.
    setProblems([]);
    void applyLocale({ language: next });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = firstRunProblems(t, { clinicName: clinic.name, displayName, passphrase, confirm, understood });
    setProblems(found);
    setFailure(null);
    if (found.length > 0) {
      document.getElementById(`${id}-${found[0]!.field}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await applyAccess(await api.createFirstPractitioner({ displayName, passphrase, language, clinic }));
    } catch (caught) {
      const message = errorText(t, caught);
      const field = caught instanceof ApiError ? firstRunFieldOf(caught.field) : null;
      if (field) setProblems([{ field, message }]);
      else setFailure(message);
      setBusy(false);
    }
  };

  return (
    <AccessFrame wide title={t('firstRun.title')} message={t('firstRun.message')}>
      <form className="access__form" onSubmit={submit} aria-busy={busy || undefined} noValidate>
        {failure ? (
          <p className="banner banner--error" role="alert">
            {failure}
          </p>
        ) : null}
        <Field id={`${id}-language`} label={t('firstRun.language')} hint={t('firstRun.languageHint')}>
          {(c) => (
            <LanguageSelect {...c} value={language} onChange={choose} />
          )}
        </Field>
        <Panel title={t('firstRun.clinic')} intro={t('firstRun.clinicIntro')} className="access__group">
          <Field id={`${id}-clinicName`} label={t('settings:field.clinicName')} required error={errorFor('clinicName')}>
            {(c) => <input {...c} type="text" className="input" autoComplete="organization" autoFocus value={clinic.name} onChange={(e) => (setClinic({ ...clinic, name: e.target.value }), setProblems((found) => found.filter((p) => p.field !== 'clinicName')))} />}
          </Field>
          <Field id={`${id}-clinicAddress`} label={t('settings:field.clinicAddress')} error={errorFor('clinicAddress')}>
            {(c) => <textarea {...c} className="input textarea" rows={2} autoComplete="street-address" value={clinic.address} onChange={(e) => setClinic({ ...clinic, address: e.target.value })} />}
          </Field>
          <Field id={`${id}-clinicPhone`} label={t('settings:field.clinicPhone')} error={errorFor('clinicPhone')}>
            {(c) => <input {...c} type="tel" className="input" autoComplete="tel" value={clinic.phone} onChange={(e) => setClinic({ ...clinic, phone: e.target.value })} />}
          </Field>
        </Panel>
        <Panel title={t('firstRun.profile')} className="access__group">
          <Field id={`${id}-displayName`} label={t('firstRun.name')} required hint={t('firstRun.nameHint')} error={errorFor('displayName')}>
            {(c) => <input {...c} type="text" className="input" autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
          </Field>
          <NewPassphraseFields
            id={id}
            label={t('firstRun.passphrase')}
            hint={t('firstRun.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
            confirmLabel={t('firstRun.confirm')}
            passphrase={passphrase}
            confirm={confirm}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
            errors={{ passphrase: errorFor('passphrase'), confirm: errorFor('confirm') }}
            required
          />
        </Panel>
        <Panel title={t('firstRun.sealedTitle')} intro={t('firstRun.sealedText')} className="access__group access__sealed">
          <p className="access__sealed-loss">{t('firstRun.sealedLoss')}</p>
          <div className={errorFor('understood') ? 'field field--invalid' : 'field'}>
            <label className="checkbox access__understand">
              <input
                type="checkbox"
                id={`${id}-understood`}
                required
                checked={understood}
                aria-invalid={errorFor('understood') ? true : undefined}
                aria-describedby={errorFor('understood') ? fieldErrorId(`${id}-understood`) : undefined}
                onChange={(e) => (setUnderstood(e.target.checked), setProblems((found) => found.filter((p) => p.field !== 'understood')))}
              />
              <span>{t('firstRun.understand')}</span>
            </label>
            <FieldError id={`${id}-understood`} error={errorFor('understood')} />
          </div>
        </Panel>
        <button type="submit" className="button button--primary access__submit" disabled={busy}>
          {busy ? t('firstRun.creating') : t('firstRun.submit')}
        </button>
      </form>
    </AccessFrame>
  );
}
