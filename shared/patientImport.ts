import { z } from 'zod';

/**
 * Where an imported patient's records came from, so that nothing imported passes for this clinic's
 * own: the file (its name and SHA-256, computed by the main process over the text it was sent), who
 * imported it and when. Signed sessions and consents keep the signers the file records; the import
 * is never a signature of this clinic (electron/store/patientExport.ts).
 */

/** A patient file as the import channel takes it: its name and its whole text, hashed on arrival. */
export const importFileSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  text: z.string().min(1),
});
export type ImportFile = z.infer<typeof importFileSchema>;

/** What the record store keeps of the file, beside its records. */
export type ImportSource = {
  fileName: string;
  /** SHA-256 (hex) of the file's bytes (its text as UTF-8). */
  fileSha256: string;
  /**
   * Every drawn signature image of the file, re-encoded (electron/consent/signatureImage.ts): the
   * SHA-256 of the data URL as the file has it → the data URL to store. The store refuses an import
   * with a drawn signature missing here, so that no image goes in unchecked.
   */
  signatureImages: Readonly<Record<string, string>>;
};

export type ImportOrigin = {
  fileName: string;
  fileSha256: string;
  /** When the file says it was exported (ISO instant). */
  exportedAt: string;
  importedAt: string;
  /** The practitioner unlocked when the file was imported. */
  importedBy: string;
};

/** A patient's import (the first, should there be more) and the records it brought. */
export type PatientImport = ImportOrigin & {
  courseIds: string[];
  sessionIds: string[];
  /** The sessions that came signed (by the signer the file names, elsewhere); the others came as drafts. */
  signedSessionIds: string[];
  consentIds: string[];
  photoIds: string[];
  adverseEventIds: string[];
  /** The hash a consent had in the file, for a consent whose signature image was re-encoded on import (its hash is then recomputed). */
  consentHashesInFile: Record<string, string>;
};

type ImportText = { ok: true; document: unknown } | { ok: false; reason: 'empty' | 'not-json' | 'not-object' };

/**
 * The document in a patient file's text: JSON (a byte order mark ignored), an object, the export as
 * is or wrapped the way the channel took it before ({ document }).
 */
export function documentOfImportText(text: string): ImportText {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not-object' };
  const wrapped = value as { document?: unknown };
  return { ok: true, document: 'document' in wrapped && typeof wrapped.document === 'object' ? wrapped.document : value };
}

/**
 * The import a signed record came signed with (a session signed in the file, or any imported consent):
 * it is shown and printed as signed elsewhere, as the file records it; null for this clinic's own.
 */
export function signedInFile(imported: PatientImport | null | undefined, kind: 'session' | 'consent', id: string): ImportOrigin | null {
  if (!imported) return null;
  const ids = kind === 'session' ? imported.signedSessionIds : imported.consentIds;
  if (!ids.includes(id)) return null;
  const { fileName, fileSha256, exportedAt, importedAt, importedBy } = imported;
  return { fileName, fileSha256, exportedAt, importedAt, importedBy };
}
