import type { Locator, Page } from '@playwright/test';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import type { MapViewId, WholeViewId } from '../../shared/mapViews.ts';
import { interiorPoint } from '../assets/polygonProbe.ts';
import { join } from 'node:path';
import { onMap } from './mapStage.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

const VIEW_TAB: Record<WholeViewId, RegExp> = { 'body-front': /^Body, front/, 'body-back': /^Body, back/, face: /^Face/, scalp: /^Scalp/ };

async function createPatientAndSession(page: Page): Promise<{ patientId: string; sessionId: string }> {
  return page.evaluate(async () => {
    const api = (window as any).mesochart;
    const patient = await api.createPatient({ firstName: 'Claire', lastName: 'Dubois', dateOfBirth: '1984-05-12', sex: 'female' });
    if (!patient.ok) throw new Error(JSON.stringify(patient.error));
    const session = await api.createSession({
      // Every session needs a consent in force, or an override with its reason (charting is not about consent).
      consentOverride: 'Consent on paper (e2e)',
      patientId: patient.value.id,
      date: '2025-03-07',
      time: '14:30',
      practitioner: 'Dr Martin',
      indication: 'cellulite',
      treatedAreas: ['Thighs', 'Abdomen'],
    });
    if (!session.ok) throw new Error(JSON.stringify(session.error));
    return { patientId: patient.value.id, sessionId: session.value.id };
  });
}

async function openSession(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /dubois/i }).first().click();
  await page.locator('section', { has: page.getByRole('heading', { name: /sessions/i }) }).locator('button.row-link').first().click();
  const stage = page.getByTestId('map-stage');
  await expect(stage.locator('canvas').first()).toBeVisible();
  return stage;
}

function inside(view: MapViewId, region: string): { x: number; y: number } {
  const r = MAP_ARTWORK[view].regions.find((g) => g.id === region);
  if (!r) throw new Error(`no region ${region}`);
  return interiorPoint(r.polygon);
}

async function clickMap(page: Page, stage: Locator, view: MapViewId, at: { x: number; y: number }) {
  const p = await onMap(stage, at, view);
  await page.mouse.click(p.x, p.y);
}

async function showView(page: Page, view: WholeViewId) {
  await page.getByRole('tab', { name: VIEW_TAB[view] }).click();
  await expect(page.getByTestId('map-stage')).toHaveAttribute('data-view', view);
}

const PLAN: Record<WholeViewId, [string, number, number][]> = {
  'body-front': [
    ['abdomen-lower', 0, 0],
    ['abdomen-lower', 60, 0],
    ['abdomen-lower', -60, 0],
    ['periumbilical', 0, 0],
    ['thigh-outer-left', 0, -60],
    ['thigh-outer-left', 0, 0],
    ['thigh-outer-left', 0, 60],
    ['thigh-anterior-right', 0, 0],
    ['knee-left', 0, 0],
  ],
  'body-back': [
    ['lumbar', 0, -35],
    ['lumbar', 0, 35],
    ['buttock-left', 0, 0],
    ['buttock-right', 0, 0],
    ['thigh-posterior-left', 0, 0],
  ],
  face: [
    ['forehead', -60, 0],
    ['forehead', 0, 0],
    ['forehead', 60, 0],
    ['cheek-left', 0, 0],
    ['cheek-right', 0, 0],
    ['nasolabial-left', 0, 0],
    ['chin', 0, 0],
  ],
  scalp: [
    ['vertex', 0, 0],
    ['vertex', 40, 40],
    ['frontal', 0, 0],
    ['parietal-left', 0, 0],
  ],
};

