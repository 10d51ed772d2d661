import type { Namespace, TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formatter } from '../../shared/format/formatter.ts';
import type { AuditVerification } from '../../shared/audit.ts';
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

/** Recomputes the audit trail's hash chain, on request. */
export function AuditPanel() {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const verify = async () => {
    setBusy(true);
    setResult(null);
    setFailure(null);
    try {
      const verification = await api.verifyAudit({});
      setResult(verification);
      const r = verificationText(t, format, verification);
      announce(r.title, r.tone === 'success' ? 'success' : 'error');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  // Worded at render, so that a change of language rewords what was found.
  const shown = result ? verificationText(t, format, result) : null;
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
    </Panel>
  );
}
