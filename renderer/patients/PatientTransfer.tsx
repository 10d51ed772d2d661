import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { patientDisplayName } from '../../shared/patient.ts';
import { api, ApiError } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { errorText } from '../i18n/errorText.ts';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { navigate } from '../navigation.ts';
import { announce } from '../status.ts';
import { todayIso } from '../../shared/dates.ts';
import { exportFileName, importErrorText, MAX_IMPORT_BYTES, parseImportText } from './patientTransfer.ts';

/** Offers a file to save: in Electron the download asks where (a save dialog); in a browser it downloads. */
function offerDownload(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Transfer = { button: ReactNode; status: ReactNode };

/**
 * "Export record (JSON)…": the patient's whole record as a versioned document (audited as an export).
 * The button goes with the page's actions, the status (progress, failure) under the header.
 */
export function useExportPatient(patientId: string): Transfer {
  const { t } = useTranslation(['patients', 'common']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const doc = await api.exportPatient({ id: patientId });
      const name = exportFileName(doc, todayIso(new Date()));
      offerDownload(name, `${JSON.stringify(doc, null, 2)}\n`);
      announce(t('transfer.exportedAs', { name }), 'success');
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  return {
    button: (
      <button type="button" className="button button--ghost" onClick={() => void run()} disabled={busy} aria-busy={busy || undefined}>
        {busy ? t('transfer.exporting') : t('transfer.exportButton')}
      </button>
    ),
    status:
      busy || error ? (
        <div className="transfer" aria-busy={busy || undefined}>
          {busy ? <ProgressBar label={t('transfer.exportingProgress')} showLabel /> : null}
          {error ? <ErrorBanner title={t('transfer.exportFailed')} message={error} /> : null}
        </div>
      ) : null,
  };
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; fraction: number | null }
  | { step: 'importing'; fileName: string }
  | { step: 'failed'; fileName: string; message: string };

/**
 * Reads a file as UTF-8 text, reporting how far it is. A byte order mark is kept and bytes that are not
 * UTF-8 refuse the file: the text is the file's bytes exactly, so the SHA-256 the main process takes of
 * it is the file's.
 */
function readText(file: File, onProgress: (fraction: number | null) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.lengthComputable && e.total > 0 ? e.loaded / e.total : null);
    reader.onload = () => {
      try {
        resolve(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(reader.result as ArrayBuffer));
      } catch (error) {
        reject(error instanceof Error ? error : new Error('Not UTF-8'));
      }
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * "Import patient…": a patient export chosen with the file picker. The file is read here, checked to be
 * JSON, and sent as is with its name; the main process hashes it, validates it and writes it in one
 * transaction marked as imported from it, or refuses naming the field at fault.
 */
export function useImportPatient(): Transfer {
  const { t } = useTranslation(['patients', 'common']);
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const busy = state.step === 'reading' || state.step === 'importing';

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ step: 'failed', fileName: file.name, message: t('transfer.tooLarge', { file: file.name }) });
      return;
    }
    setState({ step: 'reading', fileName: file.name, fraction: 0 });
    let text: string;
    try {
      text = await readText(file, (fraction) => setState({ step: 'reading', fileName: file.name, fraction }));
    } catch {
      setState({ step: 'failed', fileName: file.name, message: t('transfer.unreadable', { file: file.name }) });
      return;
    }
    const parsed = parseImportText(t, text, file.name);
    if (!parsed.ok) return setState({ step: 'failed', fileName: file.name, message: parsed.message });
    setState({ step: 'importing', fileName: file.name });
    try {
      // The file itself goes: the main process records its name and SHA-256 with every record it brings.
      const patient = await api.importPatient({ fileName: file.name, text });
      setState({ step: 'idle' });
      announce(t('transfer.imported', { name: patientDisplayName(patient) }), 'success');
      navigate({ name: 'patient', patientId: patient.id });
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.field : null;
      setState({ step: 'failed', fileName: file.name, message: importErrorText(t, { field, text: errorText(t, caught) }) });
    }
  };

  return {
    button: (
      <>
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy}>
          {busy ? t('transfer.importing') : t('transfer.importButton')}
        </button>
        <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('transfer.fileLabel')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      </>
    ),
    status:
      state.step !== 'idle' ? (
        <div className="transfer" aria-busy={busy || undefined}>
          {state.step === 'reading' ? <ProgressBar label={t('transfer.reading', { file: state.fileName })} value={state.fraction} showLabel /> : null}
          {state.step === 'importing' ? <ProgressBar label={t('transfer.checking', { file: state.fileName })} showLabel /> : null}
          {state.step === 'failed' ? (
            <ErrorBanner title={t('transfer.notImported', { file: state.fileName })} message={state.message} autoFocus />
          ) : null}
        </div>
      ) : null,
  };
}
