import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { loadSessionRecord } from '../../../electron/pdf/recordData.ts';
import { courseChannels } from '../../../electron/channels/courses.ts';
import { recordChannels, type RecordChannelContext } from '../../../electron/channels/records.ts';
import { CHANNELS } from '../../../shared/api.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';
import { populateCourse, SETTINGS } from './recordFixtures.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';

/**
 * The printed records read back: text extraction (pdftotext) says what a reader sees, qpdf checks the
 * structure, and every page is rendered to tests/.artifacts/pdf/ to be looked at.
 */

const ARTIFACTS = 'tests/.artifacts/pdf';
const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const qpdfCheck = (pdf: string) => execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' });

function renderPages(pdf: string, name: string): string[] {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`${name}-`)) rmSync(join(ARTIFACTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(ARTIFACTS, name)]);
  return readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

/** The channels' implementations (electron/channels/records.ts) over a real store, saving into `dir`. */
function testContext(dir: string) {
  const { store } = openTestStore();
  const saved: string[] = [];
  let next = 0;
  const ctx: RecordChannelContext = {
    photoCodec: PLAIN_PHOTOS,
    store: () => store,
    settings: () => SETTINGS,
    actor: () => ({ name: SETTINGS.practitionerName }),
    files: {
      chooseSavePath: async ({ defaultName }) => {
        const path = join(dir, `${++next}-${defaultName}`);
        saved.push(path);
        return path;
      },
    },
  };
  return { store, ctx, saved };
}

describe('the session record', () => {
  it('prints the patient in any script, the session in its course, the cocktail with lots, the points and page numbers', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 3, pointsPerSession: 40 });
    const data = await loadSessionRecord({ store, settings: SETTINGS }, fx.sessions[1]!.id);
    const dir = tempDir();
    const path = join(dir, 'session.pdf');
    const progress: number[] = [];
    const result = await exportPdf(data, path, (p) => progress.push(p.sessionsDone));
    expect(progress).toEqual([1]);
    // The finished PDF alone: no temporary file of the writer is left beside it.
    expect(readdirSync(dir)).toEqual(['session.pdf']);
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
    expect(pageCount(path)).toBe(result.pages);

    const t = text(path);
    expect(t).toContain('Łucja Ольга Groß-Wiśniewska');
    expect(t).toContain('GROSS-WIŚNIEWSKA, Łucja Ольга');
    expect(t).toContain('Clinique Esthétique Lumière');
    expect(t).toContain('session 2 of 10');
    expect(t).toContain('Dr. Élodie Brühl');
    for (let n = 1; n <= result.pages; n += 1) expect(t).toContain(`Page ${n} of ${result.pages}`);
    expect(t.match(/GROSS-WIŚNIEWSKA, Łucja Ольга · Session of 13 Jan 2025/g)?.length).toBe(result.pages);
    // Screening and acknowledgement.
    expect(t).toMatch(/Oral anticoagulants\s+YES\s+Apixaban/);
    expect(t).toMatch(/Acknowledged by Dr\. Élodie Brühl on .*: Oral anticoagulants/);
    // Cocktail as corrected, and the amendment with the value as signed.
    // Expiry as the vial writes it (the record's short date: day/month/year in English as in French).
    expect(t).toMatch(/Lidocaine 2%.*LD2-4471\s+31\/05\/2026/);
    expect(t).toMatch(/Piroxicam 20 mg.*PX-0999\s+28\/02\/2027/);
    // Each product's kind in law as used: a product typed by hand has none ("—"); the header names the column.
    expect(t).toMatch(/Product\s+Kind\s+Active ingredients/);
    expect(t).toMatch(/Lidocaine 2%\s+Medicinal\s+lidocaine/);
    expect(t).toMatch(/Thiocolchicoside\s+—\s+thiocolchicoside/);
    expect(t).toContain('Product 2 (Piroxicam 20 mg), lot: was PX-0922, now PX-0999');
    expect(t).toContain('Reason: Lot of the piroxicam read from the wrong vial');
    expect(t).toContain('VAS after: was 5, now 4');
    // Table of points: every point, numbered within its view, with region, depth, needle and product.
    const rows = t.split('\n').filter((line) => /^\s*\d+\s+(Front|Back)\s+\S/.test(line));
    expect(rows).toHaveLength(40);
    const first = fx.sessions[1]!.points.find((p) => p.view === 'body-front')!;
    expect(t).toMatch(new RegExp(`\\b1\\s+Front\\s+.*${first.depthMm} mm\\s+.*(27G|30G|32G)`));
    expect(t).toContain('Map: Body, back (20 points)');
    expect(t).toContain('SIGNED');
    expect(t).not.toContain('DRAFT: NOT SIGNED');

    expect(renderPages(path, 'session').length).toBe(result.pages);
  });

  it('marks a draft unmistakably and flags an expired lot', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 3, pointsPerSession: 6 });
    const draft = fx.sessions[2]!;
    expect(draft.status).toBe('draft');
    const path = join(tempDir(), 'draft.pdf');
    await exportPdf(await loadSessionRecord({ store, settings: SETTINGS }, draft.id), path);
    const t = text(path);
    expect(t).toContain('DRAFT: this session is not signed');
    expect(t).toContain('DRAFT: NOT SIGNED');
    expect(t).toMatch(/TC-118\s+15\/01\/2025 EXPIRED/);
    expect(t).toContain('session 3 of 10');
    renderPages(path, 'draft');
  });

  it('never leaves half a file: a failing export removes its temporary file and keeps what was there', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 1, pointsPerSession: 3 });
    const dir = tempDir();
    const path = join(dir, 'record.pdf');
    writeFileSync(path, 'the previous record');
    const data = await loadSessionRecord({ store, settings: SETTINGS }, fx.sessions[0]!.id);
    await expect(exportPdf(data, path, undefined, { fontDir: join(dir, 'no-fonts-here') })).rejects.toThrow(/could not be written/);
    expect(readFileSync(path, 'utf8')).toBe('the previous record');
    expect(readdirSync(dir)).toEqual(['record.pdf']);
  });
});

