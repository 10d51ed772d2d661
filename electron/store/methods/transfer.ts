import { notFound } from '../../../shared/errors.ts';
import type { TransferStore } from '../../../shared/repository.ts';
import { parsePatientExport, readPatientExport, writePatientImport } from '../patientExport.ts';
import { findPatientImport } from '../patientImports.ts';
import type { StoreContext, Synchronous } from './context.ts';

/** One patient's whole record out of these records (audited) and into others, in one transaction. */
export function transferMethods({ db, mutate, read, audit }: StoreContext): Synchronous<TransferStore> {
  return {
    exportPatient: (id, actor) =>
      mutate(actor, (at) => {
        const document = readPatientExport(db, id, at);
        if (!document) throw notFound('patient', id);
        audit(at, actor, 'patient.export', 'patient', id, { courses: document.courses.length, sessions: document.sessions.length, consents: document.consents.length, photos: document.photos.length });
        return document;
      }),

    importPatient: (document, source, actor) => {
      const doc = parsePatientExport(document);
      return mutate(actor, (at) => {
        const patient = writePatientImport(db, doc, { source, at, actor });
        // The one entry of the import, under the importer: the file it came from, and what it brought signed elsewhere.
        audit(at, actor, 'patient.import', 'patient', patient.id, {
          courses: doc.courses.length,
          sessions: doc.sessions.length,
          ...(doc.version >= 2 ? { consents: doc.consents.length, photos: doc.photos.length } : {}),
          signedSessions: doc.sessions.filter((s) => s.status === 'signed').length,
          exportedAt: doc.exportedAt,
          version: doc.version,
          fileName: source.fileName,
          fileSha256: source.fileSha256,
        });
        return patient;
      });
    },

    getPatientImport: (patientId) => read(() => findPatientImport(db, patientId)),
  };
}
