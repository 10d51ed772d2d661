import type { ImportOrigin } from '../../shared/patientImport.ts';
import { MUTED, SIZE, WARN, ensureSpace, paragraph, space, type Flow } from './layout.ts';

/**
 * Under the signature of a session or consent that came signed in an imported file: it was signed
 * elsewhere, as the file records it, and not in these records; the file's name, its import (when, by
 * whom) and its SHA-256, so that the printed page can be checked against the file.
 */
export function writeSignedElsewhere(flow: Flow, origin: ImportOrigin | undefined): void {
  if (!origin) return;
  const { t, fmt } = flow;
  ensureSpace(flow, 36);
  paragraph(flow, t('pdf:imported.signedElsewhere', { file: origin.fileName, date: fmt.date(fmt.instantDay(origin.importedAt)), name: origin.importedBy }), { size: SIZE.small, colour: WARN, bold: true });
  paragraph(flow, t('pdf:imported.fingerprint', { hash: origin.fileSha256 }), { size: SIZE.tiny, colour: MUTED });
  space(flow, 6);
}
