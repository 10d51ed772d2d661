import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { addDays } from '../../shared/courseSchedule.ts';
import { todayIso } from '../../shared/dates.ts';
import { regionAt } from '../../shared/regions.ts';
import { call } from './api.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// Issue 5 end to end: plan a course on the patient page, chart three sessions in it (through the API,
// for speed), compare them side by side, as an overlay and as the course view, print the session and
// the course records and read them back, and find the sessions by lot (with the CSV export).

/** Up to `max` points `step` apart inside a body-front region. */
function grid(region: string, step: number, max: number): { x: number; y: number }[] {
  const r = MAP_ARTWORK['body-front'].regions.find((g) => g.id === region)!;
  const xs = r.polygon.map((p) => p[0]);
  const ys = r.polygon.map((p) => p[1]);
  const out: { x: number; y: number }[] = [];
  for (let y = Math.min(...ys) + step / 2; y < Math.max(...ys); y += step)
    for (let x = Math.min(...xs) + step / 2; x < Math.max(...xs); x += step) if (regionAt('body-front', x, y)?.id === region && out.length < max) out.push({ x, y });
  return out;
}

/** Session n of the course: the outer thighs every time (more points, deeper, as it goes), the anterior thighs from session 2, the abdomen only in session 1. */
function chart(n: number) {
  const points: Record<string, unknown>[] = [];
  const add = (at: { x: number; y: number }, depthMm: number, productIndex: number) =>
    points.push({ id: crypto.randomUUID(), view: 'body-front', x: at.x + n * 12, y: at.y + n * 6, region: regionAt("body-front", at.x + n * 12, at.y + n * 6)?.id ?? '', depthMm, needle: '30G-6mm', technique: 'point', productIndex, volumeMl: 0.1 });
  for (const side of ['left', 'right']) {
    grid(`thigh-outer-${side}`, 40, 3 + n).forEach((p, i) => add(p, [4, 4.5, 5, 5.5][(i + n) % 4]!, 0));
    if (n >= 2) grid(`thigh-anterior-${side}`, 50, 2).forEach((p) => add(p, 5.5, n === 3 ? 1 : 0));
  }
  if (n === 1) grid('abdomen-lower', 60, 3).forEach((p) => add(p, 4, 0));
  return points;
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

test('plan a course, chart three sessions, compare, overlay, course view, print both records, lot recall', async ({ page, app, dataDir }) => {
  test.setTimeout(120_000);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await app.start();
  const patient = await call(page, 'createPatient', { firstName: 'Łucja', lastName: 'Brühl', dateOfBirth: '1981-02-14', sex: 'female' });
  const today = todayIso();
  const start = addDays(today, -28);

  // Plan the course through the UI.
  await page.reload();
  await page.getByRole('button', { name: /BRÜHL, Łucja/ }).click();
  await page.getByRole('button', { name: 'Plan a course…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a course' });
  await dialog.getByLabel('Indication').selectOption('cellulite');
  await dialog.getByLabel('Area').fill('Thighs, outer');
  await dialog.getByLabel('Planned sessions').fill('10');
  await dialog.getByLabel('Start date').fill(start);
  await expect(dialog.getByText(/Planned: 10 sessions from/)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('courses-plan-dialog');
  await dialog.getByRole('button', { name: 'Plan the course' }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByTestId('course-card');
  await expect(card).toContainText('0 of 10 done');

  // Three sessions in the course, a week apart, charted through the API.
  const [course] = await call<any[]>(page, 'listCourses', { patientId: patient.id });
  const sessions: any[] = [];
  for (let n = 1; n <= 3; n += 1) {
    const s = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)',
      patientId: patient.id,
      courseId: course.id,
      date: addDays(start, (n - 1) * 7),
      time: '10:00',
      practitioner: 'Dr Test',
      indication: 'cellulite',
      treatedAreas: ['Thighs, outer'],
      ...(n === 1 ? { consentOverride: 'Consent on paper, scanned later (e2e)' } : {}),
    });
    const products = [
      { name: 'Phosphatidylcholine', concentration: '5%', volumeMl: 4, lot: 'PC-2291', expiry: '2027-01-31' },
      ...(n === 3 ? [{ name: 'Hyaluronic acid', concentration: '1%', volumeMl: 2, lot: 'HA-0077', expiry: '2026-12-31' }] : []),
    ];
    sessions.push(await call(page, 'saveSession', { id: s.id, fields: { products, vasBefore: 7 - n, vasAfter: 5 - n }, points: chart(n) }));
  }
  expect(sessions.map((s) => s.numberInCourse)).toEqual([1, 2, 3]);

  // The timeline: three done, the fourth overdue, the next due date.
  await page.reload();
  await page.getByRole('button', { name: /BRÜHL, Łucja/ }).click();
  await expect(card).toContainText('3 of 10 done · 1 overdue');
  await expect(card.getByRole('button', { name: /Session 2 of 10, held on/ })).toBeVisible();
  await expect(card.getByRole('img', { name: /Session 4 of 10, overdue since/ })).toBeVisible();
  await expect(card).toContainText('Next due');
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('courses-patient-page');

  // A new session within the course is numbered in it.
  await card.getByRole('button', { name: /New session 4 in this course/ }).click();
  await expect(page.getByText(/session 4 of 10 of the course/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'BRÜHL, Łucja' }).click();

  // Compare the three sessions side by side.
  for (const s of sessions) await page.getByRole('checkbox', { name: new RegExp(`Compare the session of .*${s.time}`) }).nth(sessions.indexOf(s)).check();
  await page.getByRole('button', { name: 'Compare 3 sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare sessions' })).toBeVisible();
  const panes = page.getByTestId('compare-pane');
  await expect(panes).toHaveCount(3);
  await expect(page.getByRole('table', { name: /What changed, region by region/ })).toContainText('Left thigh');
  // Zoom and pan in step: one zoom, every map; the shared zoom readout follows.
  // The maps open framed on the charted points; Fit shows the whole map.
  await expect(page.locator('.map-zoom')).not.toHaveText('100%');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.locator('.map-zoom')).toHaveText('100%');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('.map-zoom')).toHaveText('125%');
  const stage = panes.nth(1).locator('.compare-pane__stage');
  const box = (await stage.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 - 60, { steps: 4 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Points', exact: true }).click();
  await expect(page.locator('.map-zoom')).not.toHaveText('125%');
  await expect(page.getByRole('img', { name: /Pain \(VAS\)/ })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('compare-side-by-side');

  // Overlay: the latest session over the one before it, as a ghost.
  await page.getByText('Overlay', { exact: true }).click();
  await expect(panes).toHaveCount(1);
  await expect(panes.first()).toContainText('(ghost)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('compare-overlay');

  // Course view: every session on one map, coloured, with a legend and the last treated dates.
  await page.getByText('Course view', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Course view' })).toBeVisible();
  const legend = page.locator('.session-legend');
  for (const n of [1, 2, 3]) await expect(legend).toContainText(`S${n}`);
  await expect(page.getByRole('table', { name: /last treated/ })).toContainText('Lower abdomen');
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('table', { name: /Pain \(VAS\)/ })).toContainText('6');
  await page.getByRole('button', { name: 'Show chart' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('compare-course-view');

  // The session record (session 2) as PDF, read back.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'BRÜHL, Łucja' }).click();
  await card.getByRole('button', { name: /Session 2 of 10, held on/ }).click();
  await expect(page.getByText('session 2 of 10')).toBeVisible();
  await page.getByRole('button', { name: 'Print / export PDF…' }).click();
  await expect(page.getByTestId('export-saved')).toContainText('.pdf', { timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('record-session-exported');
  const exports = join(dataDir, 'exports');
  const sessionPdf = readdirSync(exports).find((f) => f.endsWith('.pdf') && f.includes('session'))!;
  const sessionText = pdfText(join(exports, sessionPdf));
  expect(sessionText).toMatch(/Brühl|BRÜHL/);
  expect(sessionText).toContain('Łucja');
  expect(sessionText).toMatch(/session 2 of 10/i);
  expect(sessionText).toContain('PC-2291');

  // The course record.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'BRÜHL, Łucja' }).click();
  await card.getByRole('button', { name: 'Print / export course PDF…' }).click();
  await expect(card.getByTestId('export-saved')).toContainText('.pdf', { timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('record-course-exported');
  const coursePdf = readdirSync(exports).find((f) => f.endsWith('.pdf') && f.includes('course'))!;
  const courseText = pdfText(join(exports, coursePdf));
  expect(courseText).toMatch(/Brühl|BRÜHL/);
  expect(courseText).toMatch(/session 2 of/i);
  expect(courseText).toMatch(/session 3 of/i);
  expect(courseText).toContain('HA-0077');

  // Lot recall: the lot of every session, then the one of session 3 only; CSV export.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('button', { name: 'Lot recall' }).click();
  await page.getByLabel('Lot number').fill('pc-2291');
  await page.getByRole('button', { name: 'Find sessions' }).click();
  const results = page.getByRole('table', { name: /Sessions that used lot pc-2291/ });
  await expect(results.locator('tbody tr')).toHaveCount(3);
  await expect(results).toContainText('BRÜHL, Łucja');
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByTestId('csv-saved')).toContainText('3 rows');
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('lot-recall');
  const csvFile = readdirSync(exports).find((f) => f.endsWith('.csv'))!;
  const csv = readFileSync(join(exports, csvFile), 'utf8');
  expect(csv.split(/\r?\n/).filter((l) => l.includes('PC-2291'))).toHaveLength(3);
  await page.getByLabel('Lot number').fill('HA-0077');
  await page.getByRole('button', { name: 'Find sessions' }).click();
  await expect(page.getByRole('table', { name: /Sessions that used lot HA-0077/ }).locator('tbody tr')).toHaveCount(1);
  // A row opens its session.
  await page.getByRole('button', { name: 'BRÜHL, Łucja' }).click();
  await expect(page.getByText('session 3 of 10')).toBeVisible();
});
