import type { Namespace, TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formatter } from '../../shared/format/formatter.ts';
import type { AuditCheck, AuditVerification, BackupAuditFinding } from '../../shared/audit.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { OutcomeBanner } from '../components/OutcomeBanner.tsx';
import { Panel } from '../components/Panel.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { announce } from '../status.ts';

/** What a verification found, in words. */
export function verificationText(t: TFunction<Namespace>, format: Formatter, result: AuditVerification): { tone: 'success' | 'error'; title: string; text: string } {
  if (result.ok) {
    return {
      tone: 'success',
      title: t('settings:audit.intact'),
      text: t('settings:audit.intactText', { count: result.entries, entries: format.integer(result.entries) }),
    };
  }
  return {
    tone: 'error',
    title: t('settings:audit.broken', { entry: format.integer(result.brokenAt) }),
    text: `${result.reason} ${t('settings:audit.brokenText', { count: result.entries, entries: format.integer(result.entries) })}`,
  };
}

/** One backup the chain no longer agrees with, in words: which backup, which entry, and a restore that explains it. */
export function findingText(t: TFunction<Namespace>, format: Formatter, finding: BackupAuditFinding): string {
  const params = { file: finding.file, date: format.instant(finding.createdAt), entry: format.integer(finding.head.entry), end: format.integer(finding.chainEnd), hash: finding.head.hash.slice(-8) };
  const found = finding.problem === 'missing' ? t('settings:audit.backups.missing', params) : t('settings:audit.backups.different', params);
  if (!finding.restoredSince) return found;
  return `${found} ${t('settings:audit.backups.restored', { date: format.instant(finding.restoredSince.at), entry: format.integer(finding.restoredSince.entry) })}`;
}

/**
 * What the comparison with the backups found: an error when a backup names entries the trail lacks and
 * no restore since explains it (entries removed from the newest end are found only this way).
 */
export function backupComparisonText(t: TFunction<Namespace>, format: Formatter, backups: AuditCheck['backups']): { tone: 'success' | 'warning' | 'error'; title: string; lines: string[] } {
  const title = t('settings:audit.backups.heading');
  if (backups.findings.length === 0) {
    return { tone: 'success', title, lines: [backups.checked === 0 ? t('settings:audit.backups.none') : t('settings:audit.backups.match', { count: backups.checked, number: format.integer(backups.checked) })] };
  }
  const unexplained = backups.findings.some((f) => f.restoredSince === null);
  return { tone: unexplained ? 'error' : 'warning', title: t('settings:audit.backups.mismatch'), lines: backups.findings.map((f) => findingText(t, format, f)) };
}

/** Recomputes the audit trail's hash chain, on request, and compares it with the backups found. */
export function AuditPanel() {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditCheck | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const verify = async () => {
    setBusy(true);
    setResult(null);
    setFailure(null);
    try {
      const verification = await api.verifyAudit({});
      setResult(verification);
      const r = verificationText(t, format, verification);
      const compared = backupComparisonText(t, format, verification.backups);
      // The worse of the two is what is said aloud.
      if (r.tone === 'error') announce(r.title, 'error');
      else if (compared.tone === 'error') announce(compared.title, 'error');
      else announce(r.title, 'success');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  // Worded at render, so that a change of language rewords what was found.
  const shown = result ? verificationText(t, format, result) : null;
  const compared = result ? backupComparisonText(t, format, result.backups) : null;
  return (
    <Panel id="settings-audit" className="settings__section" title={t('audit.title')} intro={t('audit.intro')} busy={busy}>
      <div>
        <button type="button" className="button" onClick={() => void verify()} disabled={busy}>
          {busy ? t('audit.verifying') : t('audit.verify')}
        </button>
      </div>
      {busy ? <ProgressBar label={t('audit.progress')} showLabel /> : null}
      {failure ? <ErrorBanner title={t('audit.failed')} message={errorText(t, failure)} /> : null}
      {shown ? <OutcomeBanner tone={shown.tone} title={shown.title} message={shown.text} /> : null}
      {compared ? <BackupComparison {...compared} /> : null}
    </Panel>
  );
}

/** The comparison with the backups: one line per backup that disagrees, or the one line saying none does. */
function BackupComparison({ tone, title, lines }: { tone: 'success' | 'warning' | 'error'; title: string; lines: string[] }) {
  if (lines.length === 1 && tone === 'success') return <OutcomeBanner tone="success" title={title} message={lines[0] ?? ''} />;
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid="audit-backup-findings">
      <div className="banner__body">
        <p className="banner__title">{title}</p>
        <ul className="banner__list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
