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

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mesochart-bench-store-'));
  const path = join(dir, 'clinic.sqlite');
  const keyringPath = join(dir, 'keyring.json');
  const plainPath = join(dir, 'plain.sqlite');
  const nodePath = join(dir, 'node-sqlite.sqlite');
  try {
    // The folder sealed as at first run: a data key, wrapped by the practitioner's passphrase (real cost).
    const vault = openRecordsVault({ keyringPath, kdf: DEFAULT_PASSPHRASE_KDF });
    const { keyring, dataKey: key } = await vault.seal(PRACTITIONER);
    await vault.commit(keyring, key);
    const [genMs, file] = time(() => writeClinicFile(path, key));
    console.log(`generated ${PATIENTS} patients, ${PATIENTS * SESSIONS_PER_PATIENT} sessions, ${PATIENTS * SESSIONS_PER_PATIENT * POINTS_PER_SESSION} points, sealed, in ${(genMs / 1000).toFixed(1)} s (not timed)`);
    const plainFile = writeClinicFile(plainPath);
    copyFileSync(plainPath, nodePath);
    const pointCount = PATIENTS * SESSIONS_PER_PATIENT * POINTS_PER_SESSION + SAVE_SESSIONS * SAVE_POINTS;
    const bytesPerPoint = statSync(path).size / pointCount;

    // Unlock from the closed folder, each run a new vault and connection.
    const unlocks = [];
    for (let i = 0; i < UNLOCKS; i++) unlocks.push(await unlockToPatientList({ databasePath: path, keyringPath }, PRACTITIONER.id, PRACTITIONER.passphrase));

    // Open + first page, as the application opens the records once it holds the key: each run a new connection.
    const openRuns: number[] = [];
    for (let i = 0; i < 7; i++) {
      const [ms, store] = time(() => {
        const s = openRecordStore(path, { key });
        s.listPatients({ search: '', includeArchived: false, offset: 0, limit: 50 });
        return s;
      });
      openRuns.push(ms);
      store.close();
    }

    const store = openRecordStore(path, { key });
    // Search as you type: every prefix of several names, the way the list refreshes on each key.
    const searches: number[] = [];
    for (const name of file.names) {
      for (let n = 1; n <= name.length; n++) {
        const [ms] = time(() => store.listPatients({ search: name.slice(0, n), includeArchived: false, offset: 0, limit: 50 }));
        searches.push(ms);
      }
    }

    // Saves, interleaved round by round so that all meet the same machine: the store on the sealed file,
    // bare libsql on the same file with the same key, the store on the unsealed file, bare node:sqlite on
    // the unsealed copy.
    const plainStore = openRecordStore(plainPath);
    const bare = connectSql(path, sealingKeyOptions(key));
    const nodeSqlite = new DatabaseSync(nodePath);
    const drafts = draftsOf(store, file);
    const plainDrafts = draftsOf(plainStore, plainFile);
    const nodeDrafts = draftsOf(plainStore, plainFile);
    const bareSave = bareSaveOn(bare, ACTOR.name);
    const nodeSave = bareSaveOn(nodeSqlite, ACTOR.name);
    const bareRound = (save: BareSave, of: Draft[]) => (round: number) => {
      const { id, chart, products } = edited(of, round);
      save(id, round, products, chart);
    };
    const sealedSaves = sampler((round) => {
      const { id, chart } = edited(drafts, round);
      store.saveSession(id, { notes: `Edit ${round}` }, chart, ACTOR);
    });
    const plainSaves = sampler((round) => {
      const { id, chart } = edited(plainDrafts, round);
      plainStore.saveSession(id, { notes: `Edit ${round}` }, chart, ACTOR);
    });
    const bareSaves = sampler(bareRound(bareSave, drafts));
    const nodeSaves = sampler(bareRound(nodeSave, nodeDrafts));
    for (let round = 0; round < SAVE_ROUNDS + WARM_UP; round++) {
      for (const saves of [sealedSaves, bareSaves, plainSaves, nodeSaves]) saves.run(round);
    }
    bare.close();
    nodeSqlite.close();
    plainStore.close();
    if (process.env.BENCH_VERBOSE) {
      for (const [name, saves] of Object.entries({ sealedSaves, bareSaves, plainSaves, nodeSaves })) console.log(name, saves.samples.map((x) => x.toFixed(1)).join(' '));
    }
    // The bare rows broke the audit chain on purpose (they are not the store's); nothing else reads it.

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

    const ms = (samples: readonly number[]) => `${median(samples).toFixed(2)} ms`;
    const { samples: sealed } = sealedSaves;
    const { samples: bareSealed } = bareSaves;
    const { samples: plain } = plainSaves;
    const { samples: node } = nodeSaves;
    const unwrap = median(unlocks.map((u) => u.unwrapMs));
    report([
      { name: 'store.unlock_ms', value: median(unlocks.map((u) => u.totalMs)), budget: 700, note: `closed sealed folder to the first page of ${PATIENTS} patients: key unwrapped with the passphrase (scrypt N=2^${DEFAULT_PASSPHRASE_KDF.logN}, r=${DEFAULT_PASSPHRASE_KDF.r}: ${unwrap.toFixed(0)} ms), records opened, list read (median of ${UNLOCKS})` },
      { name: 'store.open_ms', value: median(openRuns), budget: 100, note: `open the sealed records + first page of ${PATIENTS} patients (median of 7)` },
      { name: 'store.search_p95_ms', value: percentile(searches, 95), budget: 10, note: `${searches.length} prefixes of ${file.names.length} names, sealed` },
      { name: 'store.save_session_p95_ms', value: percentile(sealed, 95), budget: 10, note: `save of an edited ${SAVE_POINTS}-point session, sealed, synchronous=FULL` },
      { name: 'store.save_over_raw', value: median(sealed) / median(bareSealed), budget: 1.5, note: `median store save ${ms(sealed)} / bare libsql, same key, same file ${ms(bareSealed)}` },
      { name: 'store.plain_save_p95_ms', value: percentile(plain, 95), note: `the same saves on an unsealed libsql file (median ${ms(plain)}; sealed ${ms(sealed)})` },
      { name: 'store.sealed_over_node_sqlite', value: median(sealed) / median(node), note: `median sealed store save ${ms(sealed)} / the same rows with bare node:sqlite on an unsealed copy ${ms(node)}` },
      { name: 'store.lot_recall_ms', value: percentile(recalls, 95), budget: 50, note: `p95 of 20 lots, ${Math.round(uses / 20)} uses each, sealed` },
      { name: 'store.bytes_per_point', value: bytesPerPoint, note: `${(statSync(path).size / 2 ** 20).toFixed(0)} MiB sealed for ${pointCount} points with their sessions, patients, audit (unsealed ${(statSync(plainPath).size / 2 ** 20).toFixed(0)} MiB)` },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
