import { useId, useState, type FormEvent } from 'react';
import type { BackupInfo, RestoreResult } from '../../shared/backups.ts';
import { api, ApiError } from '../api.ts';
import { refreshAccess } from '../access/accessStore.ts';
import { Badge } from '../components/Badge.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Loading } from '../components/Loading.tsx';
import { Modal } from '../components/Modal.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { backupPhotosText, backupProgressText, backupsSummary, formatBackupTime, formatBytes, restoredPhotosText } from './backupFormat.ts';
import { useBackupProgress } from './useBackupProgress.ts';

/** Minimum length of a backup passphrase (shared/backups.ts). */
const MIN_BACKUP_PASSPHRASE = 8;

/**
 * The backups of the records: list, back up now (optionally encrypted), restore. A backup passphrase is
 * never stored: it is asked when the backup is taken and again when it is restored. Automatic backups
 * stay unencrypted, in the owner-only backups folder beside the records.
 */
export function BackupsPanel({ keep, onRestored }: { keep: number; onRestored: () => void }) {
  const loaded = useLoad(() => api.listBackups({}), []);
  const [work, setWork] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error' | 'warning'; title: string; text: string } | null>(null);
  const progress = useBackupProgress(work !== null);

  const restored = async (result: RestoreResult, backup: BackupInfo) => {
    setRestoring(null);
    const photos = restoredPhotosText(result.photos);
    setOutcome({
      tone: result.photos && result.photos.problems.length > 0 ? 'warning' : 'success',
      title: `Restored the backup of ${formatBackupTime(backup.createdAt)}`,
      text: `${
        result.keptAside
          ? `The records as they were just before are kept aside as ${result.keptAside}, next to the database. MesoChart now shows the restored records.`
          : 'MesoChart now shows the restored records.'
      }${photos ? ` ${photos}` : ''}`,
    });
    announce('Backup restored', 'success');
    loaded.reload();
    onRestored();
    // The restored records have their own practitioners: if they do not know whoever is unlocked, the app locks.
    await refreshAccess('manual');
  };

  return (
    <section className="form-section settings__section" id="settings-backups" aria-labelledby="settings-backups-title" aria-busy={work !== null || undefined}>
      <div className="settings__section-head">
        <h2 className="form-section__title" id="settings-backups-title">
          Backups
        </h2>
      </div>
      <p className="form-section__intro">{loaded.state === 'ready' ? backupsSummary(loaded.value, keep) : 'Copies of the records, taken with SQLite’s backup.'}</p>

      <BackUpNow busy={work !== null} onStart={() => (setWork('Backing up the records…'), setOutcome(null))} onDone={(info, error) => {
        setWork(null);
        if (info) {
          const missing = info.photos?.missing.length ?? 0;
          setOutcome({
            tone: missing > 0 ? 'warning' : 'success',
            title: 'Backup taken',
            text: `${formatBackupTime(info.createdAt)} · ${formatBytes(info.bytes)}${info.encrypted ? ' · encrypted' : ''} · ${backupPhotosText(info)}${
              missing > 0 ? `. ${missing} photo${missing === 1 ? ' was' : 's were'} missing or damaged in the data folder and could not be backed up: ${info.photos!.missing.map((h) => `${h.slice(0, 12)}…`).join(', ')}.` : ''
            }`,
          });
          announce('Backup taken', 'success');
          loaded.reload();
        } else if (error) setOutcome({ tone: 'error', title: 'The backup failed', text: error });
      }} />

      {work ? <ProgressBar {...(progress ? backupProgressText(progress) : { label: work })} showLabel /> : null}
      {outcome ? (
        outcome.tone === 'error' ? (
          <ErrorBanner title={outcome.title} message={outcome.text} />
        ) : (
          <div className={`banner banner--${outcome.tone}`} role="status">
            <div className="banner__body">
              <p className="banner__title">{outcome.title}</p>
              <p className="banner__message">{outcome.text}</p>
            </div>
          </div>
        )
      ) : null}

      {loaded.state === 'loading' ? <Loading what="the backups" /> : null}
      {loaded.state === 'error' ? <ErrorBanner title="The backups could not be listed" message={loaded.error.message} onRetry={loaded.reload} /> : null}
      {loaded.state === 'ready' && loaded.value.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--backups">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Size</th>
                <th scope="col">Photos</th>
                <th scope="col">Protection</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.map((b) => (
                <tr key={b.file}>
                  <td>
                    <span className="cell-strong">{formatBackupTime(b.createdAt)}</span>
                    <span className="cell-sub mono">{b.file}</span>
                  </td>
                  <td>{formatBytes(b.bytes)}</td>
                  <td>{backupPhotosText(b)}</td>
                  <td>{b.encrypted ? <Badge tone="success">Encrypted</Badge> : <Badge tone="neutral">Not encrypted</Badge>}</td>
                  <td className="cell-actions">
                    <button type="button" className="button button--small" disabled={work !== null} onClick={() => (setOutcome(null), setRestoring(b))}>
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {restoring ? <RestoreDialog backup={restoring} onCancel={() => setRestoring(null)} onRestored={(r) => void restored(r, restoring)} /> : null}
    </section>
  );
}

function BackUpNow({ busy, onStart, onDone }: { busy: boolean; onStart: () => void; onDone: (info: BackupInfo | null, error: string | null) => void }) {
  const id = useId();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<{ field: 'passphrase' | 'confirm'; message: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (encrypt) {
      if (passphrase.length < MIN_BACKUP_PASSPHRASE) return setProblem({ field: 'passphrase', message: `Use at least ${MIN_BACKUP_PASSPHRASE} characters.` });
      if (confirm !== passphrase) return setProblem({ field: 'confirm', message: 'The two passphrases differ.' });
    }
    setProblem(null);
    onStart();
    try {
      const info = await api.createBackupNow(encrypt ? { passphrase } : {});
      setPassphrase('');
      setConfirm('');
      onDone(info, null);
    } catch (caught) {
      const err = caught as ApiError;
      if (err.field === 'passphrase') setProblem({ field: 'passphrase', message: err.message });
      onDone(null, err.message);
    }
  };

  return (
    <form className="backup-now" onSubmit={submit} noValidate>
      <div className="backup-now__row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} disabled={busy} />
          Encrypt this backup with a passphrase
        </label>
      </div>
      {encrypt ? (
        <div className="backup-now__passphrase">
          <p className="muted">
            AES-256-GCM with a key derived from the passphrase (scrypt). The passphrase is not stored anywhere: keep it safe, without it this backup cannot be
            restored.
          </p>
          <div className="form-grid">
            <Field id={`${id}-passphrase`} label="Backup passphrase" error={problem?.field === 'passphrase' ? problem.message : null}>
              {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
            </Field>
            <Field id={`${id}-confirm`} label="Passphrase again" error={problem?.field === 'confirm' ? problem.message : null}>
              {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
            </Field>
          </div>
        </div>
      ) : null}
    </form>
  );
}

function RestoreDialog({ backup, onCancel, onRestored }: { backup: BackupInfo; onCancel: () => void; onRestored: (result: RestoreResult) => void }) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const progress = useBackupProgress(busy);
  const when = formatBackupTime(backup.createdAt);

  const restore = async () => {
    if (busy) return;
    if (backup.encrypted && passphrase === '') return setError(new ApiError({ code: 'invalid-input', field: 'passphrase', message: 'Enter the passphrase this backup was encrypted with.' }));
    setBusy(true);
    setError(null);
    try {
      onRestored(await api.restoreBackup(backup.encrypted ? { file: backup.file, passphrase } : { file: backup.file }));
    } catch (caught) {
      setError(caught as ApiError);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={`Restore the backup of ${when}?`}
      tone="warning"
      onClose={busy ? null : onCancel}
      describedBy={`${id}-explain`}
      initialFocus={backup.encrypted ? 'input' : '.modal__footer .button'}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={() => void restore()} disabled={busy}>
            {busy ? 'Restoring…' : 'Restore this backup'}
          </button>
        </>
      }
    >
      <div className="restore" aria-busy={busy || undefined}>
        <div id={`${id}-explain`} className="restore__explain">
          <p>
            MesoChart will replace the records with this backup, after checking it. <strong>The current records file is kept aside</strong>, next to the database, so
            nothing is deleted: it can be brought back by hand.
          </p>
          <p>Anything recorded after {when} is not in the backup. Practitioner profiles and passphrases are those of the backup too.</p>
        </div>
        {backup.encrypted ? (
          <Field id={`${id}-passphrase`} label="Backup passphrase" error={error && error.field === 'passphrase' ? error.message : null}>
            {(c) => <input {...c} type="password" className="input" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} disabled={busy} />}
          </Field>
        ) : null}
        {error && error.field !== 'passphrase' ? (
          <p className="banner banner--error" role="alert">
            {error.message}
          </p>
        ) : null}
        {busy ? <ProgressBar {...(progress ? backupProgressText(progress) : { label: 'Checking and restoring the backup…' })} showLabel /> : null}
      </div>
    </Modal>
  );
}
