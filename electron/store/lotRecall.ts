import type { DatabaseSync } from 'node:sqlite';
import type { LotUse } from '../../shared/lotRecall.ts';
import { statement } from './statements.ts';

type LotUseRow = {
  session_id: string;
  patient_id: string;
  first_name: string;
  last_name: string;
  date: string;
  time: string;
  status: LotUse['status'];
  name: string;
  lot: string;
  expiry: string;
};

/**
 * Every session product carrying the lot, through session_products_by_lot (the lot column and its
 * index compare without case, as the person searching does), then each session and patient by key.
 */
const SELECT_LOT_USES = `
  SELECT sp.session_id, s.patient_id, p.first_name, p.last_name, s.date, s.time, s.status,
    sp.name, sp.lot, sp.expiry
  FROM session_products AS sp
  JOIN sessions AS s ON s.id = sp.session_id
  JOIN patients AS p ON p.id = s.patient_id
  WHERE sp.lot = ?
  ORDER BY s.date, s.time, sp.session_id, sp.position`;

export function findSessionsByLot(db: DatabaseSync, lot: string): LotUse[] {
  const wanted = lot.trim();
  if (wanted === '') return [];
  const rows = statement(db, SELECT_LOT_USES).all(wanted) as unknown as LotUseRow[];
  return rows.map((row) => ({
    sessionId: row.session_id,
    patientId: row.patient_id,
    patientFirstName: row.first_name,
    patientLastName: row.last_name,
    date: row.date,
    time: row.time,
    status: row.status,
    productName: row.name,
    lot: row.lot,
    expiry: row.expiry,
  }));
}
