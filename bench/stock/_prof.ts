import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../../tests/e2e/harness/server.ts';
import { call, inParallel, PRACTITIONER } from '../harness.ts';
import { gtinCheckDigitValid } from '../../shared/productCatalogue.ts';
import { sortStockRows } from '../../shared/stockStates.ts';
const dir = mkdtempSync(join(tmpdir(), 'stockprof-'));
const h = await startHarness({ dataDir: dir, rendererDir: '/tmp', practitioner: PRACTITIONER, settings: { language: 'en' } });
const ids: string[] = [];
await inParallel(500, 8, async (i) => { const s = await call<{ id: string }>(h, 'saveCatalogueProduct', { name: `Product ${i}`, kind: 'medicinal' }); ids[i] = s.id; });
await inParallel(5000, 8, (i) => call(h, 'receiveLot', { productId: ids[i % 500], lot: `L${i}`, expiry: '2027-01-01', quantity: 5, receivedOn: '2025-01-01' }));
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  const r = await fetch(`${h.url}api/listStock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const text = await r.text();
  const t1 = performance.now();
  const v = JSON.parse(text).value;
  const t2 = performance.now();
  const c = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  sortStockRows(v.rows, 'product', false, c);
  const t3 = performance.now();
  if (k === 0) console.log(JSON.stringify(v.rows[0]));
  const { stockRows } = await import('../../shared/stockStates.ts');
  const t4 = performance.now(); stockRows(v.rows, { today: '2026-01-01', expiryWarningDays: 60, lowUnits: 3 }); console.log('stockRows', (performance.now() - t4).toFixed(1));
  console.log(`http ${(t1 - t0).toFixed(1)} ms, ${text.length} bytes, parse ${(t2 - t1).toFixed(1)}, sort ${(t3 - t2).toFixed(1)}`);
}
await h.close();
const { DatabaseSync } = await import('node:sqlite');
const db = new DatabaseSync(h.databasePath);
const { listStockLots } = await import('../../electron/store/stock.ts');
for (let k = 0; k < 5; k++) { const t = performance.now(); const rows = listStockLots(db as never); console.log('sql', rows.length, (performance.now() - t).toFixed(1)); }
const Q2 = `SELECT l.id, l.product_id, l.lot, l.expiry, p.name AS product_name, p.retired AS product_retired,
  COALESCE(m.on_hand, 0) AS on_hand, r.supplier, r.received_on
FROM stock_lots l JOIN catalogue_products p ON p.id = l.product_id
LEFT JOIN (SELECT lot_id, SUM(quantity) AS on_hand, MAX(CASE WHEN kind = 'receive' THEN id END) AS last_receive FROM stock_movements GROUP BY lot_id) m ON m.lot_id = l.id
LEFT JOIN stock_movements r ON r.id = m.last_receive
ORDER BY p.name_key, l.expiry, l.lot_key`;
const st = db.prepare(Q2);
for (let k = 0; k < 5; k++) { const t = performance.now(); const rows = st.all(); console.log('q2', rows.length, (performance.now() - t).toFixed(1)); }
console.log(st.all()[0], listStockLots(db as never)[0]);
console.log(db.prepare('EXPLAIN QUERY PLAN ' + "SELECT l.id FROM stock_lots l JOIN catalogue_products p ON p.id = l.product_id LEFT JOIN stock_movements m ON m.lot_id = l.id GROUP BY l.id ORDER BY p.name_key, l.expiry, l.lot_key").all());
console.log(db.prepare("select sql from sqlite_master where tbl_name like 'stock%'").all());

void gtinCheckDigitValid;
