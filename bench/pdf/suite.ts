// `npm run bench -- pdf`: the course record of a 15-session course with 100 points per session.
//   pdf.course_ms    export through the worker (as the app does it), data already loaded: median of 5
//                    (the worker stays alive between exports; the first, cold one is pdf.course_cold_ms)
//   pdf.course_bytes the file's size
//   pdf.over_bare    our renderer ÷ bare pdfkit drawing the same shapes and text (bench/pdf/bare.ts),
//                    both in this thread, interleaved, medians of 7
// and the session record of one large session, through the worker as the app exports it:
//   pdf.session_5k_ms     one session of 5,000 points (median of 5)
//   pdf.per_point_ratio   ms per point at 5,000 points ÷ ms per point at 500 points, both measured in
//                         this run, interleaved (medians of 5): the cost of a record grows no faster than
//                         its points (1 is linear; below 1, fixed costs are spread over more points)
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPdf } from '../../electron/pdf/exportPdf.ts';
import { loadCourseRecord, loadSessionRecord } from '../../electron/pdf/recordData.ts';
import { renderRecord } from '../../electron/pdf/renderRecord.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { populateCourse, SETTINGS } from '../../tests/electron/pdf/recordFixtures.ts';
import { median, report } from '../report.ts';
import { renderBare } from './bare.ts';

const dir = mkdtempSync(join(tmpdir(), 'mesochart-bench-pdf-'));
const store = openRecordStore(':memory:');
const fx = populateCourse(store, { sessions: 15, pointsPerSession: 100, plannedSessions: 10 });
const data = await loadCourseRecord({ store, settings: SETTINGS }, fx.course.id);

const time = async (work: () => Promise<unknown>) => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

// Warm-up: fonts read, code compiled, in this thread and once through a worker.
await renderRecord(data, createWriteStream(join(dir, 'warm.pdf')));
await renderBare(data, createWriteStream(join(dir, 'warm-bare.pdf')));

const worker: number[] = [];
let bytes = 0;
let pages = 0;
for (let i = 0; i < 5; i += 1) {
  const path = join(dir, `course-${i}.pdf`);
  worker.push(await time(async () => ({ pages } = await exportPdf(data, path))));
  bytes = statSync(path).size;
}

const ours: number[] = [];
const bare: number[] = [];
for (let i = 0; i < 7; i += 1) {
  ours.push(await time(() => renderRecord(data, createWriteStream(join(dir, `ours-${i}.pdf`)))));
  bare.push(await time(() => renderBare(data, createWriteStream(join(dir, `bare-${i}.pdf`)))));
}
store.close();

// One session of 500 and one of 5,000 points, each in a store of its own (the fixture's one-session course).
const largeSession = async (points: number) => {
  const sessionStore = openRecordStore(':memory:');
  const session = populateCourse(sessionStore, { sessions: 1, pointsPerSession: points }).sessions[0];
  if (!session) throw new Error('no session');
  const record = await loadSessionRecord({ store: sessionStore, settings: SETTINGS }, session.id);
  sessionStore.close();
  return record;
};
const small = await largeSession(500);
const large = await largeSession(5_000);
await exportPdf(small, join(dir, 'warm-500.pdf'));
await exportPdf(large, join(dir, 'warm-5000.pdf'));
const at500: number[] = [];
const at5000: number[] = [];
let largePages = 0;
for (let i = 0; i < 5; i += 1) {
  at500.push(await time(() => exportPdf(small, join(dir, `session-500-${i}.pdf`))));
  at5000.push(await time(async () => ({ pages: largePages } = await exportPdf(large, join(dir, `session-5000-${i}.pdf`)))));
}
rmSync(dir, { recursive: true, force: true });
const perPoint500 = median(at500) / 500;
const perPoint5000 = median(at5000) / 5_000;

report([
  { name: 'pdf.course_ms', value: median(worker), budget: 1500, note: `course record, 15 sessions × 100 points, ${pages} pages, worker export to file` },
  { name: 'pdf.course_cold_ms', value: worker[0] ?? NaN, note: 'the same, first export: worker started, code loaded and compiled' },
  { name: 'pdf.course_bytes', value: bytes, budget: 3_000_000, note: 'size of that file' },
  { name: 'pdf.over_bare', value: median(ours) / median(bare), budget: 1.5, note: `ours ${median(ours).toFixed(0)} ms ÷ bare pdfkit ${median(bare).toFixed(0)} ms, same shapes and text` },
  { name: 'pdf.session_5k_ms', value: median(at5000), budget: 3000, note: `session record, one session of 5,000 points, ${largePages} pages, worker export to file` },
  {
    name: 'pdf.per_point_ratio',
    value: perPoint5000 / perPoint500,
    budget: 1.5,
    note: `ms per point at 5,000 points (${perPoint5000.toFixed(3)}) ÷ at 500 (${perPoint500.toFixed(3)}), same run`,
  },
]);
