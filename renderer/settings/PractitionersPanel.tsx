import { useId, useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/access.ts';
import { api, ApiError } from '../api.ts';
import { newPassphraseProblems, type FieldProblem } from '../access/accessState.ts';
import { updateUnlockedView, useAccessView } from '../access/accessStore.ts';
import { Badge } from '../components/Badge.tsx';
import { Field } from '../components/Field.tsx';
import { formatDate } from '../format.ts';
import { announce } from '../status.ts';

/** Who may unlock MesoChart: add a practitioner, change one's own passphrase, disable a profile. */
export function PractitionersPanel() {
  const access = useAccessView();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (access.phase !== 'unlocked') return null;
  const me = access.current;

  const refresh = async () => updateUnlockedView(await api.listPractitioners({}));
  const toggle = async (id: string, disabled: boolean) => {
    setBusyId(id);
    setFailure(null);
    try {
      const p = await api.setPractitionerDisabled({ id, disabled });
      announce(`${p.displayName} ${disabled ? 'disabled' : 'enabled'}`, 'success');
      await refresh();
    } catch (caught) {
      setFailure((caught as ApiError).message);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="form-section settings__section" id="settings-practitioners" aria-labelledby="settings-practitioners-title">
      <h2 className="form-section__title" id="settings-practitioners-title">
        Practitioners
      </h2>
      <p className="form-section__intro">
        Each practitioner unlocks MesoChart with their own passphrase; sessions, signatures, amendments and the audit trail carry their name. Passphrases are
        kept only as slow salted hashes: nobody can read one back, so a forgotten passphrase cannot be recovered.
      </p>
      {failure ? (
        <p className="banner banner--error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="table table--practitioners">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Profile since</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {access.practitioners.map((p) => (
              <tr key={p.id} className={p.disabled ? 'row--archived' : undefined}>
                <td>
                  <strong>{p.displayName}</strong>
                  {p.id === me.id ? <span className="muted"> (you)</span> : null}
                </td>
                <td>{formatDate(p.createdAt.slice(0, 10))}</td>
                <td>{p.disabled ? <Badge tone="muted">Disabled</Badge> : <Badge tone="success">Active</Badge>}</td>
                <td className="cell-actions">
                  {p.id === me.id ? null : (
                    <button type="button" className="button button--ghost button--small" disabled={busyId !== null} onClick={() => void toggle(p.id, !p.disabled)}>
                      {p.disabled ? 'Enable' : 'Disable'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="settings__pair">
        <AddPractitionerForm onAdded={refresh} />
        <ChangePassphraseForm name={me.displayName} />
      </div>
    </section>
  );
}

function AddPractitionerForm({ onAdded }: { onAdded: () => Promise<void> }) {
  const id = useId();
  const [displayName, setDisplayName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const errorFor = (f: FieldProblem['field']) => problems.find((p) => p.field === f)?.message ?? null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const found = newPassphraseProblems({ displayName, passphrase, confirm });
    setProblems(found);
    if (found.length > 0) return document.getElementById(`${id}-${found[0]!.field}`)?.focus();
    setBusy(true);
    try {
      const added = await api.addPractitioner({ displayName, passphrase });
      setDisplayName('');
      setPassphrase('');
      setConfirm('');
      setDone(`${added.displayName} can now unlock MesoChart with the passphrase you chose together.`);
      announce(`Practitioner ${added.displayName} added`, 'success');
      await onAdded();
    } catch (caught) {
      const err = caught as ApiError;
      setProblems([{ field: err.field === 'passphrase' ? 'passphrase' : 'displayName', message: err.message }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="subform" onSubmit={submit} noValidate aria-busy={busy || undefined} aria-labelledby={`${id}-title`}>
      <h3 className="subform__title" id={`${id}-title`}>
        Add a practitioner
      </h3>
      <Field id={`${id}-displayName`} label="Name" error={errorFor('displayName')}>
        {(c) => <input {...c} type="text" className="input" autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
      </Field>
      <Field id={`${id}-passphrase`} label="Their passphrase" hint={`At least ${MIN_PASSPHRASE_LENGTH} characters, typed by them.`} error={errorFor('passphrase')}>
        {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
      </Field>
      <Field id={`${id}-confirm`} label="Passphrase again" error={errorFor('confirm')}>
        {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
      </Field>
      {done ? (
        <p className="banner banner--success" role="status">
          {done}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Adding…' : 'Add practitioner'}
        </button>
      </div>
    </form>
  );
}

function ChangePassphraseForm({ name }: { name: string }) {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<(FieldProblem | { field: 'current'; message: string })[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errorFor = (f: string) => problems.find((p) => p.field === f)?.message ?? null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const found: typeof problems = [...(current === '' ? [{ field: 'current' as const, message: 'Enter your current passphrase.' }] : []), ...newPassphraseProblems({ passphrase, confirm })];
    setProblems(found);
    if (found.length > 0) return document.getElementById(`${id}-${found[0]!.field}`)?.focus();
    setBusy(true);
    try {
      await api.changePassphrase({ current, next: passphrase });
      setCurrent('');
      setPassphrase('');
      setConfirm('');
      setDone(true);
      announce('Passphrase changed', 'success');
    } catch (caught) {
      const err = caught as ApiError;
      setProblems([{ field: err.field === 'next' ? 'passphrase' : 'current', message: err.message }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="subform" onSubmit={submit} noValidate aria-busy={busy || undefined} aria-labelledby={`${id}-title`}>
      <h3 className="subform__title" id={`${id}-title`}>
        Change my passphrase
      </h3>
      <p className="muted subform__intro">For {name}. The current passphrase is asked again, so nobody passing by can change it.</p>
      <Field id={`${id}-current`} label="Current passphrase" error={errorFor('current')}>
        {(c) => <input {...c} type="password" className="input" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
      </Field>
      <Field id={`${id}-passphrase`} label="New passphrase" hint={`At least ${MIN_PASSPHRASE_LENGTH} characters.`} error={errorFor('passphrase')}>
        {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
      </Field>
      <Field id={`${id}-confirm`} label="New passphrase again" error={errorFor('confirm')}>
        {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
      </Field>
      {done ? (
        <p className="banner banner--success" role="status">
          Your passphrase was changed. Use the new one from the next unlock.
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </div>
    </form>
  );
}
