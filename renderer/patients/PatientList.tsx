import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { todayIso } from '../../shared/dates.ts';
import { patientDisplayName, type PatientSummary } from '../../shared/patient.ts';
import type { Page } from '../../shared/page.ts';
import { api, type ApiError } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { Field } from '../components/Field.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { ageText } from './age.ts';
import { useDebouncedValue } from '../hooks.ts';
import { navigate, rememberPatientName } from '../navigation.ts';
import { useImportPatient } from './PatientTransfer.tsx';
import { toApiError } from '../useLoad.ts';

const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 150;

/** The search is kept while the practitioner visits a patient and comes back. */
let remembered = { search: '', includeArchived: false };

function openPatient(p: PatientSummary): void {
  rememberPatientName(p.id, patientDisplayName(p));
  navigate({ name: 'patient', patientId: p.id });
}

function newPatient(): void {
  navigate({ name: 'patient-form', patientId: null });
}

/** The first screen: every patient, searched as you type, opened with a click or the keyboard. */
export function PatientList() {
  const { t } = useTranslation(['patients', 'common']);
  const format = useFormat();
  const [search, setSearch] = useState(remembered.search);
  const [includeArchived, setIncludeArchived] = useState(remembered.includeArchived);
  const [page, setPage] = useState<Page<PatientSummary> | null>(null);
  const [shownQuery, setShownQuery] = useState<{ search: string; includeArchived: boolean } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const debouncedSearch = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const searchRef = useRef<HTMLInputElement>(null);
  const importer = useImportPatient();
  const tableRef = useRef<HTMLTableSectionElement>(null);
  const today = todayIso();

  useEffect(() => {
    searchRef.current?.focus();
  }, []);

  useEffect(() => {
    remembered = { search, includeArchived };
  }, [search, includeArchived]);

  useEffect(() => {
    let current = true;
    const query = { search: debouncedSearch.trim(), includeArchived };
    setLoading(true);
    api.listPatients({ ...query, limit: PAGE_SIZE }).then(
      (result) => {
        if (!current) return;
        setPage(result);
        setShownQuery(query);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!current) return;
        setError(toApiError(e));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [debouncedSearch, includeArchived, generation]);

  const rowButtons = (): HTMLButtonElement[] =>
    Array.from(tableRef.current?.querySelectorAll<HTMLButtonElement>('button.row-link') ?? []);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      const first = rowButtons()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const first = page?.items[0];
      if (first && !loading) openPatient(first);
    } else if (e.key === 'Escape' && search !== '') {
      e.preventDefault();
      setSearch('');
    }
  };

  const onRowKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const buttons = rowButtons();
    const index = buttons.indexOf(e.currentTarget);
    const focus = (i: number) => buttons[Math.max(0, Math.min(buttons.length - 1, i))]?.focus();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      focus(index + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (index === 0) searchRef.current?.focus();
      else focus(index - 1);
    } else if (e.key === 'Home') {
      e.preventDefault();
      focus(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      focus(buttons.length - 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      searchRef.current?.focus();
    }
  };

  const items = page?.items ?? [];
  const total = page?.total ?? 0;
  const searching = (shownQuery?.search ?? '') !== '';

  return (
    <div className="screen screen--list">
      <div className="screen-header">
        <div>
          <h1 className="screen-title">{t('list.title')}</h1>
          <p className="screen-subtitle" aria-live="polite">
            {page === null
              ? ' '
              : searching
                ? t('list.matches', { count: total, search: shownQuery?.search ?? '' })
                : shownQuery?.includeArchived
                  ? t('list.countArchived', { count: total })
                  : t('list.count', { count: total })}
          </p>
        </div>
        <div className="screen-header__actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'lot-recall' })}>
            {t('list.lotRecall')}
          </button>
          {importer.button}
          <button type="button" className="button button--primary" onClick={newPatient} aria-keyshortcuts="Control+N">
            <span aria-hidden="true" className="button__icon">
              +
            </span>
            {t('list.newPatient')} <kbd className="kbd">Ctrl+N</kbd>
          </button>
        </div>
      </div>

      {importer.status}
      <div className="toolbar" role="search">
        <Field id="patient-search" label={t('list.searchLabel')} hint={t('list.searchHint')} className="toolbar__search">
          {(c) => (
            <input
              {...c}
              ref={searchRef}
              type="search"
              className="input input--search"
              value={search}
              placeholder={t('list.searchPlaceholder')}
              autoComplete="off"
              spellCheck={false}
              aria-controls={items.length > 0 ? 'patient-table' : undefined}
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={onSearchKey}
            />
          )}
        </Field>
        <CheckboxField label={t('list.showArchived')} checked={includeArchived} onChange={setIncludeArchived} className="toolbar__toggle" />
      </div>

      {error ? (
        <ErrorBanner title={t('list.loadFailed')} message={errorText(t, error)} onRetry={() => setGeneration((g) => g + 1)} />
      ) : null}

      {page !== null && items.length === 0 ? (
        searching ? (
          <EmptyState title={t('list.noMatchTitle', { search: shownQuery?.search ?? '' })}>
            <p>
              <Trans t={t} i18nKey={shownQuery?.includeArchived ? 'list.noMatchText' : 'list.noMatchTextArchived'} components={{ strong: <strong /> }} />
            </p>
          </EmptyState>
        ) : (
          <EmptyState
            title={t('list.emptyTitle')}
            action={
              <button type="button" className="button button--primary" onClick={newPatient}>
                {t('list.newPatient')}
              </button>
            }
          >
            <p>
              <Trans t={t} i18nKey="list.emptyText" components={{ strong: <strong /> }} />
            </p>
            {shownQuery?.includeArchived ? null : <p className="muted">{t('list.archivedHidden')}</p>}
          </EmptyState>
        )
      ) : null}

      {items.length > 0 ? (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table table--patients" id="patient-table">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.name')}</th>
                <th scope="col" className="num">
                  {t('list.dateOfBirth')}
                </th>
                <th scope="col" className="num">
                  {t('list.age')}
                </th>
                <th scope="col" className="num">
                  {t('list.lastSession')}
                </th>
                <th scope="col">{t('list.screening')}</th>
              </tr>
            </thead>
            <tbody ref={tableRef}>
              {items.map((p) => (
                <tr key={p.id} className={p.archived ? 'row--archived' : undefined} onClick={() => openPatient(p)}>
                  <th scope="row" className="cell-name">
                    <div className="cell-name__inner">
                      <button type="button" className="row-link" onClick={(e) => (e.stopPropagation(), openPatient(p))} onKeyDown={onRowKey}>
                        {patientDisplayName(p)}
                      </button>
                      {p.archived ? <Badge tone="muted">{t('list.archived')}</Badge> : null}
                    </div>
                  </th>
                  <td className="num">{format.date(p.dateOfBirth)}</td>
                  <td className="num">{ageText(t, p.dateOfBirth, today)}</td>
                  <td className="num">{p.lastSessionDate ? format.date(p.lastSessionDate) : <span className="muted">{t('list.noneYet')}</span>}</td>
                  <td>
                    {p.hasPositiveScreening ? (
                      <Badge tone="warning" title={t('list.contraindicationTitle')}>
                        <span aria-hidden="true">⚠</span>
                        {t('list.contraindication')}
                      </Badge>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > items.length ? (
            <p className="table-footnote">
              {t('list.footnote', { shown: format.integer(items.length), total: format.integer(total) })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
