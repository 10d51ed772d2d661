import { useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult } from '../../shared/backups.ts';
import { ApiError } from '../../shared/errors.ts';
import { api } from '../api.ts';
import { refreshAccess } from '../access/accessStore.ts';
import { Badge } from '../components/Badge.tsx';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { NewPassphraseFields } from '../components/NewPassphraseFields.tsx';
import { Loading } from '../components/Loading.tsx';
import { Modal } from '../components/Modal.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { OutcomeBanner } from '../components/OutcomeBanner.tsx';
import { Panel } from '../components/Panel.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { backupPhotosText, backupProgressText, backupsSummary, formatBackupTime, formatBytes, restoredPhotosText } from './backupFormat.ts';
import { useBackupProgress } from './useBackupProgress.ts';
import { DialogActions } from '../components/DialogActions.tsx';

/** Minimum length of a backup passphrase (shared/backups.ts). */
const MIN_BACKUP_PASSPHRASE = 8;

/** What happened last, as data, worded when shown (so that a change of language rewords it). */
type Outcome =
  | { kind: 'taken'; info: BackupInfo }
  | { kind: 'restored'; backup: BackupInfo; result: RestoreResult }
  | { kind: 'failed'; error: unknown };

/**
 * The backups of the records: list, back up now (optionally encrypted), restore. A backup passphrase is
 * never stored: it is asked when the backup is taken and again when it is restored. Automatic backups
 * stay unencrypted, in the owner-only backups folder beside the records.
 */
