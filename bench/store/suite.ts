// The record store at a clinic's scale (issues 6 and 14): 2,000 patients, 20,000 sessions, 1,000,000
// points, sealed as the application keeps them (libsql page encryption with the records' data key, that
// key wrapped in a keyring by a practitioner's passphrase at the application's scrypt cost). Generation
// is not timed. Then, on the sealed file: unlock to the patient list, open + first page, search as you
// type, saving an edited 100-point session (and the same rows written with bare libsql, same key, same
// file, in the same run), lot recall, the file's bytes per point. For the cost of sealing, the same saves
// on an unsealed libsql file, and bare node:sqlite on a copy of it: engines never share a file.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PASSPHRASE_KDF } from '../../electron/access/passphrase.ts';
import { openRecordsVault } from '../../electron/seal/recordsVault.ts';
import { openRecordStore, type SqliteRecordStore } from '../../electron/store/recordStore.ts';
import { sealingKeyOptions } from '../../electron/store/sealedCopy.ts';
import { connectSql } from '../../electron/store/sqlDatabase.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { median, percentile, report } from '../report.ts';
import { bareSaveOn, type BareSave } from './bareSave.ts';
import { LOTS, lotName, PATIENTS, POINTS_PER_SESSION, SAVE_POINTS, SAVE_SESSIONS, SESSIONS_PER_PATIENT, writeClinicFile, type ClinicFile } from './clinicFile.ts';
import { unlockToPatientList } from './unlock.ts';

const ACTOR = { name: 'Dr. Anna Kowalska' };
const PRACTITIONER = { id: randomUUID(), displayName: ACTOR.name, passphrase: 'bench passphrase 123' };
const UNLOCKS = 5;
const SAVE_ROUNDS = 100;
const WARM_UP = 5; // a running application has its statements prepared: the first saves are not counted

function time<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

type Draft = { id: string; chart: InjectionPoint[]; products: { name: string; lot: string }[] };

/** One file's drafts, read once through its store: what every round edits a point of and saves. */
function draftsOf(store: SqliteRecordStore, file: ClinicFile): Draft[] {
  return file.saveSessionIds.map((id) => {
    const session = store.getSession(id)!;
    return { id, chart: session.points, products: session.products.map((p) => ({ name: p.name, lot: p.lot })) };
  });
}

/** Round `round`'s edit of a file's drafts: one point moved, kept for the next round on that draft. */
function edited(drafts: Draft[], round: number): Draft {
  const draft = drafts[round % drafts.length]!;
  draft.chart = draft.chart.map((p, i) => (i === round % SAVE_POINTS ? { ...p, x: p.x + 1 } : p));
  return draft;
}

/** Samples of `save` after the warm-up rounds. */
function sampler(save: (round: number) => void): { samples: number[]; run(round: number): void } {
  const samples: number[] = [];
  return {
    samples,
    run(round) {
      const [ms] = time(() => save(round));
      if (round >= WARM_UP) samples.push(ms);
    },
  };
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
