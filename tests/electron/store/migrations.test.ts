import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { Patient } from '../../../shared/patient.ts';
import { productSchema } from '../../../shared/product.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/store/migrations.ts';
import { patientSearchKey } from '../../../electron/store/searchKey.ts';
import { replacePoints } from '../../../electron/store/points.ts';
import { insertProductsBefore13, insertSessionBefore10, signSessionBefore10, type SessionRowBefore10 } from './oldRows.ts';
import { transaction } from '../../../electron/store/transaction.ts';
import { actor, dumpDatabase, openTestStore, patientFields, points, screeningWith, tempDatabasePath, thrownBy } from './fixtures.ts';

const V1_TABLES = ['audit', 'courses', 'patients', 'points', 'session_products', 'sessions'] as const;
const at = '2024-11-04T09:00:00.000Z';

/**
 * A database as version 1 of MesoChart left it: schema 1 only, a patient with a signed session (its
 * cocktail and chart) and a draft, and their audit entries. Written through the row code of schema 1.
 */
function versionOneDatabase() {
  const path = tempDatabasePath();
  const db = new DatabaseSync(path);
  const patient: Patient = { ...patientFields({ screening: screeningWith('anticoagulants') }), id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
  const base: SessionRowBefore10 = {
    id: randomUUID(), patientId: patient.id, date: '2024-11-04', time: '09:00', practitioner: 'Dr. Anna Kowalska', indication: 'pain',
    vasBefore: 6, vasAfter: 2, sideEffects: ['wheals'], notes: 'Before the upgrade',
  };
  const signed = base;
  const draft: SessionRowBefore10 = { ...base, id: randomUUID(), notes: 'A draft' };
  const chart = points(4);
  try {
    db.exec('PRAGMA foreign_keys = ON');
    transaction(db, () => {
      MIGRATIONS[0]!.up(db);
      db.exec('PRAGMA user_version = 1');
    });
    transaction(db, () => {
      // Schema 1's patients row (the current insertPatient writes columns later migrations added).
      db.prepare(
        `INSERT INTO patients (id, first_name, last_name, search_key, date_of_birth, sex, phone, email, address, allergies, notes, screening,
          has_positive_screening, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        patient.id, patient.firstName, patient.lastName, patientSearchKey(patient.firstName, patient.lastName), patient.dateOfBirth, patient.sex,
        patient.phone, patient.email, patient.address, patient.allergies, patient.notes, JSON.stringify(patient.screening), 1, 0, at, at,
      );
      insertSessionBefore10(db, signed);
      insertSessionBefore10(db, draft);
      insertProductsBefore13(db, signed.id, [productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2026-05-31' })]);
      replacePoints(db, signed.id, chart);
      signSessionBefore10(db, signed.id, at, 'Dr. Anna Kowalska');
      // The audit insert of schema 1 (before the hash chain of schema 3).
      db.prepare('INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
        at, 'Dr. Anna Kowalska', 'session.sign', 'session', signed.id, JSON.stringify({ fields: ['status'] }),
      );
    });
  } finally {
    db.close();
  }
  return { path, patient, signedId: signed.id, draftId: draft.id, chart };
}

/** The rows of schema 1's tables, without the columns later migrations added (schema 3's audit hashes). */
function v1Rows(path: string) {
  const dump = dumpDatabase(path);
  // Columns that later migrations add (audit chain, actor, patient language, schema 9's diagnosis,
  // medication and screening copy, schema 11's outcome measures, schema 12's practitioner profile, schema 13's
  // catalogue product and kind of a cocktail's product, schema 16's expired lot reason) are not version-1 data.
  const withoutLaterColumns = (table: string) => (row: string) => {
    const { prev_hash: _p, hash: _h, actor_id: _a, language: _l, diagnosis: _d, medication: _m, practitioner_id: _pr, outcomes: _o, catalogue_id: _c, kind: _k, expired_lot_reason: _e, ...rest } = JSON.parse(row) as Record<string, unknown>;
    // patients.screening is schema 1's; sessions.screening is schema 9's copy.
    if (table === 'sessions') delete rest.screening;
    return JSON.stringify(rest);
  };
  return Object.fromEntries(V1_TABLES.map((table) => [table, (dump[table] as string[]).map(withoutLaterColumns(table))]));
}

describe('migration 2', () => {
  it('upgrades a version-1 database with its records intact', () => {
    const { path, signedId, draftId, chart } = versionOneDatabase();
    const before = v1Rows(path);

    const { store } = openTestStore(path);

    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(v1Rows(path)).toEqual(before);
    expect(store.getSession(signedId)).toMatchObject({ status: 'signed', signedAt: at, notes: 'Before the upgrade', points: chart, amendments: [], contraindicationAck: null });
    expect(store.getSession(draftId)).toMatchObject({ status: 'draft', amendments: [], contraindicationAck: null });
    expect(store.listAudit(signedId)).toMatchObject([{ action: 'session.sign' }]);
  });

  it('lets a session signed before the upgrade be amended, and a draft be acknowledged and signed, afterwards', () => {
    const { path, signedId, draftId } = versionOneDatabase();
    const { store } = openTestStore(path);

    const amended = store.amendSession(signedId, { reason: 'VAS after misread', fields: { vasAfter: 3 } }, actor);
    expect(amended.amendments).toMatchObject([{ seq: 1, changes: { fields: { vasAfter: { from: 2, to: 3 } } } }]);

    store.acknowledgeContraindications(draftId, actor);
    expect(store.signSession(draftId, actor)).toMatchObject({ status: 'signed', contraindicationAck: { items: ['anticoagulants'] } });
  });

  it('leaves a version-1 database as it was when the migration fails half-way', () => {
    const { path } = versionOneDatabase();
    const raw = new DatabaseSync(path);
    // A table in the way of migration 2 makes it fail after its first statements ran.
    raw.exec('CREATE TABLE protocols (id TEXT)');
    raw.close();
    const before = dumpDatabase(path);

    expect(thrownBy(() => openTestStore(path))).toBeInstanceOf(Error);

    expect(dumpDatabase(path)).toEqual(before);
    expect(before.userVersion).toBe(1);
  });
});

describe('shipped migrations are frozen', () => {
  // electron/store/migrations/: NNN-kebab-name.ts (lower case, digits allowed: '-v2') is migration NNN; NNN-camelName.ts a frozen helper of it.
  const FOLDER = join(import.meta.dirname, '../../../electron/store/migrations');
  const files = readdirSync(FOLDER).filter((f) => f.endsWith('.ts')).sort();
  /** Every module a file names: static imports and re-exports, type-only ones too, and import(). */
  const importsOf = (source: string): string[] =>
    [...source.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => (m[1] ?? m[2]) as string);

  it('keeps one file per migration, in order, each bringing its own version', () => {
    const migrations = files.filter((f) => /^\d{3}-[a-z0-9-]+\.ts$/.test(f));
    expect(migrations.map((f) => Number(f.slice(0, 3)))).toEqual(MIGRATIONS.map((m) => m.version));
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it.each(files)('%s imports nothing but node: modules, the connection type and the frozen helpers beside it', (file) => {
    const imports = importsOf(readFileSync(join(FOLDER, file), 'utf8'));
    // The connection's type is the one live import a migration may have: it carries no behaviour.
    const live = imports.filter((spec) => !spec.startsWith('node:') && spec !== '../sqlDatabase.ts' && !/^\.\/\d{3}-[A-Za-z-]+\.ts$/.test(spec));
    expect(live).toEqual([]);
    // A frozen helper belongs to its migration: it carries the migration's number.
    for (const spec of imports.filter((s) => s.startsWith('./'))) expect(spec.slice(2, 5), `${file} → ${spec}`).toBe(file.slice(0, 3));
  });

  it('reads imports the way the check above needs', () => {
    expect(importsOf("import type { A } from '../a.ts';\nimport {\n  b,\n} from './003-b.ts';\nexport { c } from 'node:crypto';")).toEqual(['../a.ts', './003-b.ts', 'node:crypto']);
  });
});
