import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { projectPoint } from '../../shared/map/viewProjection.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { pointInPolygon, regionAt, regionLabel } from '../../shared/regions.ts';
import { interiorPoint } from '../assets/polygonProbe.ts';
import { call } from './api.ts';
import { onMap } from './mapStage.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// Issue 12, detail maps: sixteen points charted on the knee's detail view (front) around the right knee,
// seen in their place on the body view, signed, compared with a second session on the knee's view, and
// printed: the record's map is the knee's view framed on the points, with the body as its locator. The
// PDF's pages are turned into PNGs to be looked at (tests/.artifacts/screenshots/detail-knee-record-*.png).

test.use({ viewport: { width: 1366, height: 768 } });

const VIEW = 'knee-anterior';
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
/** The text in drawing order: a name wrapped onto two lines beside the map reads whole. */
const pdfRaw = (pdf: string) => execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** `count` places inside the right knee's regions of the view: each region's inner point, then rings round them. */
function rightKneePlaces(count: number): { x: number; y: number }[] {
  const regions = MAP_ARTWORK[VIEW].regions.filter((r) => r.id.endsWith('-right'));
  const out: { x: number; y: number }[] = [];
  const far = (p: { x: number; y: number }) => out.every((q) => Math.hypot(q.x - p.x, q.y - p.y) > 40);
  for (let ring = 0; out.length < count && ring < 6; ring += 1) {
    for (const r of regions) {
      const c = interiorPoint(r.polygon);
      for (let k = 0; k < (ring === 0 ? 1 : 6) && out.length < count; k += 1) {
        const a = (k / 6) * Math.PI * 2 + ring;
        const p = ring === 0 ? { x: c.x, y: c.y } : { x: c.x + Math.cos(a) * 40 * ring, y: c.y + Math.sin(a) * 40 * ring };
        if (pointInPolygon(r.polygon, p.x, p.y) && far(p)) out.push(p);
      }
    }
  }
  return out.slice(0, count);
}

type Drawn = { number: number; sx: number; sy: number; elsewhere: boolean; view: string };

async function watchMarkers(page: Page) {
  await page.evaluate(() => {
    (window as any).__mapPerf = {
      markersDrawn: (markers: any[]) => {
        (window as any).__drawn = markers.map((m) => ({ number: m.number, sx: m.sx, sy: m.sy, elsewhere: m.elsewhere === true, view: m.point.view }));
      },
    };
  });
}
const drawnNow = (page: Page) => page.evaluate(() => (window as any).__drawn as Drawn[] | undefined);

async function viewportOf(page: Page): Promise<{ scale: number; x: number; y: number }> {
  const [scale, x, y] = ((await page.getByTestId('map-stage').getAttribute('data-viewport')) ?? '').split(' ').map(Number);
  return { scale: scale!, x: x!, y: y! };
}

