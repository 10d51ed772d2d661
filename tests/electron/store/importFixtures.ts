import { createHash } from 'node:crypto';
import type { ImportSource } from '../../../shared/patientImport.ts';
import { signatureImageKey } from '../../../electron/store/patientImports.ts';

type Signed = { kind: string; png?: string };
type WithConsents = { consents?: { patientSignature: Signed; practitionerSignature: Signed }[] };

/**
 * The file a store-level test imports a document from: its name, the SHA-256 of the document as
 * JSON, and each drawn signature image taken as already checked (the channel's re-encoding is tested
 * in tests/electron/consent/signatureImage.test.ts and tests/electron/backup/hostileImports.test.ts).
 */
export function importFileOf(document: unknown, fileName = 'patient.json'): ImportSource {
  const signatureImages: Record<string, string> = {};
  const consents = typeof document === 'object' && document !== null ? ((document as WithConsents).consents ?? []) : [];
  for (const c of Array.isArray(consents) ? consents : []) {
    for (const s of [c.patientSignature, c.practitionerSignature]) if (s?.kind === 'drawn' && typeof s.png === 'string') signatureImages[signatureImageKey(s.png)] = s.png;
  }
  return { fileName, fileSha256: createHash('sha256').update(JSON.stringify(document) ?? '').digest('hex'), signatureImages };
}
