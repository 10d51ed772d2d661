import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/i18n/languages.ts';
import { contactMethodLabel, isRecallClosed, recallVolumeMl, type Recall, type RecallPatient } from '../../shared/recall.ts';
import { useAccessView } from '../access/accessStore.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat, useLocale } from '../i18n/locale.ts';
import { fileNameOf } from '../records/exportProgress.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { CloseRecallDialog, MarkContactDialog } from './RecallDialogs.tsx';
import { recallProgress, recallWhat } from './recallWords.ts';
import '../courses/courses.css';
import './recall.css';

type Export = { state: 'idle' | 'saving' } | { state: 'saved'; text: string; file: string } | { state: 'cancelled' } | { state: 'error'; message: string };

/**
 * One recall: what it is about and why, who opened and closed it, its progress ("7 of 12 contacted"); its
 * patients with how to reach them (from their records as they are), the sessions and volumes concerned and
 * whether they were contacted ("Mark contacted", "Correct"); exports as CSV and as letters; "Close the recall".
 * A closed recall reads the same, without its buttons of change.
 */
export function RecallPage({ recallId }: { recallId: string }) {
  const { t } = useTranslation(['records', 'common', 'errors']);
  const format = useFormat();
  const access = useAccessView();
  const screenLanguage = useLocale((s) => s.language);
  const loaded = useLoad(() => api.getRecall({ id: recallId }), [recallId]);
  const [recall, setRecall] = useState<Recall | null>(null);
  const [marking, setMarking] = useState<RecallPatient | null>(null);
  const [closing, setClosing] = useState(false);
  const [csvLanguage, setCsvLanguage] = useState<Language | null>(null);
  const [letterLanguage, setLetterLanguage] = useState<Language | null>(null);
  const [exported, setExported] = useState<Export>({ state: 'idle' });
  const shown = recall?.id === recallId ? recall : loaded.state === 'ready' ? loaded.value : null;
  const csvIn: Language = csvLanguage ?? ((LANGUAGES as readonly string[]).includes(screenLanguage) ? (screenLanguage as Language) : 'en');
  const me = access.phase === 'unlocked' ? access.current.displayName : '';

  if (loaded.state === 'error') return <ErrorBanner title={t('recalls.page.loadFailed')} message={errorText(t, loaded.error)} onRetry={loaded.reload} />;
  if (!shown) return <Loading />;
  const closed = isRecallClosed(shown);
  const what = recallWhat(t, shown);

  const exportAs = async (kind: 'csv' | 'letters') => {
    setExported({ state: 'saving' });
    try {
      if (kind === 'csv') {
        const outcome = await api.exportRecallCsv({ id: shown.id, save: true, language: csvIn });
        if (!outcome.path) return setExported({ state: 'cancelled' });
        setExported({ state: 'saved', text: t('recalls.export.csvSaved', { count: outcome.rows }), file: fileNameOf(outcome.path) });
        announce(t('recalls.export.savedAs', { file: fileNameOf(outcome.path) }), 'success');
      } else {
        const outcome = await api.exportRecallLetters({ id: shown.id, ...(letterLanguage ? { language: letterLanguage } : {}) });
        if (!outcome.saved) return setExported({ state: 'cancelled' });
        setExported({ state: 'saved', text: t('recalls.export.lettersSaved', { count: outcome.pages }), file: fileNameOf(outcome.path) });
        announce(t('recalls.export.savedAs', { file: fileNameOf(outcome.path) }), 'success');
      }
    } catch (caught) {
      setExported({ state: 'error', message: errorText(t, caught) });
    }
  };

  const saved = (next: Recall, message: string) => {
    setRecall(next);
    setMarking(null);
    setClosing(false);
    announce(message, 'success');
  };

  return (
    <div className="screen screen--recall-record">
      <div className="screen-header">
        <div>
          <ScreenHeading>{t('recalls.page.title', { what })}</ScreenHeading>
          <p className="screen-subtitle">
            <Badge tone={closed ? 'muted' : 'warning'}>{closed ? t('recalls.state.closed') : t('recalls.state.open')}</Badge>{' '}
            <span className="recall-progress" data-testid="recall-progress">
              {recallProgress(t, shown)}
            </span>
          </p>
        </div>
        {!closed ? (
          <div className="screen-header__actions">
            <button type="button" className="button" onClick={() => setClosing(true)}>
              {t('recalls.close.button')}
            </button>
          </div>
        ) : null}
      </div>

      {closed ? (
        <div className="banner" role="status" data-testid="recall-closed">
          {t('recalls.page.closedBanner', { date: format.instant(shown.closedAt ?? ''), name: shown.closedBy ?? '' })}
        </div>
      ) : null}

      <dl className="card recall-facts">
        <div>
          <dt>{t('recalls.page.reason')}</dt>
          <dd>{shown.reason}</dd>
        </div>
        {shown.reference ? (
          <div>
            <dt>{t('recalls.page.reference')}</dt>
            <dd>{shown.reference}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('recalls.page.opened')}</dt>
          <dd>{t('recalls.openedOn', { date: format.instant(shown.openedAt), name: shown.openedBy })}</dd>
        </div>
        {closed ? (
          <div>
            <dt>{t('recalls.page.closed')}</dt>
            <dd>{t('recalls.openedOn', { date: format.instant(shown.closedAt ?? ''), name: shown.closedBy ?? '' })}</dd>
          </div>
        ) : null}
        {closed && shown.closeNote ? (
          <div>
            <dt>{t('recalls.page.closeNote')}</dt>
            <dd>{shown.closeNote}</dd>
          </div>
        ) : null}
      </dl>

      <section className="panel" aria-labelledby="recall-patients">
        <div className="recall-summary">
          <h2 className="panel__title" id="recall-patients">
            {t('recalls.page.patients')}
          </h2>
          <div className="record-export">
            <div className="recall-actions">
              <LanguageSelect className="select input--compact" value={csvIn} onChange={setCsvLanguage} aria-label={t('recalls.export.csvLanguage')} title={t('recalls.export.csvLanguage')} />
              <button type="button" className="button" onClick={() => void exportAs('csv')} disabled={exported.state === 'saving'}>
                {t('recalls.export.csv')}
              </button>
              <LanguageSelect
                className="select input--compact"
                unset={t('recalls.export.lettersPatient')}
                value={letterLanguage}
                onChange={setLetterLanguage}
                aria-label={t('recalls.export.lettersLanguage')}
                title={t('recalls.export.lettersLanguage')}
              />
              <button type="button" className="button" onClick={() => void exportAs('letters')} disabled={exported.state === 'saving'}>
                {exported.state === 'saving' ? t('recalls.export.exporting') : t('recalls.export.letters')}
              </button>
            </div>
            <div aria-live="polite" className="record-export__live">
              {exported.state === 'saved' ? (
                <div className="export-status export-status--success" data-testid="recall-export-saved">
                  <strong>{exported.text}</strong>
                  <span className="export-status__file">{exported.file}</span>
                </div>
              ) : null}
              {exported.state === 'cancelled' ? <div className="export-status">{t('recalls.export.cancelled')}</div> : null}
              {exported.state === 'error' ? (
                <div className="export-status export-status--error" role="alert">
                  <strong>{t('recalls.export.failed')}</strong>
                  <span>{exported.message}</span>
                </div>
              ) : null}
            </div>
          </div>
        </div>
        {shown.patients.length === 0 ? (
          <p className="muted">{t('recalls.page.noPatients')}</p>
        ) : (
          <DataTable
            className="table--recall-patients"
            testId="recall-patients"
            caption={t('recalls.page.caption')}
            columns={[
              { label: t('recalls.column.patient') },
              { label: t('recalls.column.reach') },
              { label: t('recalls.column.sessions') },
              { label: t('recalls.column.volume') },
              { label: t('recalls.column.contact') },
              ...(closed ? [] : [{ label: t('recalls.column.actions'), hidden: true }]),
            ]}
          >
            {shown.patients.map((p) => {
              const volume = recallVolumeMl(p.uses);
              return (
                <tr key={p.patientId} data-patient={p.patientId}>
                  <th scope="row">
                    {p.lastName.toLocaleUpperCase()}, {p.firstName}
                  </th>
                  <td>
                    <ul className="recall-patient__reach">
                      {p.phone ? <li>{t('recalls.phone', { phone: p.phone })}</li> : null}
                      {p.email ? <li>{t('recalls.email', { email: p.email })}</li> : null}
                      {!p.phone && !p.email ? <li className="muted">{t('recalls.noContactDetails')}</li> : null}
                    </ul>
                  </td>
                  <td>
                    <ul className="recall-patient__sessions">
                      {p.uses.map((u) => (
                        <li key={`${u.sessionId}:${u.productName}:${u.lot}`}>{t('recalls.sessionLine', { date: format.date(u.date), product: u.productName, lot: u.lot || '—' })}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{volume === null ? '—' : format.volume(volume)}</td>
                  <td className="recall-contact">
                    {p.contact ? (
                      <>
                        <Badge tone="success">{t('recalls.contacted', { method: contactMethodLabel(t, p.contact.method), date: format.date(p.contact.date), by: p.contact.by })}</Badge>
                        {p.contact.note ? <span className="recall-contact__by">{p.contact.note}</span> : null}
                        <span className="recall-contact__by">{t('recalls.markedBy', { name: p.contact.markedBy, when: format.instant(p.contact.markedAt) })}</span>
                      </>
                    ) : (
                      <Badge tone="neutral">{t('recalls.notContacted')}</Badge>
                    )}
                  </td>
                  {closed ? null : (
                    <td>
                      <button type="button" className="button button--small" onClick={() => setMarking(p)}>
                        {p.contact ? t('recalls.correct') : t('recalls.mark')}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>

      {marking ? (
        <MarkContactDialog
          recallId={shown.id}
          patient={marking}
          defaultBy={me}
          onClose={() => setMarking(null)}
          onSaved={(next) => saved(next, t('recalls.announce.marked', { name: `${marking.firstName} ${marking.lastName}` }))}
        />
      ) : null}
      {closing ? <CloseRecallDialog recall={shown} onClose={() => setClosing(false)} onClosed={(next) => saved(next, t('recalls.announce.closed'))} /> : null}
    </div>
  );
}
