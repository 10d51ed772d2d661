import { useTranslation } from 'react-i18next';
import type { StockRow, StockSortKey } from '../../shared/stockStates.ts';
import { useFormat } from '../i18n/locale.ts';

type Sort = { key: StockSortKey; descending: boolean };
type Props = { rows: readonly StockRow[]; sort: Sort; onSort: (sort: Sort) => void; onAdjust: (row: StockRow) => void };

const COLUMNS: readonly StockSortKey[] = ['product', 'lot', 'expiry', 'onHand', 'state'];

/**
 * The lots as a table whose headings sort it (a second click reverses), the sort said to screen readers
 * (aria-sort). A state is said in words and shown in colour; a lot's product name is its row's heading.
 */
export function StockTable({ rows, sort, onSort, onAdjust }: Props) {
  const { t } = useTranslation(['stock', 'common']);
  const format = useFormat();
  const ariaSort = (key: StockSortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none');
  return (
    <div className="table-wrap">
      <table className="table table--stock" data-testid="stock-table">
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" aria-sort={ariaSort(key)} className={key === 'onHand' ? 'num' : undefined}>
                <button type="button" className="sort-button" onClick={() => onSort({ key, descending: sort.key === key ? !sort.descending : false })}>
                  {t(`column.${key}`)}
                  <span aria-hidden="true" className="sort-button__arrow">
                    {sort.key === key ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-lot={row.lot} className={`stock-row stock-row--${row.expiryState}${row.low ? ' stock-row--low' : ''}`}>
              <th scope="row">
                {row.productName}
                {row.productRetired ? <span className="stock-detail">{t('retired')}</span> : null}
              </th>
              <td className="mono">{row.lot}</td>
              <td>{format.date(row.expiry)}</td>
              <td className={`num${row.onHand < 0 ? ' stock-negative' : ''}`} data-testid="on-hand">
                {format.integer(row.onHand)}
              </td>
              <td>
                {row.states.length === 0 ? (
                  <span className="stock-state stock-state--ok">{t('state.ok')}</span>
                ) : (
                  row.states.map((s) => (
                    <span key={s} className={`stock-state stock-state--${s}`}>
                      {t(`state.${s}`)}
                    </span>
                  ))
                )}
              </td>
              <td>
                <button type="button" className="button button--ghost button--small" aria-label={t('adjustLabel', { lot: row.lot, product: row.productName })} onClick={() => onAdjust(row)}>
                  {t('adjust')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
