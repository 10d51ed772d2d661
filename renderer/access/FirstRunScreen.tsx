import { useId, useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/access.ts';
import { api, ApiError } from '../api.ts';
import { Field } from '../components/Field.tsx';
import { AccessFrame } from './AccessFrame.tsx';
import { applyAccess } from './accessStore.ts';
import { newPassphraseProblems, type FieldProblem } from './accessState.ts';

/** No profile yet: the first practitioner names themselves and chooses a passphrase (twice). */
export function FirstRunScreen() {
  const id = useId();
  const [displayName, setDisplayName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: FieldProblem['field']) => problems.find((p) => p.field === field)?.message ?? null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = newPassphraseProblems({ displayName, passphrase, confirm });
    setProblems(found);
    setFailure(null);
    if (found.length > 0) {
      document.getElementById(`${id}-${found[0]!.field}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      applyAccess(await api.createFirstPractitioner({ displayName, passphrase }));
    } catch (caught) {
      const err = caught as ApiError;
      if (err.field === 'displayName' || err.field === 'passphrase') setProblems([{ field: err.field, message: err.message }]);
      else setFailure(err.message);
      setBusy(false);
    }
  };

  return (
    <AccessFrame
      wide
      title="Create the first practitioner profile"
      message="MesoChart opens only behind a practitioner’s passphrase. Every session, signature, amendment and audit entry will carry this name."
    >
      <form className="access__form" onSubmit={submit} aria-busy={busy || undefined} noValidate>
        {failure ? (
          <p className="banner banner--error" role="alert">
            {failure}
          </p>
        ) : null}
        <Field id={`${id}-displayName`} label="Name" required hint="As it should appear on records, e.g. “Dr Hélène Dubois”." error={errorFor('displayName')}>
          {(c) => <input {...c} type="text" className="input" autoComplete="name" autoFocus value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
        </Field>
        <Field
          id={`${id}-passphrase`}
          label="Passphrase"
          required
          hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. It cannot be recovered: another practitioner can add a new profile, but nobody can read yours.`}
          error={errorFor('passphrase')}
        >
          {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
        </Field>
        <Field id={`${id}-confirm`} label="Passphrase again" required error={errorFor('confirm')}>
          {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
        </Field>
        <button type="submit" className="button button--primary access__submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create profile and open MesoChart'}
        </button>
      </form>
    </AccessFrame>
  );
}
