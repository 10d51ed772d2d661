import type { DatabaseSync } from 'node:sqlite';
import type { Patient } from '../../../shared/patient.ts';
import type { Product } from '../../../shared/product.ts';
import { patientSearchKey } from '../../../electron/store/searchKey.ts';

/**
 * Rows written as older schemas had them, for the migration tests: the live row code writes the
 * columns later migrations added, which an old database does not have yet.
 */

/** A patient as schemas 6 to 9 wrote it (language, no medication). */
export function insertPatientBefore10(db: DatabaseSync, patient: Patient): void {
  db.prepare(
    `INSERT INTO patients (id, first_name, last_name, search_key, date_of_birth, sex, phone, email, address, allergies, notes, screening, language,
      has_positive_screening, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    patient.id, patient.firstName, patient.lastName, patientSearchKey(patient.firstName, patient.lastName), patient.dateOfBirth, patient.sex,
    patient.phone, patient.email, patient.address, patient.allergies, patient.notes, patient.screening === null ? null : JSON.stringify(patient.screening),
    patient.language ?? null, patient.screening && Object.values(patient.screening.answers).some((a) => a?.present) ? 1 : 0, patient.archived ? 1 : 0,
    patient.createdAt, patient.updatedAt,
  );
}

/** The fields of a session row that schema 1 has (no diagnosis, no screening copy). */
export type SessionRowBefore10 = {
  id: string; patientId: string; date: string; time: string; practitioner: string; indication: string; notes: string;
  vasBefore: number | null; vasAfter: number | null; sideEffects: string[];
};

/** A draft session as schemas 1 to 9 wrote it; signed afterwards with signSessionBefore10. */
export function insertSessionBefore10(db: DatabaseSync, s: SessionRowBefore10): void {
  db.prepare(
    `INSERT INTO sessions (id, patient_id, course_id, number_in_course, date, time, practitioner, indication, treated_areas, default_technique,
      default_needle, injector, vas_before, vas_after, side_effects, aftercare, notes, status, signed_at, signed_by, created_at, updated_at)
     VALUES (?, ?, NULL, NULL, ?, ?, ?, ?, '["Lumbar spine"]', 'point', '30G-4mm', '{"kind":"single"}', ?, ?, ?, '', ?, 'draft', NULL, NULL, ?, ?)`,
  ).run(s.id, s.patientId, s.date, s.time, s.practitioner, s.indication, s.vasBefore, s.vasAfter, JSON.stringify(s.sideEffects), s.notes, `${s.date}T09:00:00.000Z`, `${s.date}T09:00:00.000Z`);
}

export function signSessionBefore10(db: DatabaseSync, id: string, at: string, by: string): void {
  db.prepare("UPDATE sessions SET status = 'signed', signed_at = ?, signed_by = ?, updated_at = ? WHERE id = ?").run(at, by, at, id);
}

/** A session's cocktail as schemas 1 to 12 wrote it (no catalogue product, no kind). */
export function insertProductsBefore13(db: DatabaseSync, sessionId: string, products: readonly Product[]): void {
  const insert = db.prepare(
    `INSERT INTO session_products (session_id, position, name, active_ingredients, concentration, dilution, volume_ml, lot, expiry)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  products.forEach((p, position) => insert.run(sessionId, position, p.name, p.activeIngredients, p.concentration, p.dilution, p.volumeMl, p.lot, p.expiry));
}

/** Rows of a dumped table (JSON strings) without some columns: those a later schema adds, which an older database's rows cannot have. */
export function withoutColumns(rows: readonly string[], columns: readonly string[]): string[] {
  return rows.map((row) => {
    const fields = JSON.parse(row) as Record<string, unknown>;
    for (const c of columns) delete fields[c];
    return JSON.stringify(fields);
  });
}
