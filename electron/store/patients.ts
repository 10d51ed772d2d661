import type { SqlDatabase } from './sqlDatabase.ts';
import type { Page } from '../../shared/page.ts';
import { positiveContraindications, type Screening } from '../../shared/contraindications.ts';
import type { Patient, PatientSummary } from '../../shared/patient.ts';
import { patientSearchKey, wordPrefixNeedle } from './searchKey.ts';
import { statement } from './statements.ts';

/** A row of `patients` as SQLite returns it (STRICT guarantees these types). */
type PatientRow = {
  id: string;
  first_name: string;
  last_name: string;
  search_key: string;
  date_of_birth: string;
  sex: Patient['sex'];
  phone: string;
  email: string;
  address: string;
  allergies: string;
  notes: string;
  medication: string;
  screening: string | null;
  language: Patient['language'];
  has_positive_screening: number;
  archived: number;
  created_at: string;
  updated_at: string;
};

type PatientSummaryRow = Pick<
  PatientRow,
  'id' | 'first_name' | 'last_name' | 'date_of_birth' | 'archived' | 'has_positive_screening'
> & { last_session_date: string | null };

export type PatientListParams = { search: string; includeArchived: boolean; offset: number; limit: number };

const SELECT_PATIENT = 'SELECT * FROM patients WHERE id = ?';
const PATIENT_EXISTS = 'SELECT 1 AS found FROM patients WHERE id = ?';

const INSERT_PATIENT = `
  INSERT INTO patients (id, first_name, last_name, search_key, date_of_birth, sex, phone, email, address,
    allergies, notes, medication, screening, language, has_positive_screening, archived, created_at, updated_at)
  VALUES (:id, :first_name, :last_name, :search_key, :date_of_birth, :sex, :phone, :email, :address,
    :allergies, :notes, :medication, :screening, :language, :has_positive_screening, :archived, :created_at, :updated_at)`;

const UPDATE_PATIENT = `
  UPDATE patients SET first_name = :first_name, last_name = :last_name, search_key = :search_key,
    date_of_birth = :date_of_birth, sex = :sex, phone = :phone, email = :email, address = :address,
    allergies = :allergies, notes = :notes, medication = :medication, screening = :screening, language = :language,
    has_positive_screening = :has_positive_screening, archived = :archived, updated_at = :updated_at
  WHERE id = :id`;

/** Shared by the page and its count, so that `total` always counts what paging walks through. */
const LIST_FILTER = `
  (:include_archived = 1 OR archived = 0)
  AND (:needle = '' OR instr(' ' || search_key, :needle) > 0)`;

/**
 * One page of the list, ordered by last then first name (the search key's order). The page is cut
 * first; only its rows then look up their last session, each through sessions_by_patient_date: the
 * list never reads sessions beyond that one index probe per row shown.
 */
export const PATIENT_PAGE_SQL = `
  SELECT page.id, page.first_name, page.last_name, page.date_of_birth, page.archived,
    page.has_positive_screening,
    (SELECT MAX(s.date) FROM sessions AS s WHERE s.patient_id = page.id) AS last_session_date
  FROM (
    SELECT id, first_name, last_name, date_of_birth, archived, has_positive_screening, search_key
    FROM patients
    WHERE ${LIST_FILTER}
    ORDER BY search_key, id
    LIMIT :limit OFFSET :offset
  ) AS page
  ORDER BY page.search_key, page.id`;

const COUNT_PATIENTS = `SELECT COUNT(*) AS total FROM patients WHERE ${LIST_FILTER}`;

export function findPatient(db: SqlDatabase, id: string): Patient | null {
  const row = statement(db, SELECT_PATIENT).get(id) as PatientRow | undefined;
  return row ? patientFromRow(row) : null;
}

export function patientExists(db: SqlDatabase, id: string): boolean {
  return statement(db, PATIENT_EXISTS).get(id) !== undefined;
}

export function insertPatient(db: SqlDatabase, patient: Patient): void {
  statement(db, INSERT_PATIENT).run(patientRow(patient));
}

/** Writes every field of `patient` over the stored row (id and creation time stay). */
export function updatePatient(db: SqlDatabase, patient: Patient): void {
  const { created_at: _creationNeverChanges, ...row } = patientRow(patient);
  statement(db, UPDATE_PATIENT).run(row);
}

export function listPatientSummaries(db: SqlDatabase, params: PatientListParams): Page<PatientSummary> {
  const filter = { include_archived: params.includeArchived ? 1 : 0, needle: wordPrefixNeedle(params.search) };
  const rows = statement(db, PATIENT_PAGE_SQL).all({
    ...filter,
    limit: params.limit,
    offset: params.offset,
  }) as unknown as PatientSummaryRow[];
  const count = statement(db, COUNT_PATIENTS).get(filter) as { total: number };
  return { items: rows.map(summaryFromRow), total: count.total };
}

function patientRow(patient: Patient): PatientRow {
  return {
    id: patient.id,
    first_name: patient.firstName,
    last_name: patient.lastName,
    search_key: patientSearchKey(patient.firstName, patient.lastName),
    date_of_birth: patient.dateOfBirth,
    sex: patient.sex,
    phone: patient.phone,
    email: patient.email,
    address: patient.address,
    allergies: patient.allergies,
    notes: patient.notes,
    medication: patient.medication,
    screening: patient.screening === null ? null : JSON.stringify(patient.screening),
    language: patient.language ?? null,
    // Kept as a column so that the list can flag patients without reading their screening.
    has_positive_screening: positiveContraindications(patient.screening).length > 0 ? 1 : 0,
    archived: patient.archived ? 1 : 0,
    created_at: patient.createdAt,
    updated_at: patient.updatedAt,
  };
}

function patientFromRow(row: PatientRow): Patient {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    phone: row.phone,
    email: row.email,
    address: row.address,
    allergies: row.allergies,
    notes: row.notes,
    medication: row.medication,
    screening: row.screening === null ? null : (JSON.parse(row.screening) as Screening),
    language: row.language ?? null,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function summaryFromRow(row: PatientSummaryRow): PatientSummary {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    archived: row.archived === 1,
    hasPositiveScreening: row.has_positive_screening === 1,
    lastSessionDate: row.last_session_date,
  };
}
