import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PractitionerSummary } from '../../shared/access.ts';
import { api, ApiError } from '../api.ts';
import { Field, FieldError, fieldErrorId } from '../components/Field.tsx';
import { errorText } from '../i18n/errorText.ts';
import { AccessFrame } from './AccessFrame.tsx';
import { applyAccess, lastPractitioner } from './accessStore.ts';
import { defaultProfileChoice, lockMessage, type LockReason } from './accessState.ts';
import { RecoverWithKeyForm } from './RecoverWithKeyForm.tsx';

type Props = { practitioners: PractitionerSummary[]; reason: LockReason; idleMinutes: number };

/**
 * Choose a profile, enter its passphrase, unlock. A wrong passphrase is answered after a pause that grows
 * with each wrong try in a row (the main process sets it), and says so. "Forgot your passphrase?" turns
 * the card into the recovery key's form for the profile chosen (RecoverWithKeyForm.tsx).
 */
export function LockScreen({ practitioners, reason, idleMinutes }: Props) {
  const { t } = useTranslation(['access', 'common']);
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(() => defaultProfileChoice(practitioners, lastPractitioner()));
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<{ field: 'passphrase' | 'practitioner'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [recovering, setRecovering] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const enabled = practitioners.filter((p) => !p.disabled);
  const chosenProfile = enabled.find((p) => p.id === chosen) ?? null;

  const forgot = () => {
    if (!chosenProfile) return setError({ field: 'practitioner', message: t('lock.chooseProfile') });
    setError(null);
    setRecovering(true);
  };

  if (recovering && chosenProfile) {
    return (
      <AccessFrame wide title={t('recover.title')} message={t('recover.message', { name: chosenProfile.displayName })}>
        {/* Back: the passphrase field takes the focus again (autoFocus, on mounting). */}
        <RecoverWithKeyForm practitioner={chosenProfile} onBack={() => setRecovering(false)} />
      </AccessFrame>
    );
  }

  const unlock = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!chosen) return setError({ field: 'practitioner', message: t('lock.chooseProfile') });
    if (passphrase === '') {
      setError({ field: 'passphrase', message: t('lock.enterPassphrase') });
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await applyAccess(await api.unlock({ practitionerId: chosen, passphrase }));
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.field : null;
      setError({ field: field === 'practitionerId' ? 'practitioner' : 'passphrase', message: errorText(t, caught) });
      setPassphrase('');
      setBusy(false);
      queueMicrotask(() => input.current?.focus());
    }
  };

  return (
    <AccessFrame title={t('lock.title')} message={lockMessage(t, reason, idleMinutes)}>
      <form className="access__form" onSubmit={unlock} aria-busy={busy || undefined} noValidate>
        <fieldset className="access__profiles" aria-describedby={error?.field === 'practitioner' ? fieldErrorId(`${id}-practitioner`) : undefined}>
          <legend className="field__label">{t('lock.practitioner')}</legend>
          <div className="profile-list">
            {enabled.map((p) => (
              <label key={p.id} className={`profile${chosen === p.id ? ' profile--on' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-profile`}
                  className="profile__radio"
                  checked={chosen === p.id}
                  onChange={() => {
                    setChosen(p.id);
                    setError(null);
                    input.current?.focus();
                  }}
                />
                <span className="profile__avatar" aria-hidden="true">
                  {initials(p.displayName)}
                </span>
                <span className="profile__name">{p.displayName}</span>
              </label>
            ))}
          </div>
          <FieldError id={`${id}-practitioner`} error={error?.field === 'practitioner' ? error.message : null} />
        </fieldset>
        <Field id={`${id}-passphrase`} label={t('lock.passphrase')} error={error?.field === 'passphrase' ? error.message : null}>
          {(c) => (
            <input
              {...c}
              ref={input}
              type="password"
              className="input"
              autoComplete="current-password"
              autoFocus
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary access__submit" disabled={busy}>
          {busy ? t('lock.checking') : t('lock.unlock')}
        </button>
        <button type="button" className="button button--ghost access__aside" onClick={forgot} disabled={busy}>
          {t('lock.forgot')}
        </button>
      </form>
    </AccessFrame>
  );
}

/** "Dr Hélène Dubois" → "HD": titles are left out. */
export function initials(name: string): string {
  const words = name
    .split(/\s+/)
    .filter((w) => w && !/^(dr|prof|mr|mrs|ms)\.?$/i.test(w));
  const letters = (words.length > 1 ? [words[0]!, words[words.length - 1]!] : words).map((w) => Array.from(w)[0]?.toLocaleUpperCase() ?? '');
  return letters.join('') || '?';
}
