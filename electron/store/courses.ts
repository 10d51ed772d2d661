import type { SqlDatabase } from './sqlDatabase.ts';
import type { Course } from '../../shared/course.ts';
import { statement } from './statements.ts';

/** A row of `courses` as SQLite returns it (STRICT guarantees these types). */
type CourseRow = {
  id: string;
  patient_id: string;
  indication: Course['indication'];
  area: string;
  planned_sessions: number;
  interval_days: number;
  maintenance_interval_days: number;
  start_date: string;
  status: Course['status'];
  notes: string;
  diagnosis: string;
  created_at: string;
  updated_at: string;
};

const SELECT_COURSE = 'SELECT * FROM courses WHERE id = ?';
const SELECT_COURSES_OF_PATIENT = 'SELECT * FROM courses WHERE patient_id = ? ORDER BY start_date DESC, created_at DESC';

const INSERT_COURSE = `
  INSERT INTO courses (id, patient_id, indication, area, planned_sessions, interval_days,
    maintenance_interval_days, start_date, status, notes, diagnosis, created_at, updated_at)
  VALUES (:id, :patient_id, :indication, :area, :planned_sessions, :interval_days,
    :maintenance_interval_days, :start_date, :status, :notes, :diagnosis, :created_at, :updated_at)`;

export function findCourse(db: SqlDatabase, id: string): Course | null {
  const row = statement(db, SELECT_COURSE).get(id) as CourseRow | undefined;
  return row ? courseFromRow(row) : null;
}

/** A patient's courses, the most recently started first. */
export function listCoursesOfPatient(db: SqlDatabase, patientId: string): Course[] {
  const rows = statement(db, SELECT_COURSES_OF_PATIENT).all(patientId) as unknown as CourseRow[];
  return rows.map(courseFromRow);
}

export function insertCourse(db: SqlDatabase, course: Course): void {
  statement(db, INSERT_COURSE).run(courseRow(course));
}

function courseRow(course: Course): CourseRow {
  return {
    id: course.id,
    patient_id: course.patientId,
    indication: course.indication,
    area: course.area,
    planned_sessions: course.plannedSessions,
    interval_days: course.intervalDays,
    maintenance_interval_days: course.maintenanceIntervalDays,
    start_date: course.startDate,
    status: course.status,
    notes: course.notes,
    diagnosis: course.diagnosis,
    created_at: course.createdAt,
    updated_at: course.updatedAt,
  };
}

function courseFromRow(row: CourseRow): Course {
  return {
    id: row.id,
    patientId: row.patient_id,
    indication: row.indication,
    area: row.area,
    plannedSessions: row.planned_sessions,
    intervalDays: row.interval_days,
    maintenanceIntervalDays: row.maintenance_interval_days,
    startDate: row.start_date,
    status: row.status,
    notes: row.notes,
    diagnosis: row.diagnosis,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
