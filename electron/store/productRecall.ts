import type { SqlDatabase } from './sqlDatabase.ts';
import type { ProductUse, ProductUseQuery } from '../../shared/lotRecall.ts';
import type { Product } from '../../shared/product.ts';
import type { Amendment } from '../../shared/session.ts';
import { listAmendments } from './amendments.ts';
import { listProducts } from './products.ts';
import { statement } from './statements.ts';

/**
 * Lot recall over the record as it reads now: every session product whose lot (same, ignoring case)
 * or name (containing the text, ignoring case) matches, from the products as recorded and from the
 * corrections amendments made to them. A lot corrected away by an amendment is still listed (the
 * recorded entry, with what it was corrected to); a lot that only an amendment set is listed too.
 *
 * The recorded products come through their indexes (session_products_by_lot); amendments are few and
 * their changes are JSON, so they are found by a text match on the JSON and then read properly.
 */

type SessionRow = { session_id: string; patient_id: string; first_name: string; last_name: string; date: string; time: string; status: ProductUse['status'] };

const SESSION_COLUMNS = 's.id AS session_id, s.patient_id, p.first_name, p.last_name, s.date, s.time, s.status';
const BY_LOT = `SELECT DISTINCT ${SESSION_COLUMNS} FROM session_products AS sp JOIN sessions AS s ON s.id = sp.session_id JOIN patients AS p ON p.id = s.patient_id WHERE sp.lot = ?`;
const BY_NAME = `SELECT DISTINCT ${SESSION_COLUMNS} FROM session_products AS sp JOIN sessions AS s ON s.id = sp.session_id JOIN patients AS p ON p.id = s.patient_id WHERE sp.name LIKE ? ESCAPE '\\'`;
// CROSS JOIN keeps amendments (few) as the outer loop: SQLite 3.45's planner (libsql's) otherwise scans
// every session for each one, 37 ms instead of 0.06 at 20,000 sessions (bench store.lot_recall_ms).
const BY_AMENDMENT = `SELECT DISTINCT ${SESSION_COLUMNS} FROM amendments AS a CROSS JOIN sessions AS s ON s.id = a.session_id CROSS JOIN patients AS p ON p.id = s.patient_id WHERE a.changes LIKE ? ESCAPE '\\'`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The cocktail after the amendments that corrected it, and which amendment last touched each product. */
function productsAfter(products: Product[], amendments: readonly Amendment[]): { products: Product[]; lastSeqByIndex: Map<number, number> } {
  let current = products;
  const lastSeqByIndex = new Map<number, number>();
  for (const a of [...amendments].sort((x, y) => x.seq - y.seq)) {
    const change = a.changes.fields?.products;
    if (!change) continue;
    const before = current;
    current = change.to;
    current.forEach((p, i) => {
      const was = before[i];
      if (!was || was.lot !== p.lot || was.expiry !== p.expiry || was.name !== p.name) lastSeqByIndex.set(i, a.seq);
    });
  }
  return { products: current, lastSeqByIndex };
}

export function findProductUses(db: SqlDatabase, query: ProductUseQuery): ProductUse[] {
  const lot = query.lot.trim().toLowerCase();
  const name = query.product.trim().toLowerCase();
  if (!lot && !name) return [];
  const sessions = new Map<string, SessionRow>();
  const add = (rows: unknown[]) => {
    for (const row of rows as SessionRow[]) sessions.set(row.session_id, row);
  };
  if (lot) add(statement(db, BY_LOT).all(query.lot.trim()));
  else add(statement(db, BY_NAME).all(likePattern(query.product.trim())));
  add(statement(db, BY_AMENDMENT).all(likePattern(lot || query.product.trim())));

  const matches = (p: Product) => (!lot || p.lot.toLowerCase() === lot) && (!name || p.name.toLowerCase().includes(name));
  const uses: ProductUse[] = [];
  for (const row of sessions.values()) {
    const recorded = listProducts(db, row.session_id);
    const amendments = listAmendments(db, row.session_id);
    const { products: corrected, lastSeqByIndex } = productsAfter(recorded, amendments);
    const base = {
      sessionId: row.session_id,
      patientId: row.patient_id,
      patientFirstName: row.first_name,
      patientLastName: row.last_name,
      date: row.date,
      time: row.time,
      status: row.status,
    };
    const count = Math.max(recorded.length, corrected.length);
    for (let i = 0; i < count; i += 1) {
      const was = recorded[i];
      const now = corrected[i];
      const changed = !!was && !!now && (was.lot !== now.lot || was.expiry !== now.expiry);
      if (was && matches(was)) {
        uses.push({
          ...base,
          productIndex: i,
          productName: was.name,
          lot: was.lot,
          expiry: was.expiry,
          source: 'record',
          amendmentSeq: changed ? (lastSeqByIndex.get(i) ?? null) : null,
          correctedTo: changed && now ? { lot: now.lot, expiry: now.expiry } : null,
        });
      } else if (now && matches(now)) {
        uses.push({ ...base, productIndex: i, productName: now.name, lot: now.lot, expiry: now.expiry, source: 'amendment', amendmentSeq: lastSeqByIndex.get(i) ?? null, correctedTo: null });
      }
    }
  }
  return uses.sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.sessionId.localeCompare(b.sessionId) || a.productIndex - b.productIndex);
}
