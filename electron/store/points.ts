import type { SqlDatabase } from './sqlDatabase.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { statement } from './statements.ts';

/**
 * A row of `points`. The injector is folded into needle_count (NULL for a single needle) rather than
 * stored as JSON: this table holds up to a million rows, so every byte per row counts.
 */
type PointRow = {
  session_id: string;
  seq: number;
  id: string;
  view: InjectionPoint['view'];
  x: number;
  y: number;
  region: string;
  depth_mm: number;
  needle: InjectionPoint['needle'];
  needle_count: number | null;
  technique: InjectionPoint['technique'];
  product_index: number | null;
  volume_ml: number | null;
  note: string;
};

const SELECT_POINTS_OF_SESSION = `
  SELECT session_id, seq, id, view, x, y, region, depth_mm, needle, needle_count, technique,
    product_index, volume_ml, note
  FROM points WHERE session_id = ? ORDER BY seq`;
const DELETE_POINTS_OF_SESSION = 'DELETE FROM points WHERE session_id = ?';
/**
 * Positional parameters: this statement runs once per point of every save, and node:sqlite binds
 * by position several times faster than by name (the benchmark's save of 100 points shows it).
 */
const INSERT_POINT = `
  INSERT INTO points (session_id, seq, id, view, x, y, region, depth_mm, needle, needle_count, technique,
    product_index, volume_ml, note)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The session's chart in the order the points were placed. */
export function listPoints(db: SqlDatabase, sessionId: string): InjectionPoint[] {
  const rows = statement(db, SELECT_POINTS_OF_SESSION).all(sessionId) as unknown as PointRow[];
  return rows.map(pointFromRow);
}

/**
 * Replaces the whole chart: the editor sends every point on each save, so delete-and-insert is simpler
 * and, with one cached statement inside the caller's transaction, as fast as diffing. Call it inside
 * the save's transaction.
 */
export function replacePoints(db: SqlDatabase, sessionId: string, points: readonly InjectionPoint[]): void {
  statement(db, DELETE_POINTS_OF_SESSION).run(sessionId);
  const insert = statement(db, INSERT_POINT);
  points.forEach((point, seq) =>
    insert.run(
      sessionId,
      seq,
      point.id,
      point.view,
      point.x,
      point.y,
      point.region,
      point.depthMm,
      point.needle,
      point.injector.kind === 'multi' ? point.injector.needleCount : null,
      point.technique,
      point.productIndex,
      point.volumeMl,
      point.note,
    ),
  );
}

function pointFromRow(row: PointRow): InjectionPoint {
  return {
    id: row.id,
    view: row.view,
    x: row.x,
    y: row.y,
    region: row.region,
    depthMm: row.depth_mm,
    needle: row.needle,
    injector: row.needle_count === null ? { kind: 'single' } : { kind: 'multi', needleCount: row.needle_count },
    technique: row.technique,
    productIndex: row.product_index,
    volumeMl: row.volume_ml,
    note: row.note,
  };
}
