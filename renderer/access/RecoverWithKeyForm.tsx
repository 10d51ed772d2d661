import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, type PractitionerSummary } from '../../shared/access.ts';
import { normalizeRecoveryKey } from '../../shared/recoveryKey.ts';
import { api, ApiError } from '../api.ts';
import { Field } from '../components/Field.tsx';
import { NewPassphraseFields } from '../components/NewPassphraseFields.tsx';
import { errorText } from '../i18n/errorText.ts';
import { applyAccess } from './accessStore.ts';
import { newPassphraseProblems } from './accessState.ts';
import { recoveryKeyProblem, recoveryKeyProblemText, recoveryKeyProgress } from './recoveryKeyText.ts';

type Problem = { field: 'recoveryKey' | 'passphrase' | 'confirm'; message: string };

/** The field of the form a refusal of the main process names, or null (said above the form). */
function fieldOf(caught: unknown): Problem['field'] | null {
  if (!(caught instanceof ApiError)) return null;
  if (caught.field === 'recoveryKey') return 'recoveryKey';
  if (caught.field === 'next') return 'passphrase';
  return null;
}

/**
 * "Forgot your passphrase?": the records' recovery key opens them for the practitioner chosen on the lock
 * screen, who sets a new passphrase (the first run's rules) and is unlocked. The key is checked as it is
 * typed; a refusal is shown at the field it concerns, and nothing typed is cleared by it.
 */
export function RecoverWithKeyForm({ practitioner, onBack }: { practitioner: PractitionerSummary; onBack: () => void }) {
  const { t } = useTranslation(['access', 'common']);
  const id = useId();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: Problem['field']) => problems.find((p) => p.field === field)?.message ?? null;
  const progress = recoveryKeyProgress(recoveryKey);

  const typeKey = (typed: string) => {
    setRecoveryKey(typed);
    const problem = recoveryKeyProblem(typed, false);
    const others = problems.filter((p) => p.field !== 'recoveryKey');
    setProblems(problem ? [{ field: 'recoveryKey', message: recoveryKeyProblemText(t, problem) }, ...others] : others);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const keyProblem = recoveryKeyProblem(recoveryKey, true);
    const found: Problem[] = [
      ...(keyProblem ? [{ field: 'recoveryKey' as const, message: recoveryKeyProblemText(t, keyProblem) }] : []),
      ...newPassphraseProblems(t, { displayName: practitioner.displayName, passphrase, confirm }).flatMap((p) => (p.field === 'passphrase' || p.field === 'confirm' ? [{ field: p.field, message: p.message }] : [])),
    ];
    setProblems(found);
    setFailure(null);
    const key = normalizeRecoveryKey(recoveryKey);
    if (found.length > 0 || key === null) {
      document.getElementById(`${id}-${found[0]?.field ?? 'recoveryKey'}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await applyAccess(await api.recoverWithKey({ practitionerId: practitioner.id, recoveryKey: key, next: passphrase }));
    } catch (caught) {
      const field = fieldOf(caught);
      const wrongKey = field === 'recoveryKey' && caught instanceof ApiError && caught.code === 'invalid-input';
      const message = wrongKey ? t('recover.wrongKey') : errorText(t, caught);
      if (field) {
        setProblems([{ field, message }]);
        queueMicrotask(() => document.getElementById(`${id}-${field}`)?.focus());
      } else setFailure(message);
      setBusy(false);
    }
  };

  return (
    <form className="access__form" onSubmit={submit} aria-busy={busy || undefined} noValidate>
      {failure ? (
        <p className="banner banner--error" role="alert">
          {failure}
        </p>
      ) : null}
      <Field
        id={`${id}-recoveryKey`}
        label={t('recover.key')}
        required
        hint={t('recover.keyHint', { typed: progress.typed, count: progress.count })}
        error={errorFor('recoveryKey')}
      >
        {(c) => (
          <input
            {...c}
            type="text"
            className="input recovery-key__input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            autoFocus
            value={recoveryKey}
            onChange={(e) => typeKey(e.target.value)}
          />
        )}
      </Field>
      <NewPassphraseFields
        id={id}
        label={t('change.next')}
        hint={t('change.nextHint', { min: MIN_PASSPHRASE_LENGTH })}
        confirmLabel={t('change.confirm')}
        passphrase={passphrase}
        confirm={confirm}
        onPassphrase={setPassphrase}
        onConfirm={setConfirm}
        errors={{ passphrase: errorFor('passphrase'), confirm: errorFor('confirm') }}
        required
      />
      <button type="submit" className="button button--primary access__submit" disabled={busy}>
        {busy ? t('lock.checking') : t('recover.submit')}
      </button>
      <button type="button" className="button button--ghost access__aside" onClick={onBack} disabled={busy}>
        {t('recover.back')}
      </button>
    </form>
  );
}
