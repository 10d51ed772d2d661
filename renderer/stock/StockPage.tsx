import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesStockSearch, sortStockRows, type StockRow, type StockSortKey } from '../../shared/stockStates.ts';
import { api } from '../api.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { navigate } from '../navigation.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { AdjustLotDialog } from './AdjustLotDialog.tsx';
import { ReceiveLotDialog } from './ReceiveLotDialog.tsx';
import { StockTable } from './StockTable.tsx';
import './stock.css';

/**
 * Rows drawn at first, and added by "Show more": a clinic's stock drawn whole would be thousands of rows
 * (bench stock.open_ms: 5,000 lots take over a second to draw; a hundred, a few milliseconds). Sorting
 * and searching work on every lot, so that the lot wanted comes into the rows drawn.
 */
const ROWS_PER_PAGE = 100;

type Dialog = null | { kind: 'receive' } | { kind: 'adjust'; row: StockRow };
type CsvState = { state: 'idle' | 'saving' | 'cancelled' } | { state: 'saved'; file: string; rows: number } | { state: 'error'; message: string };

/**
 * Lots in stock: per product and lot, the units on hand, the expiry and what is flagged (expired,
 * expiring, low) in words and colour; sorted by any column, searched, exported as CSV. Lots are received
 * (typed, or scanned from the box) and adjusted here; sessions take their units when they are signed.
 */
export function StockPage() {
  const { t, i18n } = useTranslation(['stock', 'common', 'errors']);
  const format = useFormat();
  const stock = useLoad(() => api.listStock({}), []);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: StockSortKey; descending: boolean }>({ key: 'product', descending: false });
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [csv, setCsv] = useState<CsvState>({ state: 'idle' });
  const collator = useMemo(() => new Intl.Collator(format.locale, { sensitivity: 'base', numeric: true }), [format.locale]);

  const view = stock.state === 'ready' ? stock.value : null;
  // Not filtered without a search: folding thousands of names for nothing was a tenth of the screen's budget.
  const found = useMemo(() => (!view ? [] : search.trim() === '' ? view.rows : view.rows.filter((r) => matchesStockSearch(r, search))), [view, search]);
  const rows = useMemo(() => sortStockRows(found, sort.key, sort.descending, collator), [found, sort, collator]);

  const changed = (message: string) => {
    setDialog(null);
    stock.reload();
    announce(message, 'success');
  };

  const exportCsv = async () => {
    setCsv({ state: 'saving' });
    try {
      const language = (['en', 'fr', 'it', 'es', 'pt-BR'] as const).find((l) => l === i18n.language);
      const outcome = await api.exportStockCsv({ save: true, ...(language ? { language } : {}) });
      if (outcome.path === null) setCsv({ state: 'cancelled' });
      else {
        setCsv({ state: 'saved', file: outcome.path.split(/[\\/]/).pop() ?? outcome.path, rows: outcome.rows });
        announce(t('csv.saved', { count: outcome.rows }), 'success');
      }
    } catch (caught) {
      setCsv({ state: 'error', message: errorText(t, caught) });
    }
  };

  return (
    <div className="screen screen--stock">
      <div className="screen-header">
        <div>
          <ScreenHeading>{t('title')}</ScreenHeading>
          <p className="screen-subtitle">{view ? t('subtitle', { days: view.expiryWarningDays, units: view.lowUnits }) : t('subtitleLoading')}</p>
        </div>
        <div className="screen-header__actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'products' })}>
            {t('common:crumbs.products')}
          </button>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={csv.state === 'saving' || !view || view.rows.length === 0}>
            {csv.state === 'saving' ? t('csv.exporting') : t('csv.export')}
          </button>
          <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'receive' })}>
            <span aria-hidden="true" className="button__icon">
              +
            </span>
            {t('receive')}
          </button>
        </div>
      </div>

      {csv.state === 'saved' ? (
        <div className="export-status export-status--success" data-testid="stock-csv-saved">
          <strong>{t('csv.saved', { count: csv.rows })}</strong> <span className="export-status__file">{csv.file}</span>
        </div>
      ) : null}
      {csv.state === 'cancelled' ? <div className="export-status">{t('csv.cancelled')}</div> : null}
      {csv.state === 'error' ? <ErrorBanner title={t('csv.failed')} message={csv.message} /> : null}

      <div className="toolbar" role="search">
        <Field id="stock-search" label={t('search')} hint={t('searchHint')} className="toolbar__search">
          {(c) => <input {...c} type="search" className="input input--search" value={search} autoComplete="off" spellCheck={false} onChange={(e) => (setSearch(e.target.value), setShown(ROWS_PER_PAGE))} />}
        </Field>
      </div>

      {stock.state === 'error' ? <ErrorBanner title={t('loadFailed')} message={errorText(t, stock.error)} onRetry={stock.reload} /> : null}
      {stock.state === 'loading' ? <Loading text={t('loading')} /> : null}
      {view && view.rows.length === 0 ? (
        <EmptyState
          title={t('empty.title')}
          action={
            <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'receive' })}>
              {t('receive')}
            </button>
          }
        >
          <p>{t('empty.text')}</p>
        </EmptyState>
      ) : null}
      {view && view.rows.length > 0 && rows.length === 0 ? (
        <EmptyState title={t('noMatch.title', { search: search.trim() })}>
          <p>{t('noMatch.text')}</p>
        </EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <>
          <StockTable rows={rows.length > shown ? rows.slice(0, shown) : rows} sort={sort} onSort={(next) => (setSort(next), setShown(ROWS_PER_PAGE))} onAdjust={(row) => setDialog({ kind: 'adjust', row })} />
          {rows.length > shown ? (
            <p className="table-footnote">
              {t('more.shown', { shown: format.integer(shown), total: format.integer(rows.length) })}{' '}
              <button type="button" className="button button--small" onClick={() => setShown((n) => n + ROWS_PER_PAGE)}>
                {t('more.button')}
              </button>
            </p>
          ) : (
            <p className="table-footnote">{t('count', { count: rows.length })}</p>
          )}
        </>
      ) : null}

      {dialog?.kind === 'receive' ? (
        <ReceiveLotDialog onReceived={(lot, onHand) => changed(t('announce.received', { lot, count: onHand }))} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'adjust' ? (
        <AdjustLotDialog row={dialog.row} onAdjusted={(onHand) => changed(t('announce.adjusted', { lot: dialog.row.lot, count: onHand }))} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}
