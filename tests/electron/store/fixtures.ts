import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectSql } from '../../../electron/store/sqlDatabase.ts';
import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import type { z } from 'zod';
import { emptyScreening, type ContraindicationKey, type Screening } from '../../../shared/contraindications.ts';
import { courseInputSchema, type CourseInput } from '../../../shared/course.ts';
import type { IndicationId } from '../../../shared/indications.ts';
import { patientInputSchema, type PatientInput } from '../../../shared/patient.ts';
import { pointSchema, type InjectionPoint, type InjectionPointInput } from '../../../shared/point.ts';
import type { Actor, SessionDefaults } from '../../../shared/repository.ts';
import { sessionDraftInputSchema, type SessionDraftInput } from '../../../shared/session.ts';
import { openRecordStore, type RecordStoreOptions, type SqliteRecordStore } from '../../../electron/store/recordStore.ts';

export const actor: Actor = { name: 'Dr. Anna Kowalska' };
export const defaults: SessionDefaults = { defaultTechnique: 'point', defaultNeedle: '30G-4mm', injector: { kind: 'single' } };

const tempDirs: string[] = [];
const openStores: SqliteRecordStore[] = [];

afterEach(() => {
  for (const store of openStores.splice(0)) store.close();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mesochart-store-'));
  tempDirs.push(dir);
  return dir;
}

export function tempDatabasePath(): string {
  return join(tempDir(), 'records.sqlite');
}

/** A store over a new file, closed after the test. */
export function openTestStore(path = tempDatabasePath(), options: RecordStoreOptions = {}): { store: SqliteRecordStore; path: string } {
  const store = openRecordStore(path, options);
  openStores.push(store);
  return { store, path };
}

export function patientFields(overrides: Partial<PatientInput> = {}) {
  return patientInputSchema.parse({ firstName: 'Hans', lastName: 'Müller', dateOfBirth: '1970-04-12', sex: 'male', ...overrides });
}

export function courseFields(patientId: string, overrides: Partial<CourseInput> = {}) {
  return courseInputSchema.parse({ patientId, indication: 'pain', area: 'Lumbar spine', plannedSessions: 10, startDate: '2025-01-06', ...overrides });
}

/** Why fixtures' sessions start without a consent: every session asks for a consent in force or a reason. */
export const FIXTURE_CONSENT_OVERRIDE = 'Consent signed on paper (test fixture)';

/**
 * A parsed draft input; indication and treated areas are given (they are optional only when copying).
 * It carries FIXTURE_CONSENT_OVERRIDE unless the test says otherwise (consentOverride: undefined): the
 * store keeps it only for a session whose indication has no consent in force.
 */
export function sessionDraft(patientId: string, overrides: Partial<SessionDraftInput> = {}) {
  return sessionDraftInputSchema.parse({
    patientId,
    date: '2025-01-06',
    time: '09:30',
    practitioner: 'Dr. Anna Kowalska',
    indication: 'pain',
    treatedAreas: ['Lumbar spine'],
    consentOverride: FIXTURE_CONSENT_OVERRIDE,
    ...overrides,
  }) as z.output<typeof sessionDraftInputSchema> & { indication: IndicationId; treatedAreas: string[] };
}

export function point(overrides: Partial<InjectionPointInput> = {}): InjectionPoint {
  return pointSchema.parse({ id: randomUUID(), view: 'body-back', x: 500, y: 800, depthMm: 4, needle: '30G-4mm', technique: 'point', ...overrides });
}

export function points(count: number): InjectionPoint[] {
  return Array.from({ length: count }, (_, i) => point({ x: 400 + (i % 20) * 5, y: 700 + Math.floor(i / 20) * 5, region: 'lumbar' }));
}

/**
 * Every row of every table and the schema itself, read through a connection of its own: what "the
 * database did not change" is compared on. Rows are sorted so the comparison ignores storage order.
 */
// Read with the store's own engine: a second SQLite library in this process would not share the
// store's locks and shared memory on the file, and could corrupt it (electron/store/sqlDatabase.ts).
export function dumpDatabase(path: string, key?: Uint8Array): Record<string, unknown> {
  const db = connectSql(path, { readOnly: true, ...(key ? { key } : {}) });
  try {
    const schema = db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all();
    const tables = schema.filter((entry) => entry.type === 'table').map((entry) => String(entry.name));
    const dump: Record<string, unknown> = {
      userVersion: db.prepare('PRAGMA user_version').get()?.user_version,
      schema,
    };
    for (const table of tables) {
      dump[table] = db
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
    }
    return dump;
  } finally {
    db.close();
  }
}

/** How many audit entries the whole database holds. */
export function auditCount(path: string): number {
  const db = connectSql(path, { readOnly: true });
  try {
    return Number(db.prepare('SELECT COUNT(*) AS n FROM audit').get()?.n);
  } finally {
    db.close();
  }
}

/** The error `fn` throws (fails the test if it throws none). */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** The error `promise` rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** A screening dated 2025-01-02 on which exactly the given contraindications are positive. */
export function screeningWith(...positive: ContraindicationKey[]): Screening {
  const screening = emptyScreening('2025-01-02');
  for (const key of positive) screening.answers[key] = { present: true, note: 'noted at screening' };
  return screening;
}

/**
 * The patient's consent for `indication`, signed today with a yes to photographs: what a session's
 * photos need (shared/photoConsent.ts). The patient must have been screened.
 */
export function consentToPhotos(store: SqliteRecordStore, patientId: string, indication: IndicationId = 'pain') {
  const [template] = store.listConsentTemplates(indication);
  if (!template) throw new Error(`no consent template for ${indication}`);
  const signature = { kind: 'typed' as const, name: 'Hans Müller' };
  return store.signConsent({ patientId, templateId: template.templateId, templateVersion: template.version, patientSignature: signature, practitionerSignature: { kind: 'typed', name: actor.name }, photoConsent: true }, actor);
}
