import { useRef, useState, type FormEvent } from 'react';
import type { ProductUse } from '../../shared/lotRecall.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { formatDate } from '../format.ts';
import { navigate, rememberPatientName, rememberSessionLabel } from '../navigation.ts';
import { fileNameOf } from '../records/exportProgress.ts';
import { sessionLabel } from '../sessions/sessionFormState.ts';
import { announce } from '../status.ts';
import { toApiError } from '../useLoad.ts';
import '../courses/courses.css';

type Search = { lot: string; product: string };
type Result = { query: Search; uses: ProductUse[] };

/**
 * Lot recall: every session that used a product lot (or a product), across all patients, as the
 * record reads now (lots set or corrected by amendments included): patient, date, session status,
 * product, lot and expiry; a row opens its session; the list exports as CSV.
 */
export function LotRecallPage() {
  const [form, setForm] = useState<Search>({ lot: '', product: '' });
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [csv, setCsv] = useState<{ state: 'idle' | 'saving' } | { state: 'saved'; file: string; rows: number } | { state: 'cancelled' } | { state: 'error'; message: string }>({ state: 'idle' });
  const lotRef = useRef<HTMLInputElement>(null);

  const search = async (e?: FormEvent) => {
    e?.preventDefault();
    const query = { lot: form.lot.trim(), product: form.product.trim() };
    if (!query.lot && !query.product) {
      setError('Enter a lot number or a product name.');
      lotRef.current?.focus();
      return;
    }
    setSearching(true);
    setError(null);
    setCsv({ state: 'idle' });
    try {
      const uses = await api.findSessionsByLot(query);
      setResult({ query, uses });
      announce(`${uses.length} ${uses.length === 1 ? 'session' : 'sessions'} found`, 'info');
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setSearching(false);
    }
  };

  const exportCsv = async () => {
    if (!result) return;
    setCsv({ state: 'saving' });
    try {
      const outcome = await api.exportLotRecallCsv({ ...result.query, save: true });
      if (outcome.path) {
        setCsv({ state: 'saved', file: fileNameOf(outcome.path), rows: outcome.rows });
        announce(`Recall list saved as ${fileNameOf(outcome.path)}`, 'success');
      } else setCsv({ state: 'cancelled' });
    } catch (caught) {
      setCsv({ state: 'error', message: toApiError(caught).message });
    }
  };

  const open = (u: ProductUse) => {
    rememberPatientName(u.patientId, `${u.patientLastName.toLocaleUpperCase()}, ${u.patientFirstName}`);
    rememberSessionLabel(u.sessionId, sessionLabel(u));
    navigate({ name: 'session', patientId: u.patientId, sessionId: u.sessionId });
  };

  const what = result ? [result.query.lot && `lot ${result.query.lot}`, result.query.product && `product “${result.query.product}”`].filter(Boolean).join(' and ') : '';
  const patients = result ? new Set(result.uses.map((u) => u.patientId)).size : 0;

  return (
    <div className="screen screen--recall">
      <div className="screen-header">
        <div>
          <ScreenHeading>Lot recall</ScreenHeading>
          <p className="screen-subtitle">Every session, across all patients, that used a product lot or a product, including lots corrected by amendments.</p>
        </div>
      </div>

      <form className="recall-form" role="search" aria-label="Find the sessions that used a lot" onSubmit={search} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="recall-lot">
            Lot number
          </label>
          <input ref={lotRef} id="recall-lot" className="input" type="text" autoComplete="off" spellCheck={false} value={form.lot} onChange={(e) => setForm((f) => ({ ...f, lot: e.target.value }))} aria-invalid={error && !form.lot && !form.product ? true : undefined} aria-describedby="recall-hint" />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="recall-product">
            Product name (or part of it)
          </label>
          <input id="recall-product" className="input" type="text" autoComplete="off" value={form.product} onChange={(e) => setForm((f) => ({ ...f, product: e.target.value }))} aria-describedby="recall-hint" />
        </div>
        <div className="recall-form__actions">
          <button type="submit" className="button button--primary" disabled={searching}>
            {searching ? 'Searching…' : 'Find sessions'}
          </button>
        </div>
        <p id="recall-hint" className="field__hint" style={{ gridColumn: '1 / -1', margin: 0 }}>
          A lot, a product, or both (both must match). The lot is matched exactly, ignoring case; the product by any part of its name.
        </p>
      </form>

      {error ? <ErrorBanner title="No search made" message={error} /> : null}

      {result === null ? (
        <EmptyState title="Search by lot or product">
          <p>The day a lot is recalled, enter its number to list every patient and session it touched, then export the list as CSV.</p>
        </EmptyState>
      ) : result.uses.length === 0 ? (
        <EmptyState title={`No session used ${what}`}>
          <p>Check the lot number on the manufacturer’s notice; a product search finds lots written differently.</p>
        </EmptyState>
      ) : (
        <section className="panel" aria-labelledby="recall-results">
          <div className="recall-summary">
            <h2 className="panel__title" id="recall-results">
              {result.uses.length} {result.uses.length === 1 ? 'use' : 'uses'} of {what}
              <span className="muted" style={{ fontWeight: 500, fontSize: '0.95rem' }}>
                · {patients} {patients === 1 ? 'patient' : 'patients'}
              </span>
            </h2>
            <div className="record-export">
              <button type="button" className="button" onClick={() => void exportCsv()} disabled={csv.state === 'saving'}>
                {csv.state === 'saving' ? 'Exporting…' : 'Export CSV…'}
              </button>
              <div aria-live="polite" className="record-export__live">
                {csv.state === 'saved' ? (
                  <div className="export-status export-status--success" data-testid="csv-saved">
                    <strong>Saved the recall list ({csv.rows} rows)</strong>
                    <span className="export-status__file">{csv.file}</span>
                  </div>
                ) : null}
                {csv.state === 'cancelled' ? <div className="export-status">Export cancelled: nothing was saved.</div> : null}
                {csv.state === 'error' ? (
                  <div className="export-status export-status--error" role="alert">
                    <strong>The list was not exported</strong>
                    <span>{csv.message}</span>
                  </div>
                ) : null}
              </div>
            </div>
          </div>
          <div className="table-wrap">
            <table className="table table--recall">
              <caption className="visually-hidden">Sessions that used {what}, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Patient</th>
                  <th scope="col">Session</th>
                  <th scope="col">Status</th>
                  <th scope="col">Product</th>
                  <th scope="col">Lot</th>
                  <th scope="col">Expiry</th>
                </tr>
              </thead>
              <tbody>
                {[...result.uses]
                  .sort((a, b) => b.date.localeCompare(a.date) || b.time.localeCompare(a.time))
                  .map((u) => (
                    <tr key={`${u.sessionId}:${u.productIndex}:${u.amendmentSeq ?? 0}`} onClick={() => open(u)}>
                      <th scope="row">
                        <button type="button" className="row-link" onClick={(e) => (e.stopPropagation(), open(u))}>
                          {u.patientLastName.toLocaleUpperCase()}, {u.patientFirstName}
                        </button>
                      </th>
                      <td>
                        {formatDate(u.date)}, {u.time}
                      </td>
                      <td>
                        <Badge tone={u.status === 'signed' ? 'success' : 'draft'}>{u.status === 'signed' ? 'Signed' : 'Draft'}</Badge>
                      </td>
                      <td>{u.productName}</td>
                      <td className="mono">
                        {u.lot}
                        {u.source === 'amendment' ? <span className="recall-note">set by amendment {u.amendmentSeq}</span> : null}
                        {u.correctedTo ? (
                          <span className="recall-note">
                            corrected to {u.correctedTo.lot}
                            {u.amendmentSeq !== null ? ` (amendment ${u.amendmentSeq})` : ''}
                          </span>
                        ) : null}
                      </td>
                      <td className={u.expiry && u.expiry < u.date ? 'expired' : undefined}>
                        {u.expiry ? formatDate(u.expiry) : '—'}
                        {u.expiry && u.expiry < u.date ? <span className="recall-note">expired when used</span> : null}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
