import type { TFunction } from 'i18next';
import type { Namespace } from '../../shared/i18n/namespaces.ts';
import type { PatientExportDocument } from '../../shared/patientExport.ts';
import { documentOfImportText } from '../../shared/patientImport.ts';

/** "mesochart-patient-lefevre-anais-2026-11-28.json": readable, without characters file systems refuse. */
export function exportFileName(doc: Pick<PatientExportDocument, 'patient'>, today: string): string {
  const slug = (text: string) =>
    text
      .replace(/[łŁ]/g, 'l')
      .replace(/[øØ]/g, 'o')
      .replace(/ß/g, 'ss')
      .replace(/[æÆ]/g, 'ae')
      .replace(/[đĐ]/g, 'd')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const name = [slug(doc.patient.lastName), slug(doc.patient.firstName)].filter(Boolean).join('-') || 'patient';
  return `mesochart-patient-${name}-${today}.json`;
}

export type ParsedImport = { ok: true; document: unknown } | { ok: false; message: string };

/** The chosen file's text as JSON; a file that is not JSON is refused here, before anything is sent. */
export function parseImportText(t: TFunction<Namespace[]>, text: string, fileName: string): ParsedImport {
  const read = documentOfImportText(text);
  if (read.ok) return read;
  const key = ({ empty: 'patients:transfer.empty', 'not-json': 'patients:transfer.notJson', 'not-object': 'patients:transfer.notObject' } as const)[read.reason];
  return { ok: false, message: t(key, { file: fileName }) };
}

/**
 * The refusal of an import, naming the field of the file at fault ("document.patient.lastName" →
 * "patient.lastName") after the worded refusal when the wording does not name it already.
 */
export function importErrorText(t: TFunction<Namespace[]>, error: { field: string | null; text: string }): string {
  const field = error.field ? error.field.replace(/^document\./, '') : null;
  return field && !error.text.includes(field) ? t('patients:transfer.withField', { message: error.text, field }) : error.text;
}

/** Files bigger than this are refused before reading: an export carries the photos (base64), so it can be large. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
