import type { SqlDatabase } from './sqlDatabase.ts';
import type { AdverseEvent, AdverseEventOutcome, AdverseEventSeverity, AdverseEventType } from '../../shared/adverseEvents.ts';
import { statement } from './statements.ts';

/** The rows of schema 10's adverse_events table (electron/store/migrations/010-adverse-events.ts). */

type AdverseEventRow = {
  id: string;
  session_id: string;
  patient_id: string;
  point_ids: string;
  type: string;
  description: string;
  onset_date: string;
  severity: string;
  treatment: string;
  outcome: string;
  follow_up_date: string | null;
  reported_to_agency: number;
  reported_on: string | null;
  report_reference: string;
  note: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
};

const COLUMNS =
  'id, session_id, patient_id, point_ids, type, description, onset_date, severity, treatment, outcome, follow_up_date, reported_to_agency, reported_on, report_reference, note, created_at, created_by, updated_at, updated_by';
const SELECT_BY_ID = `SELECT ${COLUMNS} FROM adverse_events WHERE id = ?`;
// Newest onset first; events of one day in the order they were recorded.
const SELECT_OF_PATIENT = `SELECT ${COLUMNS} FROM adverse_events WHERE patient_id = ? ORDER BY onset_date DESC, created_at DESC, id`;
const SELECT_OF_SESSION = `SELECT ${COLUMNS} FROM adverse_events WHERE session_id = ? ORDER BY onset_date DESC, created_at DESC, id`;
const INSERT = `INSERT INTO adverse_events (${COLUMNS}) VALUES (:id, :session_id, :patient_id, :point_ids, :type, :description, :onset_date, :severity, :treatment,
  :outcome, :follow_up_date, :reported_to_agency, :reported_on, :report_reference, :note, :created_at, :created_by, :updated_at, :updated_by)`;
const UPDATE = `UPDATE adverse_events SET point_ids = :point_ids, type = :type, description = :description, onset_date = :onset_date, severity = :severity,
  treatment = :treatment, outcome = :outcome, follow_up_date = :follow_up_date, reported_to_agency = :reported_to_agency, reported_on = :reported_on,
  report_reference = :report_reference, note = :note, updated_at = :updated_at, updated_by = :updated_by WHERE id = :id`;

export function findAdverseEvent(db: SqlDatabase, id: string): AdverseEvent | null {
  const row = statement(db, SELECT_BY_ID).get(id) as AdverseEventRow | undefined;
  return row ? eventFromRow(row) : null;
}

export function listAdverseEventsOfPatient(db: SqlDatabase, patientId: string): AdverseEvent[] {
  return (statement(db, SELECT_OF_PATIENT).all(patientId) as unknown as AdverseEventRow[]).map(eventFromRow);
}

export function listAdverseEventsOfSession(db: SqlDatabase, sessionId: string): AdverseEvent[] {
  return (statement(db, SELECT_OF_SESSION).all(sessionId) as unknown as AdverseEventRow[]).map(eventFromRow);
}

export function insertAdverseEvent(db: SqlDatabase, event: AdverseEvent): void {
  statement(db, INSERT).run(rowOf(event));
}

/** Writes a follow-up: every field but the event's session, patient and creation. */
export function updateAdverseEvent(db: SqlDatabase, event: AdverseEvent): void {
  const { session_id: _s, patient_id: _p, created_at: _a, created_by: _b, ...row } = rowOf(event);
  statement(db, UPDATE).run(row);
}

function rowOf(e: AdverseEvent): AdverseEventRow {
  return {
    id: e.id,
    session_id: e.sessionId,
    patient_id: e.patientId,
    point_ids: JSON.stringify(e.pointIds),
    type: e.type,
    description: e.description,
    onset_date: e.onsetDate,
    severity: e.severity,
    treatment: e.treatment,
    outcome: e.outcome,
    follow_up_date: e.followUpDate,
    reported_to_agency: e.reportedToAgency ? 1 : 0,
    reported_on: e.reportedOn,
    report_reference: e.reportReference,
    note: e.note,
    created_at: e.createdAt,
    created_by: e.createdBy,
    updated_at: e.updatedAt,
    updated_by: e.updatedBy,
  };
}

function eventFromRow(row: AdverseEventRow): AdverseEvent {
  return {
    id: row.id,
    sessionId: row.session_id,
    patientId: row.patient_id,
    pointIds: JSON.parse(row.point_ids) as string[],
    type: row.type as AdverseEventType,
    description: row.description,
    onsetDate: row.onset_date,
    severity: row.severity as AdverseEventSeverity,
    treatment: row.treatment,
    outcome: row.outcome as AdverseEventOutcome,
    followUpDate: row.follow_up_date,
    reportedToAgency: row.reported_to_agency === 1,
    reportedOn: row.reported_on,
    reportReference: row.report_reference,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}