test('sixteen points on the knee’s detail view: seen on the body view, signed, compared and printed', async ({ page, app }) => {
  test.setTimeout(180_000);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await app.start();
  const patient = await call(page, 'createPatient', { firstName: 'Lucie', lastName: 'Moreau', dateOfBirth: '1962-02-03', sex: 'female' });
  const session = await call(page, 'createSession', {
    consentOverride: 'Consent on paper (e2e)',
    patientId: patient.id,
    date: '2025-03-07',
    time: '10:00',
    practitioner: 'Dr Test',
    indication: 'pain',
    treatedAreas: ['Knee'],
  });
  await call(page, 'saveSession', { id: session.id, fields: { products: [{ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2027-05-31', volumeMl: 2 }] }, points: [] });
  await page.reload();
  await page.getByRole('button', { name: /moreau/i }).first().click();
  await page.locator('button.row-link').first().click();
  const stage = page.getByTestId('map-stage');
  await expect(stage.locator('canvas').first()).toBeVisible();

  // The knee's front view, from the detail view picker.
  await page.getByRole('combobox', { name: 'Detail view' }).selectOption(VIEW);
  await expect(stage).toHaveAttribute('data-view', VIEW);
  const places = rightKneePlaces(16);
  expect(places).toHaveLength(16);
  for (const at of places) {
    const p = await onMap(stage, at, VIEW);
    await page.mouse.click(p.x, p.y);
  }
  await expect(page.getByRole('combobox', { name: 'Detail view' }).locator('option:checked')).toHaveText('Knee, front (16)');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await app.screenshot('detail-knee-1-charted');

  // Stored on the knee's view, each with its landmark region of the right knee.
  const saved = await call(page, 'getSession', { id: session.id });
  expect(saved.points).toHaveLength(16);
  for (const p of saved.points) {
    expect(p.view).toBe(VIEW);
    expect(p.region, `${p.x}, ${p.y}`).toMatch(/-right$/);
  }

  // The body view shows them in their place (the right knee, on the image's left), faded, numbered 1–16.
  await watchMarkers(page);
  await page.getByRole('tab', { name: /^Body, front/ }).click();
  await expect(stage).toHaveAttribute('data-view', 'body-front');
  await expect.poll(async () => (await drawnNow(page))?.filter((d) => d.view === VIEW).length).toBe(16);
  const onBody = (await drawnNow(page))!;
  expect(onBody.every((d) => d.elsewhere)).toBe(true);
  expect(onBody.map((d) => d.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  const knee = MAP_ARTWORK['body-front'].regions.find((r) => r.id === 'knee-right')!;
  const v = await viewportOf(page);
  for (const d of onBody) {
    const x = (d.sx - v.x) / v.scale;
    const y = (d.sy - v.y) / v.scale;
    const near = knee.polygon.some(([kx, ky]) => Math.hypot(kx - x, ky - y) < 120);
    expect(near, `marker ${d.number} at ${x.toFixed(0)}, ${y.toFixed(0)} is near the right knee`).toBe(true);
  }
  // The body view opened framed on them: the knee fills the stage, not a speck of the whole body.
  const box = (await stage.boundingBox())!;
  const ys = onBody.map((d) => d.sy);
  expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(box.height * 0.25);
  await app.screenshot('detail-knee-2-on-body-view');
  // Where each lies on the body, as the projection says (the first point, for one).
  const first = saved.points[0];
  expect(projectPoint(first, 'body-front')).not.toBeNull();

  // Signed.
  await page.getByRole('button', { name: 'Sign session…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign this session?' });
  await dialog.getByRole('button', { name: /^Sign/ }).click();
  await expect(dialog).toBeHidden();
  expect((await call(page, 'getSession', { id: session.id })).status).toBe('signed');

  // A second session, three weeks later, with ten points on the same view; compared with the first.
  const second = await call(page, 'createSession', {
    consentOverride: 'Consent on paper (e2e)',
    patientId: patient.id,
    date: '2025-03-28',
    time: '10:00',
    practitioner: 'Dr Test',
    indication: 'pain',
    treatedAreas: ['Knee'],
  });
  const secondPoints = rightKneePlaces(10).map((p) => ({ id: crypto.randomUUID(), view: VIEW, x: p.x + 6, y: p.y + 4, region: regionAt(VIEW, p.x + 6, p.y + 4)?.id ?? '', depthMm: 4.5, needle: '27G-13mm', technique: 'point' }));
  await call(page, 'saveSession', { id: second.id, points: secondPoints });
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /MOREAU/ }).click();
  const checks = page.getByRole('checkbox', { name: /Compare the session of/ });
  await checks.nth(0).check();
  await checks.nth(1).check();
  await page.getByRole('button', { name: 'Compare 2 sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare sessions' })).toBeVisible();
  const compareView = page.getByRole('radiogroup', { name: 'Map view' }).getByText('Knee, front');
  await compareView.click();
  await expect(page.getByTestId('compare-pane')).toHaveCount(2);
  const changes = page.getByRole('table', { name: /What changed, region by region/ });
  await expect(changes).toContainText('Right knee, patella');
  await expect(changes).not.toContainText('Outside the named regions');
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('detail-knee-3-compared');

  // Printed: the knee's view framed on the points, the body as the locator, each landmark named.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /MOREAU/ }).click();
  await page.locator('button.row-link', { hasText: '7 Mar 2025' }).click();
  const exportsDir = join(app.dataDir, 'exports');
  await page.getByRole('button', { name: 'Print / export PDF…' }).click();
  await expect(page.getByTestId('export-saved')).toBeVisible();
  const pdfs = () => (readdirSync(exportsDir) as string[]).filter((f) => f.endsWith('.pdf'));
  await expect.poll(() => pdfs().length).toBe(1);
  const pdf = join(exportsDir, pdfs()[0]!);
  const text = pdfText(pdf);
  expect(text).toContain('Map: Knee, front (16 points)');
  // The body as the overview beside the knee.
  expect(text).toContain('OVERVIEW');
  const { t } = await createTranslator('en');
  const raw = pdfRaw(pdf);
  for (const p of saved.points) expect(raw).toContain(regionLabel(t, VIEW, p.region));
  execFileSync('pdftoppm', ['-png', '-r', '110', pdf, join(SCREENSHOT_DIR, 'detail-knee-record')]);
});

test('in French: the spine’s view with its vertebral levels, lumbar points named by level and side, printed', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.start({ settings: { language: 'fr' } });
  const patient = await call(page, 'createPatient', { firstName: 'Jean', lastName: 'Durand', dateOfBirth: '1958-06-12', sex: 'male' });
  const session = await call(page, 'createSession', {
    consentOverride: 'Consentement sur papier (e2e)',
    patientId: patient.id,
    date: '2025-03-07',
    time: '11:00',
    practitioner: 'Dr Test',
    indication: 'pain',
    treatedAreas: ['Rachis lombaire'],
  });
  // L4–L5 and L5–S1, both paravertebral bands and the midline: six points, charted through the API.
  const spine = MAP_ARTWORK.spine.regions.filter((r) => /-(l4-l5|l5-s1)$/.test(r.id));
  const points = spine.map((r) => {
    const at = interiorPoint(r.polygon);
    return { id: crypto.randomUUID(), view: 'spine', x: at.x, y: at.y, region: r.id, depthMm: 4, needle: '27G-13mm', technique: 'point' };
  });
  expect(points).toHaveLength(6);
  await call(page, 'saveSession', { id: session.id, points });
  await page.reload();
  await page.getByRole('button', { name: /durand/i }).first().click();
  await page.locator('button.row-link').first().click();
  const stage = page.getByTestId('map-stage');
  // The session opens on the view its points were charted on.
  await expect(stage).toHaveAttribute('data-view', 'spine');
  await expect(page.getByRole('combobox', { name: 'Vue de détail' }).locator('option:checked')).toHaveText('Rachis (C1–S1) (6)');
  await page.getByRole('checkbox', { name: 'Régions' }).check();
  await app.screenshot('detail-spine-fr-1');

  const { t } = await createTranslator('fr');
  expect(regionLabel(t, 'spine', 'paravertebral-right-l4-l5')).toBe('L4–L5, paravertébral droit');
  const exported = await call<{ saved: boolean; path: string }>(page, 'exportSessionPdf', { sessionId: session.id });
  const raw = pdfRaw(exported.path);
  expect(raw).toContain('Rachis (C1–S1) (6 points)');
  for (const p of points) expect(raw).toContain(regionLabel(t, 'spine', p.region));
  execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '2', '-l', '2', exported.path, join(SCREENSHOT_DIR, 'detail-spine-fr-record')]);
});

// The knee's view in every language the app ships and the pseudo-language, at 1366 × 768: the picker, the
// side captions and the legend fit, and axe finds nothing (tests/.artifacts/screenshots/detail-knee-<language>.png).
for (const language of ['fr', 'it', 'es', 'pt-BR', 'en-XA'] as const) {
  test(`the knee's view in ${language}: opened on its points, nothing for axe`, async ({ page, app }) => {
    await app.start({ settings: { language } });
    const patient = await call(page, 'createPatient', { firstName: 'Łucja Ольга', lastName: 'Groß-Wiśniewska', dateOfBirth: '1962-02-03', sex: 'female' });
    const session = await call(page, 'createSession', {
      consentOverride: 'e2e', patientId: patient.id, date: '2025-03-07', time: '10:00', practitioner: 'Dr Test', indication: 'pain', treatedAreas: ['Knee'],
    });
    const points = rightKneePlaces(8).map((p) => ({ id: crypto.randomUUID(), view: VIEW, x: p.x, y: p.y, region: regionAt(VIEW, p.x, p.y)?.id ?? '', depthMm: 4, needle: '30G-4mm', technique: 'point' }));
    await call(page, 'saveSession', { id: session.id, points });
    await page.reload();
    await page.getByRole('button', { name: /WIŚNIEWSKA/ }).first().click();
    await page.locator('button.row-link').first().click();
    const stage = page.getByTestId('map-stage');
    await expect(stage).toHaveAttribute('data-view', VIEW);
    await expect(page.getByTestId('detail-view-picker').locator('option:checked')).toContainText('(8)');
    await page.waitForTimeout(400);
    await app.screenshot(`detail-knee-${language}`);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
