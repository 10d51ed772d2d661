import { Trans, useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { InjectionPoint } from '../../shared/point.ts';
import type { SessionFields } from '../../shared/session.ts';
import { Modal } from '../components/Modal.tsx';
import { useFormat } from '../i18n/locale.ts';
import { signSummary } from './signSummary.ts';
import { sessionInFutureError } from '../../shared/clinicDay.ts';
import { errorText } from '../i18n/errorText.ts';
import { viewLabel } from '../../shared/mapViews.ts';

type Props = {
  fields: SessionFields;
  points: readonly InjectionPoint[];
  /** Fields of the form showing an error: what they hold is not saved, so it would not be signed. */
  formErrors?: number;
  /** The allergies recorded in the patient's file and the session's screening (shared/allergyMatch.ts). */
  allergies?: readonly string[];
  /** Today in the clinic's time zone: a session dated after it cannot be signed. */
  today?: string | null;
  /** The patient's screening changed after this draft took its copy. */
  screeningChanged?: boolean;
  /** Saves what is pending, then signs; answers the refusal to show, or null when signed. */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
};

/** "Sign session": what is about to be signed, and what is amiss in it, before it becomes read-only. */
export function SignDialog({ fields, points, formErrors = 0, allergies = [], today = null, screeningChanged = false, onConfirm, onClose }: Props) {
  const { t } = useTranslation(['sessions', 'clinical', 'errors']);
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const summary = signSummary(t, format, fields, points, { allergies, today, screeningChanged });
  if (formErrors > 0) summary.warnings.unshift(t('sign.formErrors', { count: formErrors }));
  // Worded as the boundary's refusal is, so the dialog and the store say the same.
  const future = summary.future && today !== null ? errorText(t, sessionInFutureError(fields.date, today)) : null;
  // With something to check, the safe answer has the focus: Enter keeps editing, never signs.
  const cautious = summary.warnings.length > 0 || future !== null || summary.missingReasons.length > 0;
  // Disabled rather than refused after a click: what is missing is named here, and it is given in the cocktail.
  const blocked = future !== null || summary.missingReasons.length > 0;
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
      title={t('sign.title')}
      onClose={busy ? null : onClose}
      describedBy="sign-intro"
      initialFocus={cautious ? '.modal__footer .sign-dialog__keep' : '.modal__footer .button--primary'}
      footer={
        <>
          <button type="button" className="button sign-dialog__keep" onClick={onClose} disabled={busy}>
            {t('sign.keepEditing')}
          </button>
          <button type="button" className="button button--primary" onClick={confirm} disabled={busy || blocked} aria-describedby={future ? 'sign-future' : summary.missingReasons.length ? 'sign-reasons' : summary.warnings.length ? 'sign-warnings-title' : undefined}>
            {busy ? t('sign.signing') : summary.warnings.length ? t('sign.signDespite') : t('sign.sign')}
          </button>
        </>
      }
    >
      <p id="sign-intro">
        <Trans t={t} i18nKey="sign.intro" values={{ when: t('label', { date: format.date(fields.date), time: format.time(fields.time) }) }} components={{ strong: <strong /> }} />
      </p>
      <dl className="details">
        <dt>{t('sign.points')}</dt>
        <dd>
          <strong>{t('sign.pointCount', { count: summary.pointCount })}</strong>
          {summary.byView.length > 0 ? <span className="muted"> ({summary.byView.map((v) => t('sign.byView', { view: viewLabel(t, v.view), count: v.count })).join('; ')})</span> : null}
        </dd>
        <dt>{t('sign.cocktail')}</dt>
        <dd>
          {summary.products.length === 0 ? (
            <span className="muted">{t('sign.noProduct')}</span>
          ) : (
            <table className="mini-table">
              <caption className="visually-hidden">{t('sign.productsAndLots')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sign.product')}</th>
                  <th scope="col">{t('sign.lot')}</th>
                  <th scope="col">{t('sign.expiry')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.products.map((p, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {p.name}
                      {p.volumeMl !== null ? <span className="muted"> · {format.volume(p.volumeMl)}</span> : null}
                      {p.allergies.length > 0 ? <span className="flag-text flag-text--allergy"> {t('sign.allergy')}</span> : null}
                    </th>
                    <td>{p.lot || <span className="flag-text">{t('sign.missing')}</span>}</td>
                    <td>
                      {p.expiry ? format.date(p.expiry) : <span className="flag-text">{t('sign.missing')}</span>}
                      {p.expired ? <span className="flag-text flag-text--expired"> {t('sign.expired')}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </dd>
      </dl>
      {future ? (
        <div className="banner banner--error" role="alert">
          <div className="banner__body">
            <p className="banner__title">{t('sign.cannotSignYet')}</p>
            <p className="banner__message" id="sign-future">
              {future}
            </p>
          </div>
        </div>
      ) : null}
      {summary.missingReasons.length > 0 ? (
        <div className="banner banner--error" role="alert">
          <div className="banner__body">
            <p className="banner__title">{t('sign.cannotSignYet')}</p>
            <ul className="banner__list" id="sign-reasons">
              {summary.missingReasons.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {summary.warnings.length > 0 ? (
        <div className="banner banner--warning" role="note">
          <div className="banner__body">
            <p className="banner__title" id="sign-warnings-title">
              <span aria-hidden="true">⚠ </span>
              {t('sign.toCheck', { count: summary.warnings.length })}
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
            <p className="banner__title">{t('sign.notSigned')}</p>
            <p className="banner__message">{error}</p>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