test('charting: points on every view, inspector edits with the depth refusal, undo/redo, drag into another region, restart', async ({ page, app }) => {
  await app.start();
  await createPatientAndSession(page);
  await page.reload();
  const stage = await openSession(page);
  const status = page.getByTestId('save-status');

  // Place points on every view.
  for (const view of Object.keys(PLAN) as WholeViewId[]) {
    await showView(page, view);
    for (const [region, dx, dy] of PLAN[view]) {
      const at = inside(view, region);
      await clickMap(page, stage, view, { x: at.x + dx, y: at.y + dy });
    }
    await expect(page.getByRole('tab', { name: VIEW_TAB[view] })).toContainText(String(PLAN[view].length));
  }

  // A multi-injector shot on the face, for the screenshot and the footprint.
  await showView(page, 'face');
  const cheek = inside('face', 'cheek-left');
  await clickMap(page, stage, 'face', cheek);
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('Point 4');
  await inspector.getByLabel('Injector').selectOption('multi');
  await inspector.getByLabel('Needles').fill('9');
  await inspector.getByLabel('Needles').press('Enter');

  // Change depth and needle of a point on the body.
  await showView(page, 'body-front');
  const thigh = inside('body-front', 'thigh-outer-left');
  await clickMap(page, stage, 'body-front', thigh);
  await expect(inspector).toContainText('Point 6');
  await expect(page.getByTestId('inspector-region')).toContainText('Left thigh, outer');
  // The session page is an editor: with a point selected (the inspector open) the Sign button is in
  // the window, without scrolling anything.
  await expect(page.getByRole('button', { name: 'Sign session…' })).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1)).toBe(true);
  const defaultNeedle = await inspector.getByLabel('Needle', { exact: true }).inputValue();
  expect(defaultNeedle).not.toBe('27G-6mm');
  // A point is never deeper than its needle is long: the 6 mm needle first, then 5.5 mm.
  await inspector.getByLabel('Needle', { exact: true }).selectOption('27G-6mm');
  await expect(inspector.getByLabel('Needle', { exact: true })).toHaveValue('27G-6mm');
  await inspector.getByRole('radio', { name: '5.5' }).click();
  await expect(inspector.getByRole('radio', { name: '5.5' })).toHaveAttribute('aria-checked', 'true');

  // 7 mm is refused, with a message, and nothing changes.
  const depthInput = inspector.getByLabel('Depth in mm');
  await depthInput.fill('7');
  await depthInput.press('Enter');
  await expect(inspector.getByRole('alert')).toContainText('7 mm is outside the allowed range (4–6 mm)');
  await expect(depthInput).toHaveValue('5.5');
  await expect(inspector.getByRole('radio', { name: '5.5' })).toHaveAttribute('aria-checked', 'true');

  // Undo the depth and the needle, redo the needle (keys on the focused map).
  await stage.focus();
  await page.keyboard.press('Control+z');
  await expect(inspector.getByRole('radio', { name: '5.5' })).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Control+z');
  await expect(inspector.getByLabel('Needle', { exact: true })).toHaveValue(defaultNeedle);
  await page.keyboard.press('Control+Shift+z');
  await expect(inspector.getByLabel('Needle', { exact: true })).toHaveValue('27G-6mm');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(inspector.getByLabel('Needle', { exact: true })).toHaveValue('27G-6mm');
  await page.keyboard.press('Control+y');
  await expect(inspector.getByRole('radio', { name: '5.5' })).toHaveAttribute('aria-checked', 'true');

  // Multiple selection: shift-click adds a point, the inspector shows mixed values.
  const below = { x: thigh.x, y: thigh.y + 60 };
  const pBelow = await onMap(stage, below);
  await page.keyboard.down('Shift');
  await page.mouse.click(pBelow.x, pBelow.y);
  await page.keyboard.up('Shift');
  await expect(inspector).toContainText('2 points');
  await expect(inspector.getByLabel('Needle', { exact: true })).toHaveValue('');
  await page.keyboard.press('Escape');

  // Drag the knee point into the thigh: its region follows; one undo puts it back.
  const knee = inside('body-front', 'knee-left');
  const target = inside('body-front', 'thigh-anterior-left');
  const from = await onMap(stage, knee);
  const to = await onMap(stage, target);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i += 1) await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
  await page.mouse.up();
  await expect(page.getByTestId('inspector-region')).toContainText('Left thigh, anterior');
  await stage.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('inspector-region')).toContainText('Left knee');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('inspector-region')).toContainText('Left thigh, anterior');

  // Keyboard path: nothing selected, the arrows move a cursor, Enter places a point there.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: VIEW_TAB['body-front'] })).toContainText(String(PLAN['body-front'].length + 1));

  // The shortcuts overlay.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Map shortcuts' })).toBeVisible();
  await app.screenshot('charting-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await expect(status).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await page.keyboard.press('Escape');
  for (const view of Object.keys(PLAN) as WholeViewId[]) {
    await showView(page, view);
    await page.waitForTimeout(200);
    await app.screenshot(`charting-${view}`);
    await page.locator('.map-editor').screenshot({ path: join(SCREENSHOT_DIR, `charting-${view}-map.png`) });
  }
  // Regions shown, with a selection, for the record.
  await showView(page, 'body-front');
  await page.getByLabel('Regions').check();
  await clickMap(page, stage, 'body-front', thigh);
  await page.waitForTimeout(200);
  await app.screenshot('charting-body-front-regions');
  await page.locator('.chart-layout').screenshot({ path: join(SCREENSHOT_DIR, 'charting-editor.png') });

  // Restart: everything is still there.
  await app.restart();
  await openSession(page);
  for (const view of Object.keys(PLAN) as WholeViewId[]) {
    const expected = PLAN[view].length + (view === 'body-front' ? 1 : 0);
    await expect(page.getByRole('tab', { name: VIEW_TAB[view] })).toContainText(String(expected));
  }
  const stage2 = page.getByTestId('map-stage');
  await clickMap(page, stage2, 'body-front', thigh);
  await expect(inspector.getByLabel('Needle', { exact: true })).toHaveValue('27G-6mm');
  await expect(inspector.getByRole('radio', { name: '5.5' })).toHaveAttribute('aria-checked', 'true');
  await clickMap(page, stage2, 'body-front', target);
  await expect(page.getByTestId('inspector-region')).toContainText('Left thigh, anterior');
  await showView(page, 'face');
  await clickMap(page, stage2, 'face', cheek);
  await expect(inspector.getByLabel('Injector')).toHaveValue('multi');
  await expect(inspector.getByLabel('Needles')).toHaveValue('9');
});
