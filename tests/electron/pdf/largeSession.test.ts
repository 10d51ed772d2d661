import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionSaveSchema } from '../../../shared/session.ts';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { loadSessionRecord } from '../../../electron/pdf/recordData.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';
import { populateCourse, SETTINGS } from './recordFixtures.ts';

/**
 * The largest session the schema allows (20,000 points) prints whole: every point in the table, the
 * maps, the page numbers. How fast is the benchmark's business (bench/pdf: pdf.session_5k_ms and
 * pdf.per_point_ratio); this only checks that such a record is written and reads back complete.
 */

const POINTS = 20_000;

describe('a session of 20,000 points', () => {
  it('prints whole: both maps, every point in the table, every page numbered', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 1, pointsPerSession: POINTS });
    const session = fx.sessions[0]!;
    expect(session.points).toHaveLength(POINTS);
    // The schema's limit: a save of this chart is accepted, one point more is not.
    expect(sessionSaveSchema.safeParse({ id: session.id, points: session.points }).success).toBe(true);
    expect(sessionSaveSchema.safeParse({ id: session.id, points: [...session.points, session.points[0]] }).success).toBe(false);

    const path = join(tempDir(), 'large.pdf');
    const result = await exportPdf(await loadSessionRecord({ store, settings: SETTINGS }, session.id), path);
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(result.pages);

    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    // The fixture puts the points on two views, alternately: 10,000 on each.
    expect(text).toContain('Map: Body, back (10000 points)');
    expect(text).toContain('Map: Body, front (10000 points)');
    const rows = text.split('\n').filter((line) => /^\s*\d+\s+(Front|Back)\s+\S/.test(line));
    expect(rows).toHaveLength(POINTS);
    for (const view of ['Front', 'Back']) {
      const numbers = rows.filter((r) => new RegExp(`^\\s*\\d+\\s+${view}\\s`).test(r)).map((r) => Number(/^\s*(\d+)/.exec(r)?.[1]));
      expect(new Set(numbers).size).toBe(POINTS / 2);
      expect(Math.max(...numbers)).toBe(POINTS / 2);
    }
    expect(text).toContain('20000 points; total volume');
    for (const n of [1, Math.ceil(result.pages / 2), result.pages]) expect(text).toContain(`Page ${n} of ${result.pages}`);
  }, 300_000);
});
