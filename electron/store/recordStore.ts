import type { RecordStore } from '../../shared/repository.ts';
import { openDatabase, type OpenDatabaseOptions } from './database.ts';
import { adverseEventMethods } from './methods/adverseEvents.ts';
import { catalogueMethods } from './methods/catalogue.ts';
import { consentMethods } from './methods/consent.ts';
import { createStoreContext, type Synchronous } from './methods/context.ts';
import { courseMethods } from './methods/courses.ts';
import { patientMethods } from './methods/patients.ts';
import { photoMethods } from './methods/photos.ts';
import { practitionerMethods } from './methods/practitioners.ts';
import { protocolMethods } from './methods/protocols.ts';
import { recallMethods } from './methods/recalls.ts';
import { recordOutputMethods } from './methods/records.ts';
import { sessionMethods } from './methods/sessions.ts';
import { stockMethods } from './methods/stock.ts';
import { transferMethods } from './methods/transfer.ts';

export type RecordStoreOptions = OpenDatabaseOptions & {
  /** The clock for creation, update and audit times; tests pin it. */
  now?: () => Date;
};

export type SqliteRecordStore = Synchronous<RecordStore>;

/**
 * The record store over the SQLite file at `path`: the database opened (and migrated), and each
 * domain's methods (electron/store/methods/) over it. Inputs are validated by the caller with the
 * shared schemas; the store guards what only it can know (ids exist, signed sessions stay as signed)
 * and makes each mutation one transaction holding the change and its one audit entry.
 */
export function openRecordStore(path: string, options: RecordStoreOptions = {}): SqliteRecordStore {
  const db = openDatabase(path, options);
  const context = createStoreContext(db, { now: options.now ?? (() => new Date()), readOnly: options.readOnly ?? false, inMemory: path === ':memory:' });
  const store: SqliteRecordStore = {
    schemaVersion: Number(db.prepare('PRAGMA user_version').get()?.user_version),
    ...patientMethods(context),
    ...courseMethods(context),
    ...sessionMethods(context),
    ...protocolMethods(context),
    ...practitionerMethods(context),
    ...consentMethods(context),
    ...photoMethods(context),
    ...recordOutputMethods(context),
    ...transferMethods(context),
    ...adverseEventMethods(context),
    ...catalogueMethods(context),
    ...stockMethods(context),
    ...recallMethods(context),
    close: () => {
      context.stop();
      if (db.isOpen) db.close();
    },
  };
  return store satisfies RecordStore;
}
