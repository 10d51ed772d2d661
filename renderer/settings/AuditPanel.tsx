import { useState } from 'react';
import type { AuditVerification } from '../../shared/repository.ts';
import { api, ApiError } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { announce } from '../status.ts';

/** What a verification found, in words. */
export function verificationText(result: AuditVerification): { tone: 'success' | 'error'; title: string; text: string } {
  if (result.ok) {
    return {
      tone: 'success',
      title: 'The audit trail is intact',
      text: `${result.entries.toLocaleString('en')} ${result.entries === 1 ? 'entry' : 'entries'} checked: each one matches its hash and follows the one before it.`,
    };
  }
  return {
    tone: 'error',
    title: `The audit trail is broken at entry ${result.brokenAt}`,
    text: `${result.reason} ${result.entries.toLocaleString('en')} ${result.entries === 1 ? 'entry' : 'entries'} before it verified. Keep this computer as it is and restore a backup from before the change if needed.`,
  };
}

/** Recomputes the audit trail's hash chain, on request. */
export function AuditPanel() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReturnType<typeof verificationText> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const verify = async () => {
    setBusy(true);
    setResult(null);
    setFailure(null);
    try {
      const r = verificationText(await api.verifyAudit({}));
      setResult(r);
      announce(r.title, r.tone === 'success' ? 'success' : 'error');
    } catch (caught) {
      setFailure((caught as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-section settings__section" id="settings-audit" aria-labelledby="settings-audit-title" aria-busy={busy || undefined}>
      <h2 className="form-section__title" id="settings-audit-title">
        Audit trail
      </h2>
      <p className="form-section__intro">
        Every change, view, print and export of a record is written to the audit trail with the practitioner’s name. Each entry carries a hash of the one before
        it, so that an entry edited or removed afterwards is found.
      </p>
      <div>
        <button type="button" className="button" onClick={() => void verify()} disabled={busy}>
          {busy ? 'Verifying…' : 'Verify audit trail'}
        </button>
      </div>
      {busy ? <ProgressBar label="Verifying the audit trail…" showLabel /> : null}
      {failure ? <ErrorBanner title="The verification could not run" message={failure} /> : null}
      {result ? (
        <div className={`banner banner--${result.tone === 'success' ? 'success' : 'error'}`} role={result.tone === 'success' ? 'status' : 'alert'}>
          <div className="banner__body">
            <p className="banner__title">{result.title}</p>
            <p className="banner__message">{result.text}</p>
          </div>
        </div>
      ) : null}
    </section>
  );
}
