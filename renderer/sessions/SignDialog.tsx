import { useState } from 'react';
import type { InjectionPoint } from '../../shared/point.ts';
import type { SessionFields } from '../../shared/session.ts';
import { Modal } from '../components/Modal.tsx';
import { formatDate, plural } from '../format.ts';
import { signSummary } from './signSummary.ts';

type Props = {
  fields: SessionFields;
  points: readonly InjectionPoint[];
  /** Fields of the form showing an error: what they hold is not saved, so it would not be signed. */
  formErrors?: number;
  /** Saves what is pending, then signs; answers the refusal to show, or null when signed. */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
};

/** "Sign session": what is about to be signed, and what is amiss in it, before it becomes read-only. */
export function SignDialog({ fields, points, formErrors = 0, onConfirm, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const summary = signSummary(fields, points);
  if (formErrors > 0) summary.warnings.unshift(`${formErrors === 1 ? 'A field of the form shows' : `${formErrors} fields of the form show`} an error: what is typed there is not saved and would not be signed.`);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const refusal = await onConfirm();
    if (refusal) {
      setBusy(false);
      setError(refusal);
    }
  };
  return (
    <Modal
      title="Sign this session?"
      onClose={busy ? null : onClose}
      describedBy="sign-intro"
      initialFocus=".modal__footer .button--primary"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Keep editing
          </button>
          <button type="button" className="button button--primary" onClick={confirm} disabled={busy} aria-describedby={summary.warnings.length ? 'sign-warnings-title' : undefined}>
            {busy ? 'Signing…' : summary.warnings.length ? 'Sign despite the warnings' : 'Sign session'}
          </button>
        </>
      }
    >
      <p id="sign-intro">
        Once signed, the session of <strong>{formatDate(fields.date)}, {fields.time}</strong> is read-only. Later corrections are recorded as amendments with a reason.
      </p>
      <dl className="summary">
        <dt>Injection points</dt>
        <dd>
          <strong>{plural(summary.pointCount, 'point')}</strong>
          {summary.byView.length > 0 ? <span className="muted"> ({summary.byView.map((v) => `${v.label}: ${v.count}`).join('; ')})</span> : null}
        </dd>
        <dt>Cocktail</dt>
        <dd>
          {summary.products.length === 0 ? (
            <span className="muted">No product recorded</span>
          ) : (
            <table className="mini-table">
              <caption className="visually-hidden">Products and lots</caption>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Lot</th>
                  <th scope="col">Expiry</th>
                </tr>
              </thead>
              <tbody>
                {summary.products.map((p, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {p.name}
                      {p.volumeMl !== null ? <span className="muted"> · {p.volumeMl} ml</span> : null}
                    </th>
                    <td>{p.lot || <span className="flag-text">Missing</span>}</td>
                    <td>
                      {p.expiry ? formatDate(p.expiry) : <span className="flag-text">Missing</span>}
                      {p.expired ? <span className="flag-text flag-text--expired"> Expired</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </dd>
      </dl>
      {summary.warnings.length > 0 ? (
        <div className="banner banner--warning" role="note">
          <div className="banner__body">
            <p className="banner__title" id="sign-warnings-title">
              <span aria-hidden="true">⚠ </span>
              {summary.warnings.length === 1 ? 'One thing to check before signing' : `${summary.warnings.length} things to check before signing`}
            </p>
            <ul className="banner__list">
              {summary.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {error ? (
        <div className="banner banner--error" role="alert">
          <div className="banner__body">
            <p className="banner__title">The session was not signed</p>
            <p className="banner__message">{error}</p>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
