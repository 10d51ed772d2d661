import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { todayIso } from '../../shared/dates.ts';
import { patientDisplayName, type PatientSummary } from '../../shared/patient.ts';
import type { Page } from '../../shared/api.ts';
import { api, type ApiError } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { formatAge, formatDate } from '../format.ts';
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
          <h1 className="screen-title">Patients</h1>
          <p className="screen-subtitle" aria-live="polite">
            {page === null
              ? ' '
              : searching
                ? `${total} ${total === 1 ? 'match' : 'matches'} for “${shownQuery?.search}”`
                : `${total} ${total === 1 ? 'patient' : 'patients'}${shownQuery?.includeArchived ? ', archived included' : ''}`}
          </p>
        </div>
        <div className="screen-header__actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'lot-recall' })}>
            Lot recall
          </button>
          {importer.button}
          <button type="button" className="button button--primary" onClick={newPatient} aria-keyshortcuts="Control+N">
            <span aria-hidden="true" className="button__icon">
              +
            </span>
            New patient <kbd className="kbd">Ctrl+N</kbd>
          </button>
        </div>
      </div>

      {importer.status}
      <div className="toolbar" role="search">
        <div className="toolbar__search">
          <label htmlFor="patient-search" className="field__label">
            Search by name
          </label>
          <input
            id="patient-search"
            ref={searchRef}
            type="search"
            className="input input--search"
            value={search}
            placeholder="Last or first name"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="patient-search-hint"
            aria-controls="patient-table"
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={onSearchKey}
          />
          <p id="patient-search-hint" className="field__hint">
            ↓ to move through the list, Enter to open the first patient
          </p>
        </div>
        <label className="checkbox toolbar__toggle">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          <span>Show archived patients</span>
        </label>
      </div>

      {error ? (
        <ErrorBanner title="The patient list could not be loaded" message={error.message} onRetry={() => setGeneration((g) => g + 1)} />
      ) : null}

      {page !== null && items.length === 0 ? (
        searching ? (
          <EmptyState title={`No patient matches “${shownQuery?.search}”`}>
            <p>
              Check the spelling or search by the other name
              {shownQuery?.includeArchived ? '' : ', tick “Show archived patients”'}, or create the patient with{' '}
              <strong>New patient</strong> (Ctrl+N).
            </p>
          </EmptyState>
        ) : (
          <EmptyState
            title="No patients yet"
            action={
              <button type="button" className="button button--primary" onClick={newPatient}>
                New patient
              </button>
            }
          >
            <p>
              Create the first with <strong>New patient</strong> (Ctrl+N).
            </p>
            {shownQuery?.includeArchived ? null : <p className="muted">Archived patients are hidden: tick “Show archived patients” to list them.</p>}
          </EmptyState>
        )
      ) : null}

      {items.length > 0 ? (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table table--patients" id="patient-table">
            <caption className="visually-hidden">Patients, sorted by name</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" className="num">
                  Date of birth
                </th>
                <th scope="col" className="num">
                  Age
                </th>
                <th scope="col" className="num">
                  Last session
                </th>
                <th scope="col">Screening</th>
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
                      {p.archived ? <Badge tone="muted">Archived</Badge> : null}
                    </div>
                  </th>
                  <td className="num">{formatDate(p.dateOfBirth)}</td>
                  <td className="num">{formatAge(p.dateOfBirth, today)}</td>
                  <td className="num">{p.lastSessionDate ? formatDate(p.lastSessionDate) : <span className="muted">None yet</span>}</td>
                  <td>
                    {p.hasPositiveScreening ? (
                      <Badge tone="warning" title="A contraindication was answered yes at the last screening">
                        <span aria-hidden="true">⚠</span>Contraindication
                      </Badge>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > items.length ? (
            <p className="table-footnote">
              Showing the first {items.length} of {total}. Type more of the name to narrow the list.
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
