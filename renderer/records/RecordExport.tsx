import { useEffect, useRef, useState } from 'react';
import type { PdfExportOutcome } from '../../shared/recordOutputs.ts';
import { api } from '../api.ts';
import { announce } from '../status.ts';
import { toApiError } from '../useLoad.ts';
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
export function RecordExport({ target, label = 'Print / export PDF…', className = 'button' }: { target: Target; label?: string; className?: string }) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  /** A session record may carry the session's photos, on pages of their own. */
  const [withPhotos, setWithPhotos] = useState(false);
  // Saved records open in the system viewer, where they are printed; off for those who only file them.
  const [openWhenSaved, setOpenWhenSaved] = useState(true);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const busy = state.phase === 'choosing' || state.phase === 'running';
  const what = target.kind === 'session' ? 'session record' : 'course record';

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
            const p = progressOf(mine);
            setState({ phase: 'running', percent: p.percent, text: p.text });
          }
        } catch {
          // Progress is a nicety: the export's own answer says how it ended.
        }
      }
    };
    void poll();
    try {
      const outcome: PdfExportOutcome = target.kind === 'session' ? await api.exportSessionPdf({ sessionId: target.sessionId, includePhotos: withPhotos, open: openWhenSaved }) : await api.exportCoursePdf({ courseId: target.courseId, open: openWhenSaved });
      done = true;
      if (!alive.current) return;
      if (outcome.saved) {
        const file = fileNameOf(outcome.path);
        setState({ phase: 'saved', file, pages: outcome.pages, bytes: outcome.bytes });
        announce(`The ${what} was saved as ${file}`, 'success');
      } else setState({ phase: 'cancelled' });
    } catch (caught) {
      done = true;
      if (!alive.current) return;
      const message = toApiError(caught).message;
      setState({ phase: 'error', message });
      announce(`The ${what} was not exported`, 'error');
    }
  };

  return (
    <div className="record-export">
      {/* One row: the option beside its button, so the header keeps its height. */}
      <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
        {target.kind === 'session' ? (
          <label className="checkbox record-export__photos">
            <input type="checkbox" checked={withPhotos} onChange={(e) => setWithPhotos(e.target.checked)} disabled={busy} /> with photos
          </label>
        ) : null}
        <label className="checkbox record-export__photos" title="Opens the saved PDF in the system viewer, from where it is printed">
          <input type="checkbox" checked={openWhenSaved} onChange={(e) => setOpenWhenSaved(e.target.checked)} disabled={busy} /> open to print
        </label>
        <button type="button" className={className} onClick={() => void run()} disabled={busy}>
          {busy ? 'Exporting…' : label}
        </button>
      </div>
      <div aria-live="polite" className="record-export__live">
        {state.phase === 'choosing' ? (
          <div className="export-status">
            <span>Choose where to save the {what}…</span>
            <div className="progress progress--indeterminate" role="progressbar" aria-label={`Exporting the ${what}`}>
              <div className="progress__bar" />
            </div>
          </div>
        ) : null}
        {state.phase === 'running' ? (
          <div className="export-status">
            <span>
              Exporting the {what}: {state.text}
            </span>
            <div className="progress" role="progressbar" aria-label={`Exporting the ${what}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={state.percent ?? 0} aria-valuetext={`${state.percent ?? 0}%, ${state.text}`}>
              <div className="progress__bar" style={{ width: `${Math.max(4, state.percent ?? 0)}%` }} />
            </div>
          </div>
        ) : null}
        {state.phase === 'saved' ? (
          <div className="export-status export-status--success" data-testid="export-saved">
            <div className="export-status__row">
              <strong>Saved the {what}</strong>
              <button type="button" className="button button--small button--ghost" onClick={() => setState({ phase: 'idle' })} aria-label="Dismiss">
                ×
              </button>
            </div>
            <span className="export-status__file">{state.file}</span>
            <span>
              {state.pages} {state.pages === 1 ? 'page' : 'pages'} · {formatBytes(state.bytes)}. Open it from its folder to view or print.
            </span>
          </div>
        ) : null}
        {state.phase === 'cancelled' ? (
          <div className="export-status">
            <div className="export-status__row">
              <span>Export cancelled: nothing was saved.</span>
              <button type="button" className="button button--small button--ghost" onClick={() => setState({ phase: 'idle' })} aria-label="Dismiss">
                ×
              </button>
            </div>
          </div>
        ) : null}
        {state.phase === 'error' ? (
          <div className="export-status export-status--error" role="alert">
            <strong>The {what} was not exported</strong>
            <span>{state.message}</span>
            <div>
              <button type="button" className="button button--small" onClick={() => void run()}>
                Try again
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
