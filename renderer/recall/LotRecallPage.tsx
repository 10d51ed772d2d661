import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/i18n/languages.ts';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import type { ProductUse } from '../../shared/lotRecall.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat, useLocale } from '../i18n/locale.ts';
import { navigate, rememberPatientName, rememberSessionLabel } from '../navigation.ts';
import { fileNameOf } from '../records/exportProgress.ts';
import { sessionLabel } from '../sessions/sessionFormState.ts';
import { announce } from '../status.ts';
import { OpenRecallDialog } from './RecallDialogs.tsx';
import '../courses/courses.css';

type Search = { lot: string; product: string };
type Result = { query: Search; uses: ProductUse[] };

/**
 * Lot recall: every session that used a product lot (or a product), across all patients, as the
 * record reads now (lots set or corrected by amendments included): patient, date, session status,
 * product, lot and expiry; a row opens its session; the list exports as CSV.
 */
export function LotRecallPage() {
  const { t } = useTranslation(['records', 'common']);
  const format = useFormat();
  const screenLanguage = useLocale((s) => s.language);
  // The CSV's language: the screen's by default (English under the pseudo-language), or another the practitioner picks.
  const [csvLanguage, setCsvLanguage] = useState<Language | null>(null);
  const csvIn: Language = csvLanguage ?? ((LANGUAGES as readonly string[]).includes(screenLanguage) ? (screenLanguage as Language) : 'en');
  const [form, setForm] = useState<Search>({ lot: '', product: '' });
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [csv, setCsv] = useState<{ state: 'idle' | 'saving' } | { state: 'saved'; file: string; rows: number } | { state: 'cancelled' } | { state: 'error'; message: string }>({ state: 'idle' });
  const lotRef = useRef<HTMLInputElement>(null);
  const [opening, setOpening] = useState(false);

  const search = async (e?: FormEvent) => {
    e?.preventDefault();
    const query = { lot: form.lot.trim(), product: form.product.trim() };
    if (!query.lot && !query.product) {
      setError(t('recall.enterSomething'));
      lotRef.current?.focus();
      return;
    }
    setSearching(true);
    setError(null);
    setCsv({ state: 'idle' });
    try {
      const uses = await api.findProductUses(query);
      setResult({ query, uses });
      announce(t('recall.found', { count: uses.length }), 'info');
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setSearching(false);
    }
  };

  const exportCsv = async () => {
    if (!result) return;
    setCsv({ state: 'saving' });
    try {
      const outcome = await api.exportLotRecallCsv({ ...result.query, save: true, language: csvIn });
      if (outcome.path) {
        setCsv({ state: 'saved', file: fileNameOf(outcome.path), rows: outcome.rows });
        announce(t('recall.savedAs', { file: fileNameOf(outcome.path) }), 'success');
      } else setCsv({ state: 'cancelled' });
    } catch (caught) {
      setCsv({ state: 'error', message: errorText(t, caught) });
    }
  };

  const open = (u: ProductUse) => {
    rememberPatientName(u.patientId, `${u.patientLastName.toLocaleUpperCase()}, ${u.patientFirstName}`);
    rememberSessionLabel(u.sessionId, sessionLabel(t, format, u));
    navigate({ name: 'session', patientId: u.patientId, sessionId: u.sessionId });
  };

  // What was searched for: a lot, a product or both; `of` words it after "uses of" (French "du lot", Italian "del lotto"...).
  const searched = (of: boolean): string => {
    if (!result) return '';
    const { lot, product } = result.query;
    if (lot && product) return of ? t('recall.whatOfBoth', { lot, product }) : t('recall.whatBoth', { lot, product });
    if (lot) return of ? t('recall.whatOfLot', { lot }) : t('recall.whatLot', { lot });
    return of ? t('recall.whatOfProduct', { product }) : t('recall.whatProduct', { product });
  };
  const what = searched(false);
  const whatOf = searched(true);
  const patients = result ? new Set(result.uses.map((u) => u.patientId)).size : 0;

  return (
    <div className="screen screen--recall">
      <div className="screen-header">
        <div>
          <ScreenHeading>{t('recall.title')}</ScreenHeading>
          <p className="screen-subtitle">{t('recall.subtitle')}</p>
        </div>
        <div className="screen-header__actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'recalls' })}>
            {t('recalls.nav')}
          </button>
        </div>
      </div>

      <form className="card recall-form" role="search" aria-label={t('recall.form')} onSubmit={search} noValidate>
        {/* One hint, under both boxes, describes both: a lot, a product or the two. */}
        <Field id="recall-lot" label={t('recall.lot')} describedBy="recall-hint" invalid={Boolean(error && !form.lot && !form.product)}>
          {(c) => <input {...c} ref={lotRef} className="input" type="text" autoComplete="off" spellCheck={false} value={form.lot} onChange={(e) => setForm((f) => ({ ...f, lot: e.target.value }))} />}
        </Field>
        <Field id="recall-product" label={t('recall.product')} describedBy="recall-hint">
          {(c) => <input {...c} className="input" type="text" autoComplete="off" value={form.product} onChange={(e) => setForm((f) => ({ ...f, product: e.target.value }))} />}
        </Field>
        <div className="recall-form__actions">
          <button type="submit" className="button button--primary" disabled={searching}>
            {searching ? t('recall.searching') : t('recall.find')}
          </button>
        </div>
        <p id="recall-hint" className="field__hint" style={{ gridColumn: '1 / -1', margin: 0 }}>
          {t('recall.hint')}
        </p>
      </form>

      {error ? <ErrorBanner title={t('recall.noSearch')} message={error} /> : null}

      {result === null ? (
        <EmptyState title={t('recall.emptyTitle')}>
          <p>{t('recall.emptyText')}</p>
        </EmptyState>
      ) : result.uses.length === 0 ? (
        <EmptyState title={t('recall.noneTitle', { what })}>
          <p>{t('recall.noneText')}</p>
        </EmptyState>
      ) : (
        <section className="panel" aria-labelledby="recall-results">
          <div className="recall-summary">
            <h2 className="panel__title" id="recall-results">
              {t('recall.uses', { count: result.uses.length, what: whatOf })}
              <span className="muted" style={{ fontWeight: 500, fontSize: '0.95rem' }}>
                {t('recall.patients', { count: patients })}
              </span>
            </h2>
            <div className="record-export">
              <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
                <button type="button" className="button button--primary" onClick={() => setOpening(true)}>
                  {t('recalls.openButton')}
                </button>
                {/* Named like the record's language picker beside an export: by its tooltip, no label taking room. */}
                <LanguageSelect className="select input--compact" value={csvIn} onChange={setCsvLanguage} aria-label={t('recall.csvLanguage')} title={t('recall.csvLanguage')} />
                <button type="button" className="button" onClick={() => void exportCsv()} disabled={csv.state === 'saving'}>
                  {csv.state === 'saving' ? t('recall.exporting') : t('recall.exportCsv')}
                </button>
              </div>
              <div aria-live="polite" className="record-export__live">
                {csv.state === 'saved' ? (
                  <div className="export-status export-status--success" data-testid="csv-saved">
                    <strong>{t('recall.saved', { count: csv.rows })}</strong>
                    <span className="export-status__file">{csv.file}</span>
                  </div>
                ) : null}
                {csv.state === 'cancelled' ? <div className="export-status">{t('recall.cancelled')}</div> : null}
                {csv.state === 'error' ? (
                  <div className="export-status export-status--error" role="alert">
                    <strong>{t('recall.failed')}</strong>
                    <span>{csv.message}</span>
                  </div>
                ) : null}
              </div>
            </div>
          </div>
          <DataTable
            className="table--recall"
            caption={t('recall.caption', { what })}
            columns={[
              { label: t('recall.patient') },
              { label: t('recall.session') },
              { label: t('recall.status') },
              { label: t('recall.productColumn') },
              { label: t('recall.lotColumn') },
              { label: t('recall.expiry') },
            ]}
          >
            {[...result.uses]
              .sort((a, b) => b.date.localeCompare(a.date) || b.time.localeCompare(a.time))
              .map((u) => (
                <tr key={`${u.sessionId}:${u.productIndex}:${u.amendmentSeq ?? 0}`} onClick={() => open(u)}>
                  <th scope="row">
                    <button type="button" className="row-link" onClick={(e) => (e.stopPropagation(), open(u))}>
                      {u.patientLastName.toLocaleUpperCase()}, {u.patientFirstName}
                    </button>
                  </th>
                  <td>{t('recall.when', { date: format.date(u.date), time: format.time(u.time) })}</td>
                  <td>
                    <Badge tone={u.status === 'signed' ? 'success' : 'draft'}>{u.status === 'signed' ? t('recall.signed') : t('recall.draft')}</Badge>
                  </td>
                  <td>{u.productName}</td>
                  <td className="mono">
                    {u.lot}
                    {u.source === 'amendment' ? <span className="recall-note">{t('recall.setByAmendment', { seq: u.amendmentSeq ?? '' })}</span> : null}
                    {u.correctedTo ? (
                      <span className="recall-note">
                        {u.amendmentSeq !== null ? t('recall.correctedToByAmendment', { lot: u.correctedTo.lot, seq: u.amendmentSeq }) : t('recall.correctedTo', { lot: u.correctedTo.lot })}
                      </span>
                    ) : null}
                  </td>
                  <td className={u.expiry && u.expiry < u.date ? 'expired' : undefined}>
                    {u.expiry ? format.date(u.expiry) : '—'}
                    {u.expiry && u.expiry < u.date ? <span className="recall-note">{t('recall.expiredWhenUsed')}</span> : null}
                  </td>
                </tr>
              ))}
          </DataTable>
        </section>
      )}
      {opening && result ? (
        <OpenRecallDialog
          lot={result.query.lot}
          product={result.query.product}
          what={what}
          patients={patients}
          onClose={() => setOpening(false)}
          onOpened={(recall) => {
            setOpening(false);
            announce(t('recalls.announce.opened', { count: recall.patientCount }), 'success');
            navigate({ name: 'recall', recallId: recall.id });
          }}
        />
      ) : null}
    </div>
  );
}
