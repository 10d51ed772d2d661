import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n/languages.ts';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { CheckboxField } from '../components/CheckboxField.tsx';
import type { PdfExportOutcome } from '../../shared/recordOutputs.ts';
import { api } from '../api.ts';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { fileNameOf, formatBytes, ourExport, progressOf } from './exportProgress.ts';
import '../courses/courses.css';

type Target = { kind: 'session'; sessionId: string } | { kind: 'course'; courseId: string };

type State =
  | { phase: 'idle' }
  | { phase: 'choosing' }
  | { phase: 'running'; percent: number | null; text: string }
  | { phase: 'saved'; file: string; pages: number; bytes: number }
  | { phase: 'cancelled' }
  | { phase: 'error'; message: string };

const POLL_MS = 200;

/**
 * "Print / export PDF…": asks the main process for the record as a PDF (it shows the save dialog and
 * writes the file in a worker), polls getExportProgress meanwhile for a determinate progress bar, then
 * says where the file went, or why it did not. The status is announced politely to screen readers.
 */
export function RecordExport({ target, label, className = 'button' }: { target: Target; label?: string; className?: string }) {
  const { t } = useTranslation('records');
  const format = useFormat();
  const [state, setState] = useState<State>({ phase: 'idle' });
  /** A session record may carry the session's photos, on pages of their own. */
  const [withPhotos, setWithPhotos] = useState(false);
  // Saved records open in the system viewer, where they are printed; off for those who only file them.
  const [openWhenSaved, setOpenWhenSaved] = useState(true);
  /** The record's language: the patient's (else the clinic's) unless the practitioner picks another. */
  const [language, setLanguage] = useState<Language | ''>('');
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const busy = state.phase === 'choosing' || state.phase === 'running';
  /** The words of this kind of record: "the session record" / "the course record". */
  const what = target.kind;

  const run = async () => {
    if (busy) return;
    const since = Date.now();
    setState({ phase: 'choosing' });
    let done = false;
    const poll = async () => {
      while (!done && alive.current) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        if (done || !alive.current) return;
        try {
          const { running } = await api.getExportProgress({});
          const mine = ourExport(running, target.kind, since);
          if (mine && !done && alive.current) {
            const p = progressOf({ t }, mine);
            setState({ phase: 'running', percent: p.percent, text: p.text });
          }
        } catch {
          // Progress is a nicety: the export's own answer says how it ended.
        }
      }
    };
    void poll();
    try {
      const inLanguage = language ? { language } : {};
      const outcome: PdfExportOutcome =
        target.kind === 'session'
          ? await api.exportSessionPdf({ sessionId: target.sessionId, includePhotos: withPhotos, open: openWhenSaved, ...inLanguage })
          : await api.exportCoursePdf({ courseId: target.courseId, open: openWhenSaved, ...inLanguage });
      done = true;
      if (!alive.current) return;
      if (outcome.saved) {
        const file = fileNameOf(outcome.path);
        setState({ phase: 'saved', file, pages: outcome.pages, bytes: outcome.bytes });
        announce(t(`export.${what}.savedAs`, { file }), 'success');
      } else setState({ phase: 'cancelled' });
    } catch (caught) {
      done = true;
      if (!alive.current) return;
      const message = errorText(t, caught);
      setState({ phase: 'error', message });
      announce(t(`export.${what}.failed`), 'error');
    }
  };

  return (
    <div className="record-export">
      {/* One row: the options beside the button (the two checkboxes stacked), so the header keeps its height. */}
      <div className="record-export__row">
        <div className="record-export__options">
          {target.kind === 'session' ? (
            <CheckboxField label={t('export.withPhotos')} checked={withPhotos} onChange={setWithPhotos} disabled={busy} className="record-export__photos" />
          ) : null}
          <CheckboxField label={t('export.openToPrint')} checked={openWhenSaved} onChange={setOpenWhenSaved} disabled={busy} className="record-export__photos" title={t('export.openToPrintTitle')} />
        </div>
        <LanguageSelect
          className="select input--compact record-export__language"
          unset={t('export.languagePatient')}
          value={language || null}
          onChange={(chosen) => setLanguage(chosen ?? '')}
          disabled={busy}
          aria-label={t('export.language')}
          title={t('export.language')}
        />
        <button type="button" className={className} onClick={() => void run()} disabled={busy}>
          {busy ? t('export.exporting') : (label ?? t('export.label'))}
        </button>
      </div>
      <div aria-live="polite" className="record-export__live">
        {state.phase === 'choosing' ? (
          <div className="export-status">
            <span>{t(`export.${what}.choosing`)}</span>
            <div className="progress progress--indeterminate" role="progressbar" aria-label={t(`export.${what}.exporting`)}>
              <div className="progress__bar" />
            </div>
          </div>
        ) : null}
        {state.phase === 'running' ? (
          <div className="export-status">
            <span>{t(`export.${what}.running`, { text: state.text })}</span>
            <div className="progress" role="progressbar" aria-label={t(`export.${what}.exporting`)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={state.percent ?? 0} aria-valuetext={t('progress.valueText', { percent: format.percent((state.percent ?? 0) / 100), text: state.text })}>
              <div className="progress__bar" style={{ width: `${Math.max(4, state.percent ?? 0)}%` }} />
            </div>
          </div>
        ) : null}
        {state.phase === 'saved' ? (
          <div className="export-status export-status--success" data-testid="export-saved">
            <div className="export-status__row">
              <strong>{t(`export.${what}.saved`)}</strong>
              <button type="button" className="button button--small button--ghost" onClick={() => setState({ phase: 'idle' })} aria-label={t('export.dismiss')}>
                ×
              </button>
            </div>
            <span className="export-status__file">{state.file}</span>
            <span>{t('export.savedDetails', { count: state.pages, size: formatBytes({ t, format }, state.bytes) })}</span>
          </div>
        ) : null}
        {state.phase === 'cancelled' ? (
          <div className="export-status">
            <div className="export-status__row">
              <span>{t('export.cancelled')}</span>
              <button type="button" className="button button--small button--ghost" onClick={() => setState({ phase: 'idle' })} aria-label={t('export.dismiss')}>
                ×
              </button>
            </div>
          </div>
        ) : null}
        {state.phase === 'error' ? (
          <div className="export-status export-status--error" role="alert">
            <strong>{t(`export.${what}.failed`)}</strong>
            <span>{state.message}</span>
            <div>
              <button type="button" className="button button--small" onClick={() => void run()}>
                {t('export.tryAgain')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
