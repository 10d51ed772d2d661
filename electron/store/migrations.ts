import type { SqlDatabase } from './sqlDatabase.ts';
import { transaction } from './transaction.ts';
import { MESOCHART_APPLICATION_ID, MIGRATION_1 } from './migrations/001-records.ts';
import { MIGRATION_2 } from './migrations/002-amendments-protocols.ts';
import { MIGRATION_3 } from './migrations/003-chained-audit.ts';
import { MIGRATION_4 } from './migrations/004-practitioners.ts';
import { MIGRATION_5 } from './migrations/005-consents-photos.ts';
import { MIGRATION_6 } from './migrations/006-languages.ts';
import { MIGRATION_7 } from './migrations/007-consent-languages.ts';
import { MIGRATION_8 } from './migrations/008-consent-templates-v2.ts';
import { MIGRATION_9 } from './migrations/009-session-screening.ts';
import { MIGRATION_10 } from './migrations/010-adverse-events.ts';
import { MIGRATION_11 } from './migrations/011-outcome-measures.ts';
import { MIGRATION_12 } from './migrations/012-practitioner-registration.ts';
import { MIGRATION_13 } from './migrations/013-product-catalogue.ts';
import { MIGRATION_14 } from './migrations/014-stock.ts';
import { MIGRATION_15 } from './migrations/015-recalls.ts';
import { MIGRATION_16 } from './migrations/016-expired-lot-reason.ts';
import { MIGRATION_17 } from './migrations/017-patient-imports.ts';
import { MIGRATION_18 } from './migrations/018-patient-changes.ts';

/** Written to the SQLite header by migration 1: tells a MesoChart database from any other SQLite file. */
export { MESOCHART_APPLICATION_ID };

export type Migration = {
  /** The user_version this migration brings the database to, from version - 1. */
  version: number;
  description: string;
  up: (db: SqlDatabase) => void;
};

/**
 * In order; migration N brings user_version N - 1 to N. Each lives in migrations/NNN-name.ts with the
 * frozen copies of whatever it needs. Never edit one that has shipped: add one.
 */
export const MIGRATIONS: readonly Migration[] = [MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4, MIGRATION_5, MIGRATION_6, MIGRATION_7, MIGRATION_8, MIGRATION_9, MIGRATION_10, MIGRATION_11, MIGRATION_12, MIGRATION_13, MIGRATION_14, MIGRATION_15, MIGRATION_16, MIGRATION_17, MIGRATION_18];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Applies every migration above `fromVersion` up to `toVersion` (the latest; the migration tests stop
 * at an older schema), each in its own transaction together with the user_version it reaches: a crash
 * between two migrations leaves a consistent, resumable database.
 */
export function migrate(db: SqlDatabase, fromVersion: number, toVersion: number = LATEST_SCHEMA_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= fromVersion || migration.version > toVersion) continue;
    transaction(db, () => {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
}
