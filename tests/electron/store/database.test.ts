import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SqlDatabase } from '../../../electron/store/sqlDatabase.ts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors.ts';
import { openDatabase, transaction } from '../../../electron/store/database.ts';
import { LATEST_SCHEMA_VERSION, MESOCHART_APPLICATION_ID, MIGRATIONS } from '../../../electron/store/migrations.ts';
import { dumpDatabase, tempDatabasePath, tempDir, thrownBy } from './fixtures.ts';

/** A pragma's value (the first column: busy_timeout's is named "timeout"). */
function pragma(db: SqlDatabase, name: string): unknown {
  const row = db.prepare(`PRAGMA ${name}`).get();
  return row ? Object.values(row)[0] : undefined;
}

/** Modification time to the nanosecond: with the bytes, what "the file was not modified" means. */
function statBigint(path: string) {
  return statSync(path, { bigint: true });
}

describe('openDatabase', () => {
  it('migrates a new file to the latest schema version with WAL, foreign keys and synchronous FULL', () => {
    const path = tempDatabasePath();
    const db = openDatabase(path);
    try {
      expect(pragma(db, 'user_version')).toBe(LATEST_SCHEMA_VERSION);
      expect(pragma(db, 'application_id')).toBe(MESOCHART_APPLICATION_ID);
      expect(pragma(db, 'journal_mode')).toBe('wal');
      expect(pragma(db, 'foreign_keys')).toBe(1);
      expect(pragma(db, 'synchronous')).toBe(2);
      expect(pragma(db, 'busy_timeout')).toBeGreaterThan(0);
      const tables = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
        .all()
        .map((row) => row.name);
      expect(tables).toEqual(['adverse_events', 'amendments', 'audit', 'catalogue_gtins', 'catalogue_products', 'consent_overrides', 'consent_template_versions', 'consent_templates', 'consents', 'contraindication_acks', 'courses', 'imported_records', 'patient_changes', 'patient_imports', 'patients', 'photos', 'points', 'practitioners', 'protocols', 'recall_patients', 'recalls', 'session_products', 'sessions', 'stock_lots', 'stock_movements']);
    } finally {
      db.close();
    }
  });

  it('indexes what the list and the lot search need', () => {
    const db = openDatabase(tempDatabasePath());
    try {
      const indexes = db
        .prepare("SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        .all()
        .map((row) => `${row.tbl_name}.${row.name}`);
      expect(indexes).toEqual(
        expect.arrayContaining([
          'sessions.sessions_by_patient_date',
          'session_products.session_products_by_lot',
          'session_products.session_products_by_name',
          'audit.audit_by_entity',
        ]),
      );
    } finally {
      db.close();
    }
  });

  it('numbers its migrations 1, 2, 3... with the last one as the latest version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('reopens an up-to-date database without changing its content', () => {
    const path = tempDatabasePath();
    openDatabase(path).close();
    const before = dumpDatabase(path);
    openDatabase(path).close();
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('refuses a database of a newer schema version, naming both versions, without modifying the file', () => {
    const path = tempDatabasePath();
    openDatabase(path).close();
    const raw = new DatabaseSync(path);
    // Back to a rollback journal: switching it to WAL would rewrite the header, so any write shows.
    raw.exec('PRAGMA journal_mode = DELETE');
    raw.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const bytesBefore = readFileSync(path);
    const mtimeBefore = statBigint(path).mtimeNs;

    const error = thrownBy(() => openDatabase(path));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('storage');
    expect((error as ApiError).message).toContain(`schema version ${LATEST_SCHEMA_VERSION + 5}`);
    expect((error as ApiError).message).toContain(`up to ${LATEST_SCHEMA_VERSION}`);
    expect(readFileSync(path).equals(bytesBefore)).toBe(true);
    expect(statBigint(path).mtimeNs).toBe(mtimeBefore);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not a SQLite database and leaves it as it was', () => {
    const path = join(tempDir(), 'records.sqlite');
    const content = 'Patient list exported from the old spreadsheet\n'.repeat(20);
    writeFileSync(path, content);
    const mtimeBefore = statBigint(path).mtimeNs;

    const error = thrownBy(() => openDatabase(path));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('storage');
    expect((error as ApiError).message).toMatch(/not a MesoChart database/);
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect(statBigint(path).mtimeNs).toBe(mtimeBefore);
  });

  it('refuses a file shorter than a SQLite header', () => {
    const path = join(tempDir(), 'records.sqlite');
    writeFileSync(path, 'SQLite');
    expect((thrownBy(() => openDatabase(path)) as ApiError).code).toBe('storage');
    expect(readFileSync(path, 'utf8')).toBe('SQLite');
  });

  it('refuses the SQLite database of another application without adding tables to it', () => {
    const path = tempDatabasePath();
    const raw = new DatabaseSync(path);
    raw.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5)");
    raw.close();
    const before = dumpDatabase(path);

    const error = thrownBy(() => openDatabase(path)) as ApiError;

    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/another application/);
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('opens an empty file (what a crash right after creation leaves) as a new database', () => {
    const path = tempDatabasePath();
    writeFileSync(path, '');
    const db = openDatabase(path);
    try {
      expect(pragma(db, 'user_version')).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      db.close();
    }
  });

  it('opens read-only without writing, and refuses a read-only open of a missing file without creating it', () => {
    const path = tempDatabasePath();
    openDatabase(path).close();
    const bytesBefore = readFileSync(path);
    const db = openDatabase(path, { readOnly: true });
    expect(pragma(db, 'user_version')).toBe(LATEST_SCHEMA_VERSION);
    expect(() => db.exec("INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES ('t', 'a', 'x', 'patient', 'p', '{}')")).toThrow(/readonly/);
    db.close();
    expect(readFileSync(path).equals(bytesBefore)).toBe(true);

    const missing = join(tempDir(), 'missing.sqlite');
    expect((thrownBy(() => openDatabase(missing, { readOnly: true })) as ApiError).code).toBe('storage');
    expect(existsSync(missing)).toBe(false);
  });

  it('reports a folder that does not exist, or a folder given as the file, as a storage error', () => {
    expect(thrownBy(() => openDatabase(join(tempDir(), 'no-such-folder', 'records.sqlite')))).toMatchObject({ code: 'storage' });
    expect(thrownBy(() => openDatabase(tempDir()))).toMatchObject({ code: 'storage' });
  });
});

describe('transaction', () => {
  function auditRows(db: SqlDatabase): number {
    return Number(db.prepare('SELECT COUNT(*) AS n FROM audit').get()?.n);
  }
  const insertAudit = "INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES ('t', 'a', 'x', 'patient', 'p', '{}')";

  it('commits what the function wrote and returns its result', () => {
    const db = openDatabase(tempDatabasePath());
    try {
      const result = transaction(db, () => {
        db.exec(insertAudit);
        return 'done';
      });
      expect(result).toBe('done');
      expect(auditRows(db)).toBe(1);
      expect(db.isTransaction).toBe(false);
    } finally {
      db.close();
    }
  });

  it('rolls back everything the function wrote when it throws, and rethrows', () => {
    const db = openDatabase(tempDatabasePath());
    try {
      expect(() =>
        transaction(db, () => {
          db.exec(insertAudit);
          db.exec(insertAudit);
          throw new Error('half-way');
        }),
      ).toThrow('half-way');
      expect(auditRows(db)).toBe(0);
      expect(db.isTransaction).toBe(false);
    } finally {
      db.close();
    }
  });

  it('refuses an async function instead of committing before it finishes', () => {
    const db = openDatabase(tempDatabasePath());
    try {
      expect(() =>
        transaction(db, () => {
          db.exec(insertAudit);
          return Promise.resolve();
        }),
      ).toThrow(/synchronous/);
      expect(auditRows(db)).toBe(0);
    } finally {
      db.close();
    }
  });
});
