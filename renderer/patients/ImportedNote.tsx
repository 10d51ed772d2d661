import { useTranslation } from 'react-i18next';
import { signedInFile, type ImportOrigin, type PatientImport } from '../../shared/patientImport.ts';
import { api } from '../api.ts';
import { useFormat } from '../i18n/locale.ts';
import { useLoad } from '../useLoad.ts';

/**
 * Where an imported patient's records came from, said where they are read: a short line on the patient
 * page, and on each session or consent that came signed in the file, that it was signed elsewhere (as
 * the file records it), never in these records.
 */

/** The patient's import, or null (entered here, or not known yet: nothing is said until it is). */
export function usePatientImport(patientId: string | null | undefined): PatientImport | null {
  const loaded = useLoad(async () => (patientId ? api.getPatientImport({ patientId }) : null), [patientId]);
  return loaded.state === 'ready' ? loaded.value : null;
}

function useWords(origin: ImportOrigin) {
  const format = useFormat();
  return { file: origin.fileName, date: format.date(format.instantDay(origin.importedAt)), name: origin.importedBy };
}

/** "Imported from <file> on <date> by <name>", with the file's fingerprint on hover. */
export function ImportedPatientNote({ origin }: { origin: ImportOrigin }) {
  const { t } = useTranslation(['patients']);
  const words = useWords(origin);
  return (
    <p className="imported-note" title={t('imported.fingerprint', { hash: origin.fileSha256 })}>
      {t('imported.patient', words)}
    </p>
  );
}

/** On a session or consent that came signed in the file: signed elsewhere, not in these records. Nothing otherwise. */
export function SignedElsewhereNote({ imported, kind, id }: { imported: PatientImport | null; kind: 'session' | 'consent'; id: string }) {
  const origin = signedInFile(imported, kind, id);
  return origin ? <SignedElsewhereLine origin={origin} /> : null;
}

function SignedElsewhereLine({ origin }: { origin: ImportOrigin }) {
  const { t } = useTranslation(['patients']);
  const words = useWords(origin);
  return (
    <p className="imported-note imported-note--signed" role="note" title={t('imported.fingerprint', { hash: origin.fileSha256 })}>
      {t('imported.signedElsewhere', words)}
    </p>
  );
}
