import type { SqlDatabase } from './sqlDatabase.ts';
import type { Photo, PhotoListQuery } from '../../shared/photo.ts';
import type { SqlRow } from './sqlRow.ts';
import { statement } from './statements.ts';

/** SQL of clinical photos: rows name their original file by hash; removed ones stay, marked. */

type PhotoRow = SqlRow<Photo>;

const COLUMNS = `p.id, p.patient_id, p.session_id, s.course_id, s.date AS session_date, p.hash, p.format, p.width, p.height,
  p.bytes, p.pose, p.caption, p.file_name, p.added_at, p.added_by`;
const SELECT_PHOTO = `SELECT ${COLUMNS} FROM photos p JOIN sessions s ON s.id = p.session_id WHERE p.id = ? AND p.removed_at IS NULL`;
const INSERT_PHOTO = `
  INSERT INTO photos (id, patient_id, session_id, hash, format, width, height, bytes, pose, caption, file_name, added_at, added_by)
  VALUES (:id, :patient_id, :session_id, :hash, :format, :width, :height, :bytes, :pose, :caption, :file_name, :added_at, :added_by)`;
const DELETE_PHOTO = 'DELETE FROM photos WHERE id = ?';
const MARK_REMOVED = 'UPDATE photos SET removed_at = ?, removed_by = ? WHERE id = ?';

function photoFromRow(row: PhotoRow): Photo {
  return {
    id: row.id,
    patientId: row.patient_id,
    sessionId: row.session_id,
    courseId: row.course_id,
    sessionDate: row.session_date,
    hash: row.hash,
    format: row.format,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    pose: row.pose,
    caption: row.caption,
    fileName: row.file_name,
    addedAt: row.added_at,
    addedBy: row.added_by,
  };
}

/** A photo still in the record (not removed). */
export function findPhoto(db: SqlDatabase, id: string): Photo | null {
  const row = statement(db, SELECT_PHOTO).get(id) as PhotoRow | undefined;
  return row ? photoFromRow(row) : null;
}

/** A patient's photos in the record, oldest session first, filtered by pose, course or session. */
export function listPhotos(db: SqlDatabase, query: PhotoListQuery): Photo[] {
  const where = ['p.patient_id = ?', 'p.removed_at IS NULL'];
  const args: string[] = [query.patientId];
  if (query.pose) (where.push('p.pose = ?'), args.push(query.pose));
  if (query.courseId) (where.push('s.course_id = ?'), args.push(query.courseId));
  if (query.sessionId) (where.push('p.session_id = ?'), args.push(query.sessionId));
  const sql = `SELECT ${COLUMNS} FROM photos p JOIN sessions s ON s.id = p.session_id WHERE ${where.join(' AND ')} ORDER BY s.date, s.time, p.added_at, p.id`;
  return (statement(db, sql).all(...args) as unknown as PhotoRow[]).map(photoFromRow);
}

export function insertPhoto(db: SqlDatabase, p: Omit<Photo, 'courseId' | 'sessionDate'>): void {
  statement(db, INSERT_PHOTO).run({
    id: p.id,
    patient_id: p.patientId,
    session_id: p.sessionId,
    hash: p.hash,
    format: p.format,
    width: p.width,
    height: p.height,
    bytes: p.bytes,
    pose: p.pose,
    caption: p.caption,
    file_name: p.fileName,
    added_at: p.addedAt,
    added_by: p.addedBy,
  });
}

export function deletePhotoRow(db: SqlDatabase, id: string): void {
  statement(db, DELETE_PHOTO).run(id);
}

export function markPhotoRemoved(db: SqlDatabase, id: string, at: string, by: string): void {
  statement(db, MARK_REMOVED).run(at, by, id);
}

/** Every photo row of a patient, removed ones included, for the patient export (oldest first). */
export function listPhotoRecordsOfPatient(db: SqlDatabase, patientId: string): (Omit<Photo, 'patientId' | 'courseId' | 'sessionDate'> & { removedAt: string | null; removedBy: string | null })[] {
  const rows = statement(
    db,
    `SELECT p.id, p.session_id, p.hash, p.format, p.width, p.height, p.bytes, p.pose, p.caption, p.file_name, p.added_at, p.added_by, p.removed_at, p.removed_by
     FROM photos p WHERE p.patient_id = ? ORDER BY p.added_at, p.id`,
  ).all(patientId) as unknown as (PhotoRow & { removed_at: string | null; removed_by: string | null })[];
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    hash: r.hash,
    format: r.format,
    width: r.width,
    height: r.height,
    bytes: r.bytes,
    pose: r.pose,
    caption: r.caption,
    fileName: r.file_name,
    addedAt: r.added_at,
    addedBy: r.added_by,
    removedAt: r.removed_at,
    removedBy: r.removed_by,
  }));
}
