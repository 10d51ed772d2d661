// A clinic's records file at the benchmark's scale, written as fast as SQLite allows (not timed): the
// schema as the application creates it, then bare prepared statements in big transactions, through
// libsql (sealed with `key` when given). Only libsql ever touches this file: node:sqlite and libsql on one
// file in one process corrupt it.
import { randomUUID } from 'node:crypto';
import { auditEntryHash, GENESIS_HASH } from '../../electron/store/auditChain.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { sealingKeyOptions } from '../../electron/store/sealedCopy.ts';
import { patientSearchKey } from '../../electron/store/searchKey.ts';
import { connectSql } from '../../electron/store/sqlDatabase.ts';

export const PATIENTS = 2_000;
export const SESSIONS_PER_PATIENT = 10;
export const POINTS_PER_SESSION = 50;
export const LOTS = 400;
export const SAVE_SESSIONS = 20; // drafts of 100 points, edited and saved in the measurement
export const SAVE_POINTS = 100;
const PRODUCTS_PER_SESSION = 2;

const FIRST = ['Anna', 'Hans', 'Inès', 'Marta', 'Lukas', 'Sofia', 'Jonas', 'Élodie', 'Piotr', 'Greta', 'Mateo', 'Lena', 'Jakub', 'Chiara', 'Noah', 'Zoé', 'Ole', 'Maja', 'Tomás', 'Ida'];
const LAST = ['Müller', 'Kowalska', 'Lefèvre', 'García-López', 'Rossi', 'Nowak', 'Schmidt', 'Dubois', 'Żółkiewska', "O'Brien", 'Jensen', 'Novák', 'Fischer', 'Moreau', 'Bianchi', 'Weber', 'Lindqvist', 'Horvat', 'Costa', 'Meyer',
  'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Keller', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier'];
const VIEWS = ['body-front', 'body-back', 'face', 'scalp'];
const REGIONS = ['abdomen', 'thigh-left-lateral', 'forehead', 'cheek-left', 'vertex', 'lumbar'];
const ACTOR = 'Dr. Anna Kowalska';

export const lotName = (i: number) => `LOT-${String(i).padStart(5, '0')}`;

/** The file's drafts the save measurement edits, and names the search measurement types. */
export type ClinicFile = { saveSessionIds: string[]; names: string[] };

/** Writes the clinic at `path`; the same seed gives the same clinic, sealed or not. */
export function writeClinicFile(path: string, key?: Uint8Array): ClinicFile {
  openRecordStore(path, key ? { key } : {}).close();
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const db = connectSql(path, sealingKeyOptions(key));
  db.exec('PRAGMA synchronous = OFF');
  const at = '2025-01-01T09:00:00.000Z';
  const insertPatient = db.prepare(`INSERT INTO patients (id, first_name, last_name, search_key, date_of_birth, sex, phone, email, address,
    allergies, notes, screening, has_positive_screening, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'female', '', '', '', '', '', NULL, 0, ?, ?, ?)`);
  const insertCourse = db.prepare(`INSERT INTO courses (id, patient_id, indication, area, planned_sessions, interval_days, maintenance_interval_days,
    start_date, status, notes, created_at, updated_at) VALUES (?, ?, 'cellulite', 'Thighs', 10, 7, 30, ?, 'active', '', ?, ?)`);
  const insertSession = db.prepare(`INSERT INTO sessions (id, patient_id, course_id, number_in_course, date, time, practitioner, indication,
    treated_areas, default_technique, default_needle, injector, vas_before, vas_after, side_effects, aftercare, notes, status, signed_at,
    signed_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '09:30', 'Dr. Anna Kowalska', 'cellulite', '["Thighs"]', 'point', '30G-4mm',
    '{"kind":"single"}', NULL, NULL, '[]', '', '', 'draft', NULL, NULL, ?, ?)`);
  const sign = db.prepare(`UPDATE sessions SET status = 'signed', signed_at = ?, signed_by = 'Dr. Anna Kowalska' WHERE id = ?`);
  const insertProduct = db.prepare(`INSERT INTO session_products (session_id, position, name, active_ingredients, concentration, dilution,
    volume_ml, lot, expiry) VALUES (?, ?, ?, '', '', '', 2, ?, '2027-01-31')`);
  const insertPoint = db.prepare(`INSERT INTO points (session_id, seq, id, view, x, y, region, depth_mm, needle, needle_count, technique,
    product_index, volume_ml, note) VALUES (?, ?, ?, ?, ?, ?, ?, 4, '30G-4mm', NULL, 'point', ?, NULL, '')`);
  const insertAudit = db.prepare('INSERT INTO audit (id, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  let auditId = 0;
  let prev = GENESIS_HASH;
  const audit = (action: string, entity: string, entityId: string) => {
    const row = { id: ++auditId, at, actor: ACTOR, action, entity, entity_id: entityId, detail: '{"fields":[]}' };
    const hash = auditEntryHash(prev, row);
    insertAudit.run(row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.detail, prev, hash);
    prev = hash;
  };
  const names: string[] = [];
  const saveSessionIds: string[] = [];
  db.exec('BEGIN');
  for (let p = 0; p < PATIENTS; p++) {
    const patientId = randomUUID();
    const first = pick(FIRST);
    const last = `${pick(LAST)}${p % 7 === 0 ? '' : ` ${pick(LAST)}`}`;
    if (p % 250 === 0) names.push(last);
    insertPatient.run(patientId, first, last, patientSearchKey(first, last), `19${50 + (p % 50)}-0${1 + (p % 9)}-1${p % 10}`, p % 40 === 0 ? 1 : 0, at, at);
    audit('patient.create', 'patient', patientId);
    const courseId = randomUUID();
    insertCourse.run(courseId, patientId, '2020-01-06', at, at);
    for (let s = 0; s < SESSIONS_PER_PATIENT; s++) {
      const sessionId = randomUUID();
      const date = `20${String(15 + Math.floor(s / 2)).padStart(2, '0')}-${String(1 + ((p + s) % 12)).padStart(2, '0')}-1${s % 10}`;
      insertSession.run(sessionId, patientId, courseId, s + 1, date, at, at);
      for (let k = 0; k < PRODUCTS_PER_SESSION; k++) insertProduct.run(sessionId, k, k === 0 ? 'Lidocaine 2%' : 'Vitamin C', lotName(Math.floor(random() * LOTS)));
      for (let i = 0; i < POINTS_PER_SESSION; i++) {
        insertPoint.run(sessionId, i, randomUUID(), pick(VIEWS), Math.round(random() * 1_800_00) / 100, Math.round(random() * 1_800_00) / 100, pick(REGIONS), i % 3 === 0 ? 0 : null);
      }
      sign.run(at, sessionId);
      audit('session.sign', 'session', sessionId);
    }
    if (p % 200 === 0) {
      db.exec('COMMIT');
      db.exec('BEGIN');
    }
  }
  // The drafts the save measurement edits: 100 points each, on patients of the clinic.
  const owners = db.prepare('SELECT id FROM patients LIMIT ?').all(SAVE_SESSIONS);
  for (const { id: patientId } of owners) {
    const sessionId = randomUUID();
    insertSession.run(sessionId, patientId as string, null, null, '2025-06-02', at, at);
    for (let k = 0; k < PRODUCTS_PER_SESSION; k++) insertProduct.run(sessionId, k, 'Lidocaine 2%', lotName(k));
    for (let i = 0; i < SAVE_POINTS; i++) insertPoint.run(sessionId, i, randomUUID(), 'body-front', 100 + i, 200 + i, 'abdomen', 0);
    saveSessionIds.push(sessionId);
  }
  db.exec('COMMIT');
  db.exec('ANALYZE');
  db.close();
  return { saveSessionIds, names };
}
