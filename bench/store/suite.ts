// The record store at a clinic's scale (issue 6): 2,000 patients, 20,000 sessions, 1,000,000 points.
// Generation is not timed: bare prepared statements in big transactions. Then, on the generated file:
// open + first page, search as you type, saving an edited 100-point session (and the same rows written
// with bare node:sqlite in the same run), lot recall, and the file's bytes per point.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { performance } from 'node:perf_hooks';
import { auditEntryHash, GENESIS_HASH } from '../../electron/store/auditChain.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { patientSearchKey } from '../../electron/store/searchKey.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { median, percentile, report } from '../report.ts';

const PATIENTS = 2_000;
const SESSIONS_PER_PATIENT = 10;
const POINTS_PER_SESSION = 50;
const PRODUCTS_PER_SESSION = 2;
const LOTS = 400;
const SAVE_SESSIONS = 20; // drafts of 100 points, edited and saved in the measurement
const SAVE_POINTS = 100;

const FIRST = ['Anna', 'Hans', 'Inès', 'Marta', 'Lukas', 'Sofia', 'Jonas', 'Élodie', 'Piotr', 'Greta', 'Mateo', 'Lena', 'Jakub', 'Chiara', 'Noah', 'Zoé', 'Ole', 'Maja', 'Tomás', 'Ida'];
const LAST = ['Müller', 'Kowalska', 'Lefèvre', 'García-López', 'Rossi', 'Nowak', 'Schmidt', 'Dubois', 'Żółkiewska', "O'Brien", 'Jensen', 'Novák', 'Fischer', 'Moreau', 'Bianchi', 'Weber', 'Lindqvist', 'Horvat', 'Costa', 'Meyer',
  'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Keller', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier'];
const VIEWS = ['body-front', 'body-back', 'face', 'scalp'];
const REGIONS = ['abdomen', 'thigh-left-lateral', 'forehead', 'cheek-left', 'vertex', 'lumbar'];
const ACTOR = { name: 'Dr. Anna Kowalska' };

let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const lotName = (i: number) => `LOT-${String(i).padStart(5, '0')}`;

function time<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

function generate(path: string): { saveSessionIds: string[]; names: string[] } {
  openRecordStore(path).close(); // the schema, exactly as the application creates it
  const db = new DatabaseSync(path);
  db.exec('PRAGMA synchronous = OFF');
  const at = '2025-01-01T09:00:00.000Z';
  const insertPatient = db.prepare(`INSERT INTO patients (id, first_name, last_name, search_key, date_of_birth, sex, phone, email, address,
    allergies, notes, screening, has_positive_screening, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'female', '', '', '', '', '', NULL, 0, ?, ?, ?)`);
  const insertCourse = db.prepare(`INSERT INTO courses (id, patient_id, indication, area, planned_sessions, interval_days, maintenance_interval_days,
    start_date, status, notes, created_at, updated_at) VALUES (?, ?, 'cellulite', 'Thighs', 10, 7, 30, ?, 'active', '', ?, ?)`);
  const insertSession = db.prepare(`INSERT INTO sessions (id, patient_id, course_id, number_in_course, date, time, practitioner, indication,
    treated_areas, default_technique, default_needle, injector, vas_before, vas_after, side_effects, aftercare, notes, status, signed_at,
    signed_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '09:30', 'Dr. Anna Kowalska', 'cellulite', '["Thighs"]', 'point', '30G-4mm',
    '{"kind":"single"}', NULL, NULL, '[]', '', '', 'draft', NULL, NULL, ?, ?)`);
  const sign = db.prepare(`UPDATE sessions SET status = 'signed', signed_at = ?, signed_by = 'Dr. Anna Kowalska' WHERE id = ?`);
  const insertProduct = db.prepare(`INSERT INTO session_products (session_id, position, name, active_ingredients, concentration, dilution,
    volume_ml, lot, expiry) VALUES (?, ?, ?, '', '', '', 2, ?, '2027-01-31')`);
  const insertPoint = db.prepare(`INSERT INTO points (session_id, seq, id, view, x, y, region, depth_mm, needle, needle_count, technique,
    product_index, volume_ml, note) VALUES (?, ?, ?, ?, ?, ?, ?, 4, '30G-4mm', NULL, 'point', ?, NULL, '')`);
  const insertAudit = db.prepare('INSERT INTO audit (id, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  let auditId = 0;
  let prev = GENESIS_HASH;
  const audit = (action: string, entity: string, entityId: string) => {
    const row = { id: ++auditId, at, actor: ACTOR.name, action, entity, entity_id: entityId, detail: '{"fields":[]}' };
    const hash = auditEntryHash(prev, row);
    insertAudit.run(row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.detail, prev, hash);
    prev = hash;
  };
  const names: string[] = [];
  const saveSessionIds: string[] = [];
  db.exec('BEGIN');
  for (let p = 0; p < PATIENTS; p++) {
    const patientId = randomUUID();
    const first = pick(FIRST);
    const last = `${pick(LAST)}${p % 7 === 0 ? '' : ` ${pick(LAST)}`}`;
    if (p % 250 === 0) names.push(last);
    insertPatient.run(patientId, first, last, patientSearchKey(first, last), `19${50 + (p % 50)}-0${1 + (p % 9)}-1${p % 10}`, p % 40 === 0 ? 1 : 0, at, at);
    audit('patient.create', 'patient', patientId);
    const courseId = randomUUID();
    insertCourse.run(courseId, patientId, '2020-01-06', at, at);
    for (let s = 0; s < SESSIONS_PER_PATIENT; s++) {
      const sessionId = randomUUID();
      const date = `20${String(15 + Math.floor(s / 2)).padStart(2, '0')}-${String(1 + ((p + s) % 12)).padStart(2, '0')}-1${s % 10}`;
      insertSession.run(sessionId, patientId, courseId, s + 1, date, at, at);
      for (let k = 0; k < PRODUCTS_PER_SESSION; k++) insertProduct.run(sessionId, k, k === 0 ? 'Lidocaine 2%' : 'Vitamin C', lotName(Math.floor(random() * LOTS)));
      for (let i = 0; i < POINTS_PER_SESSION; i++) {
        insertPoint.run(sessionId, i, randomUUID(), pick(VIEWS), Math.round(random() * 1_800_00) / 100, Math.round(random() * 1_800_00) / 100, pick(REGIONS), i % 3 === 0 ? 0 : null);
      }
      sign.run(at, sessionId);
      audit('session.sign', 'session', sessionId);
    }
    if (p % 200 === 0) {
      db.exec('COMMIT');
      db.exec('BEGIN');
    }
  }
  // The drafts the save measurement edits: 100 points each, on patients of the clinic.
  const owners = db.prepare('SELECT id FROM patients LIMIT ?').all(SAVE_SESSIONS) as { id: string }[];
  for (const { id: patientId } of owners) {
    const sessionId = randomUUID();
    insertSession.run(sessionId, patientId, null, null, '2025-06-02', at, at);
    for (let k = 0; k < PRODUCTS_PER_SESSION; k++) insertProduct.run(sessionId, k, 'Lidocaine 2%', lotName(k));
    for (let i = 0; i < SAVE_POINTS; i++) insertPoint.run(sessionId, i, randomUUID(), 'body-front', 100 + i, 200 + i, 'abdomen', 0);
    saveSessionIds.push(sessionId);
  }
  db.exec('COMMIT');
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
  return { saveSessionIds, names };
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'mesochart-bench-store-'));
  const path = join(dir, 'clinic.sqlite');
  try {
    const [genMs, { saveSessionIds, names }] = time(() => generate(path));
    console.log(`generated ${PATIENTS} patients, ${PATIENTS * SESSIONS_PER_PATIENT} sessions, ${PATIENTS * SESSIONS_PER_PATIENT * POINTS_PER_SESSION} points in ${(genMs / 1000).toFixed(1)} s (not timed)`);
    const pointCount = PATIENTS * SESSIONS_PER_PATIENT * POINTS_PER_SESSION + SAVE_SESSIONS * SAVE_POINTS;
    const bytesPerPoint = statSync(path).size / pointCount;

    // Open + first page, as the application starts: each run a new connection.
    const openRuns: number[] = [];
    for (let i = 0; i < 7; i++) {
      const [ms, store] = time(() => {
        const s = openRecordStore(path);
        s.listPatients({ search: '', includeArchived: false, offset: 0, limit: 50 });
        return s;
      });
      openRuns.push(ms);
      store.close();
    }

    const store = openRecordStore(path);
    // Search as you type: every prefix of several names, the way the list refreshes on each key.
    const searches: number[] = [];
    for (const name of names) {
      for (let n = 1; n <= name.length; n++) {
        const [ms] = time(() => store.listPatients({ search: name.slice(0, n), includeArchived: false, offset: 0, limit: 50 }));
        searches.push(ms);
      }
    }

    // Save an edited 100-point session through the store, and the same rows with bare node:sqlite, interleaved.
    const raw = new DatabaseSync(path, { enableForeignKeyConstraints: true });
    raw.exec('PRAGMA synchronous = FULL');
    const rawUpdate = raw.prepare('UPDATE sessions SET notes = ?, updated_at = ? WHERE id = ?');
    const rawDeleteProducts = raw.prepare('DELETE FROM session_products WHERE session_id = ?');
    const rawInsertProduct = raw.prepare(`INSERT INTO session_products (session_id, position, name, active_ingredients, concentration, dilution, volume_ml, lot, expiry) VALUES (?, ?, ?, '', '', '', NULL, ?, '')`);
    const rawDeletePoints = raw.prepare('DELETE FROM points WHERE session_id = ?');
    const rawInsertPoint = raw.prepare(`INSERT INTO points (session_id, seq, id, view, x, y, region, depth_mm, needle, needle_count, technique, product_index, volume_ml, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const rawAudit = raw.prepare(`INSERT INTO audit (at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, 'session.save', 'session', ?, '{"fields":["notes"],"points":100}', ?, ?)`);
    const charts = new Map<string, InjectionPoint[]>(saveSessionIds.map((id) => [id, store.getSession(id)!.points]));
    const storeSaves: number[] = [];
    const rawSaves: number[] = [];
    const WARM_UP = 5; // a running application has its statements prepared: the first saves are not counted
    for (let round = 0; round < 100 + WARM_UP; round++) {
      const id = saveSessionIds[round % saveSessionIds.length]!;
      const chart = charts.get(id)!.map((p, i) => (i === round % SAVE_POINTS ? { ...p, x: p.x + 1 } : p));
      charts.set(id, chart);
      const [ms] = time(() => store.saveSession(id, { notes: `Edit ${round}` }, chart, ACTOR));
      if (round >= WARM_UP) storeSaves.push(ms);
      const products = store.getSession(id)!.products;
      const [rawMs] = time(() => {
        raw.exec('BEGIN IMMEDIATE');
        rawUpdate.run(`Raw ${round}`, new Date().toISOString(), id);
        rawDeleteProducts.run(id);
        products.forEach((p, k) => rawInsertProduct.run(id, k, p.name, p.lot));
        rawDeletePoints.run(id);
        chart.forEach((p, seq) => rawInsertPoint.run(id, seq, p.id, p.view, p.x, p.y, p.region, p.depthMm, p.needle, null, p.technique, p.productIndex, p.volumeMl, p.note));
        const h = createHash('sha256').update(String(round)).digest('hex');
        rawAudit.run(new Date().toISOString(), ACTOR.name, id, h, h);
        raw.exec('COMMIT');
      });
      if (round >= WARM_UP) rawSaves.push(rawMs);
    }
    raw.close();
    if (process.env.BENCH_VERBOSE) console.log('store saves', storeSaves.map((x) => x.toFixed(1)).join(' '), '\nraw saves', rawSaves.map((x) => x.toFixed(1)).join(' '));
    // The raw rows broke the audit chain on purpose (they are not the store's); nothing else reads it.

    // Lot recall as the app runs it (the findProductUses channel): every session that used a lot,
    // with patient and date, from the products as recorded and as corrected by amendments.
    const recalls: number[] = [];
    let uses = 0;
    for (let i = 0; i < 20; i++) {
      const [ms, found] = time(() => store.findProductUses({ lot: lotName((i * 37) % LOTS), product: '' }));
      recalls.push(ms);
      uses += found.length;
    }
    if (process.env.BENCH_VERBOSE) console.log('recalls', recalls.map((x) => x.toFixed(1)).join(' '));
    store.close();

    report([
      { name: 'store.open_ms', value: median(openRuns), budget: 100, note: `open + first page of ${PATIENTS} patients (median of 7)` },
      { name: 'store.search_p95_ms', value: percentile(searches, 95), budget: 10, note: `${searches.length} prefixes of ${names.length} names` },
      { name: 'store.save_session_p95_ms', value: percentile(storeSaves, 95), budget: 10, note: `save of an edited ${SAVE_POINTS}-point session, synchronous=FULL` },
      { name: 'store.save_over_raw', value: median(storeSaves) / median(rawSaves), budget: 1.5, note: `median store save ${median(storeSaves).toFixed(2)} ms / bare node:sqlite ${median(rawSaves).toFixed(2)} ms` },
      { name: 'store.lot_recall_ms', value: percentile(recalls, 95), budget: 50, note: `p95 of 20 lots, ${Math.round(uses / 20)} uses each` },
      { name: 'store.bytes_per_point', value: bytesPerPoint, note: `${(statSync(path).size / 2 ** 20).toFixed(0)} MiB for ${pointCount} points with their sessions, patients, audit` },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
