import type { SqlDatabase } from './sqlDatabase.ts';
import type { Injector } from '../../shared/needles.ts';
import type { OutcomeEntry } from '../../shared/outcomeMeasures.ts';
import type { SessionScreening } from '../../shared/sessionScreening.ts';
import type { Session, SessionSummary } from '../../shared/session.ts';
import type { SideEffectId } from '../../shared/sideEffects.ts';
import { statement } from './statements.ts';

/** A session without its cocktail, chart, amendments and acknowledgement, which live in their own tables. */
export type SessionRecord = Omit<Session, 'products' | 'points' | 'amendments' | 'contraindicationAck'>;

/** A row of `sessions` as SQLite returns it (STRICT guarantees these types). */
type SessionRow = {
  id: string;
  patient_id: string;
  course_id: string | null;
  number_in_course: number | null;
  date: string;
  time: string;
  practitioner: string;
  /** The practitioner's profile; NULL for a session started before schema 12. */
  practitioner_id: string | null;
  indication: Session['indication'];
  diagnosis: string;
  treated_areas: string;
  default_technique: Session['defaultTechnique'];
  default_needle: Session['defaultNeedle'];
  injector: string;
  vas_before: number | null;
  vas_after: number | null;
  /** JSON array of outcome measures (schema 11). */
  outcomes: string;
  side_effects: string;
  aftercare: string;
  notes: string;
  /** JSON SessionScreening; NULL for a session started before schema 9. */
  screening: string | null;
  status: Session['status'];
  signed_at: string | null;
  signed_by: string | null;
  created_at: string;
  updated_at: string;
};

type SessionSummaryRow = Pick<
  SessionRow,
  'id' | 'course_id' | 'number_in_course' | 'date' | 'time' | 'indication' | 'treated_areas' | 'status' | 'practitioner'
> & { point_count: number };

const SELECT_SESSION = 'SELECT * FROM sessions WHERE id = ?';
const COUNT_SESSIONS_IN_COURSE = 'SELECT COUNT(*) AS count FROM sessions WHERE course_id = ?';

const INSERT_SESSION = `
  INSERT INTO sessions (id, patient_id, course_id, number_in_course, date, time, practitioner, practitioner_id, indication,
    diagnosis, treated_areas, default_technique, default_needle, injector, vas_before, vas_after, outcomes, side_effects,
    aftercare, notes, screening, status, signed_at, signed_by, created_at, updated_at)
  VALUES (:id, :patient_id, :course_id, :number_in_course, :date, :time, :practitioner, :practitioner_id, :indication,
    :diagnosis, :treated_areas, :default_technique, :default_needle, :injector, :vas_before, :vas_after, :outcomes, :side_effects,
    :aftercare, :notes, :screening, :status, :signed_at, :signed_by, :created_at, :updated_at)`;

/**
 * Patient, course, creation time and the screening copy are fixed at creation; everything else may be
 * rewritten.
 */
const UPDATE_SESSION = `
  UPDATE sessions SET date = :date, time = :time, practitioner = :practitioner, practitioner_id = :practitioner_id, indication = :indication,
    diagnosis = :diagnosis, treated_areas = :treated_areas, default_technique = :default_technique, default_needle = :default_needle,
    injector = :injector, vas_before = :vas_before, vas_after = :vas_after, outcomes = :outcomes, side_effects = :side_effects,
    aftercare = :aftercare, notes = :notes, status = :status, signed_at = :signed_at, signed_by = :signed_by,
    updated_at = :updated_at
  WHERE id = :id`;

/** Newest first; the point count comes from the points' primary key, no point is read. */
const SELECT_SUMMARIES_OF_PATIENT = `
  SELECT s.id, s.course_id, s.number_in_course, s.date, s.time, s.indication, s.treated_areas, s.status,
    s.practitioner, (SELECT COUNT(*) FROM points AS p WHERE p.session_id = s.id) AS point_count
  FROM sessions AS s
  WHERE s.patient_id = ?
  ORDER BY s.date DESC, s.time DESC, s.created_at DESC`;

export function findSessionRecord(db: SqlDatabase, id: string): SessionRecord | null {
  const row = statement(db, SELECT_SESSION).get(id) as SessionRow | undefined;
  return row ? sessionFromRow(row) : null;
}

export function countSessionsInCourse(db: SqlDatabase, courseId: string): number {
  return (statement(db, COUNT_SESSIONS_IN_COURSE).get(courseId) as { count: number }).count;
}

export function insertSession(db: SqlDatabase, session: SessionRecord): void {
  statement(db, INSERT_SESSION).run(sessionRow(session));
}

export function updateSession(db: SqlDatabase, session: SessionRecord): void {
  const { patient_id: _p, course_id: _c, number_in_course: _n, created_at: _t, screening: _s, ...row } = sessionRow(session);
  statement(db, UPDATE_SESSION).run(row);
}

export function listSessionSummaries(db: SqlDatabase, patientId: string): SessionSummary[] {
  const rows = statement(db, SELECT_SUMMARIES_OF_PATIENT).all(patientId) as unknown as SessionSummaryRow[];
  return rows.map((row) => ({
    id: row.id,
    courseId: row.course_id,
    numberInCourse: row.number_in_course,
    date: row.date,
    time: row.time,
    indication: row.indication,
    treatedAreas: JSON.parse(row.treated_areas) as string[],
    status: row.status,
    practitioner: row.practitioner,
    pointCount: row.point_count,
  }));
}

function sessionRow(session: SessionRecord): SessionRow {
  return {
    id: session.id,
    patient_id: session.patientId,
    course_id: session.courseId,
    number_in_course: session.numberInCourse,
    date: session.date,
    time: session.time,
    practitioner: session.practitioner,
    practitioner_id: session.practitionerId,
    indication: session.indication,
    diagnosis: session.diagnosis,
    treated_areas: JSON.stringify(session.treatedAreas),
    default_technique: session.defaultTechnique,
    default_needle: session.defaultNeedle,
    injector: JSON.stringify(session.injector),
    vas_before: session.vasBefore,
    vas_after: session.vasAfter,
    outcomes: JSON.stringify(session.outcomes),
    side_effects: JSON.stringify(session.sideEffects),
    aftercare: session.aftercare,
    notes: session.notes,
    screening: session.screening === null ? null : JSON.stringify(session.screening),
    status: session.status,
    signed_at: session.signedAt,
    signed_by: session.signedBy,
    created_at: session.createdAt,
    updated_at: session.updatedAt,
  };
}

function sessionFromRow(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    patientId: row.patient_id,
    courseId: row.course_id,
    numberInCourse: row.number_in_course,
    date: row.date,
    time: row.time,
    practitioner: row.practitioner,
    practitionerId: row.practitioner_id ?? null,
    indication: row.indication,
    diagnosis: row.diagnosis,
    treatedAreas: JSON.parse(row.treated_areas) as string[],
    defaultTechnique: row.default_technique,
    defaultNeedle: row.default_needle,
    injector: JSON.parse(row.injector) as Injector,
    vasBefore: row.vas_before,
    vasAfter: row.vas_after,
    outcomes: JSON.parse(row.outcomes) as OutcomeEntry[],
    sideEffects: JSON.parse(row.side_effects) as SideEffectId[],
    aftercare: row.aftercare,
    notes: row.notes,
    screening: row.screening === null ? null : (JSON.parse(row.screening) as SessionScreening),
    status: row.status,
    signedAt: row.signed_at,
    signedBy: row.signed_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