describe('the course record and the export channels', () => {
  it('prints a cover summary with the VAS plot, then every session; asks where to save; audits the export', async () => {
    const dir = tempDir();
    const { store, ctx, saved } = testContext(dir);
    const fx = populateCourse(store, { sessions: 4, pointsPerSession: 25 });
    const api = recordChannels(ctx);
    const outcome = await api.exportCoursePdf({ courseId: fx.course.id, open: false });
    if (!outcome.saved) throw new Error('not saved');
    expect(outcome.path).toBe(saved[0]);
    expect(outcome.path).toMatch(/GROSS-WIŚNIEWSKA-Łucja-Ольга-course-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(qpdfCheck(outcome.path)).toMatch(/No syntax or stream encoding errors/);
    const t = text(outcome.path);
    expect(t).toContain('Treatment course: Pain, Lumbar spine and thighs');
    expect(t).toContain('4 of 10 planned sessions held');
    expect(t).toContain('Pain score over the course');
    for (const n of [1, 2, 3, 4]) expect(t).toContain(`Treatment session: session ${n} of 10`);
    expect(t).toContain(`Page ${outcome.pages} of ${outcome.pages}`);
    expect(pageCount(outcome.path)).toBe(outcome.pages);
    expect(t).toContain('Regions: last treated');
    expect(store.listAudit(fx.course.id).map((a) => a.action)).toContain('course.export');
    renderPages(outcome.path, 'course');

    const revealed: string[] = [];
    const single = await recordChannels({ ...ctx, files: { ...ctx.files!, openSavedFile: async (p) => void revealed.push(p) } }).exportSessionPdf({ sessionId: fx.sessions[0]!.id, open: true });
    expect(single).toMatchObject({ saved: true, opened: true });
    expect(revealed).toEqual([saved[1]]);
    expect(store.listAudit(fx.sessions[0]!.id).map((a) => a.action)).toContain('session.print');
  });

  it('answers a cancelled dialog without writing, and refuses without a save dialog', async () => {
    const dir = tempDir();
    const { store, ctx } = testContext(dir);
    const fx = populateCourse(store, { sessions: 1, pointsPerSession: 2 });
    const cancelled = recordChannels({ ...ctx, files: { chooseSavePath: async () => null } });
    expect(await cancelled.exportSessionPdf({ sessionId: fx.sessions[0]!.id, open: false })).toEqual({ saved: false });
    const none = recordChannels({ ...ctx, files: undefined });
    await expect(none.exportSessionPdf({ sessionId: fx.sessions[0]!.id, open: false })).rejects.toMatchObject({ code: 'conflict' });
    // The page never names the file: a path in the input is refused by the channel's schema.
    expect(CHANNELS.exportSessionPdf.input.safeParse({ sessionId: fx.sessions[0]!.id, path: '/etc/passwd' }).success).toBe(false);
    expect(store.listAudit(fx.sessions[0]!.id).map((a) => a.action)).not.toContain('session.print');
  });

  it('gives the course timeline and the diff of sessions', async () => {
    const { store, ctx } = testContext(tempDir());
    const fx = populateCourse(store, { sessions: 3, pointsPerSession: 10 });
    const api = { ...recordChannels(ctx), ...courseChannels(ctx) };
    const timeline = await api.getCourseTimeline({ courseId: fx.course.id, asOf: '2025-02-05' });
    expect(timeline.timeline).toMatchObject({ held: 3, nextNumber: 4, nextDue: '2025-01-27', status: 'in-progress' });
    expect(timeline.timeline.slots[1]).toMatchObject({ number: 2, phase: 'course', state: 'done' });
    const diff = await api.compareSessions({ sessionIds: fx.sessions.map((s) => s.id) });
    expect(diff.sessions).toHaveLength(3);
    expect(diff.regions.length).toBeGreaterThan(0);
    expect(diff.regions.every((r) => r.stats.length === 3)).toBe(true);
    expect(CHANNELS.compareSessions.input.safeParse({ sessionIds: [fx.sessions[0]!.id] }).success).toBe(false);
  });
});