export function BackupsPanel({ keep, onRestored }: { keep: number; onRestored: () => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();
  const loaded = useLoad(() => api.listBackups({}), []);
  const [working, setWorking] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const progress = useBackupProgress(working);

  const restored = async (result: RestoreResult, backup: BackupInfo) => {
    setRestoring(null);
    setOutcome({ kind: 'restored', backup, result });
    announce(t('restore.done'), 'success');
    loaded.reload();
    onRestored();
    // The restored records have their own practitioners: if they do not know whoever is unlocked, the app locks.
    await refreshAccess('manual');
  };

  const shown = ((): { tone: 'success' | 'warning' | 'error'; title: string; text: string } | null => {
    if (!outcome) return null;
    if (outcome.kind === 'failed') return { tone: 'error', title: t('backups.failed'), text: errorText(t, outcome.error) };
    if (outcome.kind === 'taken') {
      const { info } = outcome;
      const missing = info.photos?.missing ?? [];
      const parts = [formatBackupTime(format, info.createdAt), formatBytes(t, format, info.bytes), ...(info.encrypted ? [t('backups.encryptedShort')] : []), backupPhotosText(t, format, info)];
      const missingText = missing.length > 0 ? t('backups.missingPhotos', { count: missing.length, number: format.integer(missing.length), hashes: missing.map((h) => `${h.slice(0, 12)}…`).join(', ') }) : '';
      return { tone: missing.length > 0 ? 'warning' : 'success', title: t('backups.taken'), text: `${parts.join(' · ')}${missingText ? `. ${missingText}` : ''}` };
    }
    const { result, backup } = outcome;
    const photos = restoredPhotosText(t, format, result.photos);
    const base = result.keptAside ? t('restore.keptAside', { file: result.keptAside }) : t('restore.showsRestored');
    return {
      tone: result.photos && result.photos.problems.length > 0 ? 'warning' : 'success',
      title: t('restore.restoredTitle', { when: formatBackupTime(format, backup.createdAt) }),
      text: photos ? `${base} ${photos}` : base,
    };
  })();

  return (
    <Panel
      id="settings-backups"
      className="settings__section"
      title={t('backups.title')}
      intro={loaded.state === 'ready' ? backupsSummary(t, format, loaded.value, keep) : t('backups.intro')}
      busy={working}
    >

      <BackUpNow
        busy={working}
        onStart={() => (setWorking(true), setOutcome(null))}
        onDone={(info, error) => {
          setWorking(false);
          if (info) {
            setOutcome({ kind: 'taken', info });
            announce(t('backups.taken'), 'success');
            loaded.reload();
          } else if (error !== undefined) setOutcome({ kind: 'failed', error });
        }}
      />

      {working ? <ProgressBar {...(progress ? backupProgressText(t, format, progress) : { label: t('progress.backupRecords') })} showLabel /> : null}
      {shown ? <OutcomeBanner tone={shown.tone} title={shown.title} message={shown.text} /> : null}

      {loaded.state === 'loading' ? <Loading text={t('backups.loading')} /> : null}
      {loaded.state === 'error' ? <ErrorBanner title={t('backups.listFailed')} message={errorText(t, loaded.error)} onRetry={loaded.reload} /> : null}
      {loaded.state === 'ready' && loaded.value.length > 0 ? (
        <DataTable
          className="table--backups"
          columns={[
            { label: t('backups.colTaken') },
            { label: t('backups.colSize') },
            { label: t('backups.colPhotos') },
            { label: t('backups.colProtection') },
            { label: t('backups.colActions'), hidden: true },
          ]}
        >
          {loaded.value.map((b) => (
            <tr key={b.file}>
              <td>
                <span className="cell-strong">{formatBackupTime(format, b.createdAt)}</span>
                {b.kind === 'manual' ? (
                  <>
                    {' '}
                    <Badge tone="muted" title={t('backups.manualTitle')}>
                      {t('backups.manual')}
                    </Badge>
                  </>
                ) : null}
                <span className="cell-sub mono">{b.file}</span>
              </td>
              <td>{formatBytes(t, format, b.bytes)}</td>
              <td>{backupPhotosText(t, format, b)}</td>
              <td>{b.encrypted ? <Badge tone="success">{t('backups.encrypted')}</Badge> : <Badge tone="neutral">{t('backups.notEncrypted')}</Badge>}</td>
              <td className="cell-actions">
                <button type="button" className="button button--small" disabled={working} onClick={() => (setOutcome(null), setRestoring(b))}>
                  {t('restore.open')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {restoring ? <RestoreDialog backup={restoring} onCancel={() => setRestoring(null)} onRestored={(r) => void restored(r, restoring)} /> : null}
    </Panel>
  );
}

function BackUpNow({ busy, onStart, onDone }: { busy: boolean; onStart: () => void; onDone: (info: BackupInfo | null, error?: unknown) => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const id = useId();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<{ field: 'passphrase' | 'confirm'; message: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (encrypt) {
      if (passphrase.length < MIN_BACKUP_PASSPHRASE) return setProblem({ field: 'passphrase', message: t('backups.passphraseShort', { count: MIN_BACKUP_PASSPHRASE }) });
      if (confirm !== passphrase) return setProblem({ field: 'confirm', message: t('backups.passphraseDiffer') });
    }
    setProblem(null);
    onStart();
    try {
      const info = await api.createBackupNow(encrypt ? { passphrase } : {});
      setPassphrase('');
      setConfirm('');
      onDone(info);
    } catch (caught) {
      if (caught instanceof ApiError && caught.field === 'passphrase') setProblem({ field: 'passphrase', message: errorText(t, caught) });
      onDone(null, caught);
    }
  };

  return (
    <form className="backup-now" onSubmit={submit} noValidate>
      <div className="backup-now__row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('backups.backingUp') : t('backups.now')}
        </button>
        <CheckboxField label={t('backups.encrypt')} checked={encrypt} onChange={setEncrypt} disabled={busy} />
      </div>
      {encrypt ? (
        <div className="inset backup-now__passphrase">
          <p className="muted">{t('backups.encryptExplain')}</p>
          <div className="form-grid">
            <NewPassphraseFields
              id={id}
              label={t('backups.passphrase')}
              confirmLabel={t('backups.passphraseAgain')}
              passphrase={passphrase}
              confirm={confirm}
              onPassphrase={setPassphrase}
              onConfirm={setConfirm}
              errors={{ passphrase: problem?.field === 'passphrase' ? problem.message : null, confirm: problem?.field === 'confirm' ? problem.message : null }}
            />
          </div>
        </div>
      ) : null}
    </form>
  );
}

function RestoreDialog({ backup, onCancel, onRestored }: { backup: BackupInfo; onCancel: () => void; onRestored: (result: RestoreResult) => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const progress = useBackupProgress(busy);
  const when = formatBackupTime(format, backup.createdAt);
  // A sealed backup opens with a passphrase of its day (or its recovery key): whoever restores proves it.
  const asksSecret = backup.encrypted || backup.sealed;

  const restore = async () => {
    if (busy) return;
    if (asksSecret && passphrase === '') return setError({ field: 'passphrase', message: backup.sealed ? t('restore.sealedPassphraseNeeded', { when }) : t('restore.passphraseNeeded') });
    setBusy(true);
    setError(null);
    try {
      onRestored(await api.restoreBackup(asksSecret ? { file: backup.file, passphrase } : { file: backup.file }));
    } catch (caught) {
      setError({ field: caught instanceof ApiError ? caught.field : null, message: errorText(t, caught) });
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('restore.title', { when })}
      tone="warning"
      onClose={busy ? null : onCancel}
      describedBy={`${id}-explain`}
      initialFocus={asksSecret ? 'input' : '.modal__footer .button'}
      footer={
        <DialogActions onCancel={onCancel} busy={busy} action={{ label: busy ? t('restore.restoring') : t('restore.confirm'), onClick: () => void restore(), tone: 'danger' }} />
      }
    >
      <div className="restore" aria-busy={busy || undefined}>
        <div id={`${id}-explain`} className="restore__explain">
          <p>
            <Trans t={t} i18nKey="restore.explain" components={{ strong: <strong /> }} />
          </p>
          <p>{t('restore.after', { when })}</p>
        </div>
        {asksSecret ? (
          <Field id={`${id}-passphrase`} label={backup.sealed ? t('restore.sealedPassphrase') : t('backups.passphrase')} error={error && error.field === 'passphrase' ? error.message : null}>
            {(c) => <input {...c} type="password" className="input" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} disabled={busy} />}
          </Field>
        ) : null}
        {error && error.field !== 'passphrase' ? (
          <p className="banner banner--error" role="alert">
            {error.message}
          </p>
        ) : null}
        {busy ? <ProgressBar {...(progress ? backupProgressText(t, format, progress) : { label: t('restore.checking') })} showLabel /> : null}
      </div>
    </Modal>
  );
}
