// The rows a session save writes, written by bare prepared statements in one transaction: the baseline a
// store save is held against. Written over the few calls both engines share, so that the same SQL
// measures libsql (sealed or not) and node:sqlite alike.
import { createHash } from 'node:crypto';
import type { InjectionPoint } from '../../shared/point.ts';

type BareValue = null | number | string;
/** What node:sqlite's DatabaseSync and the project's SqlDatabase (libsql) both offer. */
type BareConnection = { exec(sql: string): void; prepare(sql: string): { run(...values: BareValue[]): unknown } };

export type BareSave = (id: string, round: number, products: readonly { name: string; lot: string }[], chart: readonly InjectionPoint[]) => void;

/** A save of `chart` and its products on `db`, as the store would write it: WAL, synchronous=FULL, foreign keys on. */
export function bareSaveOn(db: BareConnection, actor: string): BareSave {
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  const update = db.prepare('UPDATE sessions SET notes = ?, updated_at = ? WHERE id = ?');
  const deleteProducts = db.prepare('DELETE FROM session_products WHERE session_id = ?');
  const insertProduct = db.prepare(`INSERT INTO session_products (session_id, position, name, active_ingredients, concentration, dilution, volume_ml, lot, expiry) VALUES (?, ?, ?, '', '', '', NULL, ?, '')`);
  const deletePoints = db.prepare('DELETE FROM points WHERE session_id = ?');
  const insertPoint = db.prepare(`INSERT INTO points (session_id, seq, id, view, x, y, region, depth_mm, needle, needle_count, technique, product_index, volume_ml, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const audit = db.prepare(`INSERT INTO audit (at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, 'session.save', 'session', ?, '{"fields":["notes"],"points":100}', ?, ?)`);
  return (id, round, products, chart) => {
    db.exec('BEGIN IMMEDIATE');
    update.run(`Raw ${round}`, new Date().toISOString(), id);
    deleteProducts.run(id);
    products.forEach((p, k) => insertProduct.run(id, k, p.name, p.lot));
    deletePoints.run(id);
    chart.forEach((p, seq) => insertPoint.run(id, seq, p.id, p.view, p.x, p.y, p.region, p.depthMm, p.needle, null, p.technique, p.productIndex, p.volumeMl, p.note));
    const h = createHash('sha256').update(String(round)).digest('hex');
    audit.run(new Date().toISOString(), actor, id, h, h);
    db.exec('COMMIT');
  };
}
