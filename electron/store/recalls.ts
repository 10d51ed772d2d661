import type { SqlDatabase } from './sqlDatabase.ts';
import type { ContactMethod, Recall, RecallContact, RecallPatient, RecallSummary, RecallUse } from '../../shared/recall.ts';
import { statement } from './statements.ts';

/** The rows of schema 15's recalls and recall_patients (electron/store/migrations/015-recalls.ts). */

type RecallRow = {
  id: string;
  lot: string;
  product: string;
  reason: string;
  reference: string;
  opened_at: string;
  opened_by: string;
  closed_at: string | null;
  closed_by: string | null;
  close_note: string;
  patient_count: number;
  contacted_count: number;
};

type PatientRow = {
  patient_id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  phone: string;
  email: string;
  address: string;
  language: RecallPatient['language'];
  uses: string;
  contacted_on: string | null;
  contact_method: ContactMethod | null;
  contacted_by: string | null;
  contact_note: string;
  marked_at: string | null;
  marked_by: string | null;
};

const SUMMARY = `SELECT r.id, r.lot, r.product, r.reason, r.reference, r.opened_at, r.opened_by, r.closed_at, r.closed_by, r.close_note,
  (SELECT count(*) FROM recall_patients AS rp WHERE rp.recall_id = r.id) AS patient_count,
  (SELECT count(*) FROM recall_patients AS rp WHERE rp.recall_id = r.id AND rp.contacted_on IS NOT NULL) AS contacted_count
  FROM recalls AS r`;
const SELECT_ALL = `${SUMMARY} ORDER BY r.closed_at IS NOT NULL, r.opened_at DESC, r.id`;
const SELECT_ONE = `${SUMMARY} WHERE r.id = ?`;
// The contact details come from the patient's record as it is now.
const SELECT_PATIENTS = `SELECT rp.patient_id, p.first_name, p.last_name, p.date_of_birth, p.phone, p.email, p.address, p.language, rp.uses,
  rp.contacted_on, rp.contact_method, rp.contacted_by, rp.contact_note, rp.marked_at, rp.marked_by
  FROM recall_patients AS rp JOIN patients AS p ON p.id = rp.patient_id WHERE rp.recall_id = ? ORDER BY rp.position`;
const SELECT_CONTACT = `SELECT contacted_on, contact_method, contacted_by, contact_note, marked_at, marked_by FROM recall_patients WHERE recall_id = ? AND patient_id = ?`;
const INSERT_RECALL = `INSERT INTO recalls (id, lot, product, reason, reference, opened_at, opened_by, opened_by_id)
  VALUES (:id, :lot, :product, :reason, :reference, :opened_at, :opened_by, :opened_by_id)`;
const INSERT_PATIENT = 'INSERT INTO recall_patients (recall_id, patient_id, position, uses) VALUES (?, ?, ?, ?)';
const UPDATE_CONTACT = `UPDATE recall_patients SET contacted_on = :date, contact_method = :method, contacted_by = :by, contact_note = :note,
  marked_at = :at, marked_by = :marked_by, marked_by_id = :marked_by_id WHERE recall_id = :recall_id AND patient_id = :patient_id`;
const CLOSE = 'UPDATE recalls SET closed_at = :at, closed_by = :by, closed_by_id = :by_id, close_note = :note WHERE id = :id AND closed_at IS NULL';

export type NewRecallRow = { id: string; lot: string; product: string; reason: string; reference: string; openedAt: string; openedBy: string; openedById: string | null };

export function listRecallSummaries(db: SqlDatabase): RecallSummary[] {
  return (statement(db, SELECT_ALL).all() as unknown as RecallRow[]).map(summaryFromRow);
}

export function findRecallSummary(db: SqlDatabase, id: string): RecallSummary | null {
  const row = statement(db, SELECT_ONE).get(id) as RecallRow | undefined;
  return row ? summaryFromRow(row) : null;
}

export function findRecall(db: SqlDatabase, id: string): Recall | null {
  const summary = findRecallSummary(db, id);
  if (!summary) return null;
  const patients = (statement(db, SELECT_PATIENTS).all(id) as unknown as PatientRow[]).map(patientFromRow);
  return { ...summary, patients };
}

/** A patient's contact in a recall: undefined when the patient is not in it, null when not yet contacted. */
export function findRecallContact(db: SqlDatabase, recallId: string, patientId: string): RecallContact | null | undefined {
  const row = statement(db, SELECT_CONTACT).get(recallId, patientId) as PatientRow | undefined;
  return row === undefined ? undefined : contactFromRow(row);
}

export function insertRecall(db: SqlDatabase, recall: NewRecallRow, patients: readonly { patientId: string; uses: RecallUse[] }[]): void {
  statement(db, INSERT_RECALL).run({
    id: recall.id,
    lot: recall.lot,
    product: recall.product,
    reason: recall.reason,
    reference: recall.reference,
    opened_at: recall.openedAt,
    opened_by: recall.openedBy,
    opened_by_id: recall.openedById,
  });
  const insert = statement(db, INSERT_PATIENT);
  patients.forEach((p, position) => insert.run(recall.id, p.patientId, position, JSON.stringify(p.uses)));
}

export function writeRecallContact(db: SqlDatabase, recallId: string, patientId: string, contact: RecallContact, markedById: string | null): void {
  statement(db, UPDATE_CONTACT).run({
    recall_id: recallId,
    patient_id: patientId,
    date: contact.date,
    method: contact.method,
    by: contact.by,
    note: contact.note,
    at: contact.markedAt,
    marked_by: contact.markedBy,
    marked_by_id: markedById,
  });
}

export function closeRecallRow(db: SqlDatabase, id: string, close: { at: string; by: string; byId: string | null; note: string }): void {
  statement(db, CLOSE).run({ id, at: close.at, by: close.by, by_id: close.byId, note: close.note });
}

function summaryFromRow(row: RecallRow): RecallSummary {
  return {
    id: row.id,
    lot: row.lot,
    product: row.product,
    reason: row.reason,
    reference: row.reference,
    openedAt: row.opened_at,
    openedBy: row.opened_by,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    closeNote: row.close_note,
    patientCount: Number(row.patient_count),
    contactedCount: Number(row.contacted_count),
  };
}

function contactFromRow(row: Pick<PatientRow, 'contacted_on' | 'contact_method' | 'contacted_by' | 'contact_note' | 'marked_at' | 'marked_by'>): RecallContact | null {
  if (row.contacted_on === null || row.contact_method === null) return null;
  return { date: row.contacted_on, method: row.contact_method, by: row.contacted_by ?? '', note: row.contact_note, markedAt: row.marked_at ?? '', markedBy: row.marked_by ?? '' };
}

function patientFromRow(row: PatientRow): RecallPatient {
  return {
    patientId: row.patient_id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    address: row.address,
    language: row.language ?? null,
    uses: JSON.parse(row.uses) as RecallUse[],
    contact: contactFromRow(row),
  };
}
