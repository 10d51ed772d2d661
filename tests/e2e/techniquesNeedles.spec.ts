import type { Page } from '@playwright/test';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { regionAt } from '../../shared/regions.ts';
import { call } from './api.ts';
import { onMap } from './mapStage.ts';
import { expect, test } from './fixtures.ts';

// Techniques, needles and depth: the clinic's needle catalogue in the preferences (a needle added, one
// retired), a point placed and its technique changed to one whose usual depth the point is outside (a
// warning, not a refusal), and a needle shorter than the depth refused at the needle field. The
// inspector with the warning is captured in English and in French
// (tests/.artifacts/screenshots/techniques-*.png).

/** The middle of the left outer thigh, in map units. */
function thigh(): { x: number; y: number } {
  const region = MAP_ARTWORK['body-front'].regions.find((r) => r.id === 'thigh-outer-left')!;
  const xs = region.polygon.map((p) => p[0]);
  const ys = region.polygon.map((p) => p[1]);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

async function clickThigh(page: Page) {
  const p = await onMap(page.getByTestId('map-stage'), thigh());
  await page.mouse.click(p.x, p.y);
}

async function openSession(page: Page, points: unknown[] = []) {
  const patient = await call(page, 'createPatient', { firstName: 'Claire', lastName: 'Dubois', dateOfBirth: '1984-05-12', sex: 'female' });
  const session = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient.id, date: '2025-03-07', time: '14:30', practitioner: 'Dr Martin', indication: 'cellulite', treatedAreas: ['Thighs'] });
  if (points.length > 0) await call(page, 'saveSession', { id: session.id, points });
  await page.reload();
  await page.getByRole('button', { name: /dubois/i }).first().click();
  await page.locator('button.row-link').first().click();
  await expect(page.getByTestId('map-stage').locator('canvas').first()).toBeVisible();
}

test.use({ viewport: { width: 1366, height: 900 } });

test('the clinic’s needles, a technique’s usual depth and a needle too short for the depth', async ({ page, app }) => {
  await app.start();

  // The preferences: add a 31G × 5 mm needle, retire the 27G × 4 mm, save.
  await page.getByRole('button', { name: 'Settings' }).click();
  const panel = page.locator('#settings-needles');
  await expect(panel.getByRole('heading', { name: 'Needle catalogue' })).toBeVisible();
  await panel.getByLabel('Gauge of the new needle').fill('31');
  await panel.getByLabel('Length of the new needle (mm)').fill('5');
  await panel.getByRole('button', { name: 'Add a needle' }).click();
  await expect(panel.locator('tr[data-needle="31G-5mm"]')).toBeVisible();
  await panel.locator('tr[data-needle="31G-5mm"]').getByRole('textbox').fill('House 31G');
  await panel.getByRole('button', { name: 'Retire: 27G × 4 mm' }).click();
  await expect(panel.locator('tr[data-needle="27G-4mm"]')).toContainText('Retired');
  // The default needle cannot be retired.
  await expect(panel.getByRole('button', { name: 'Retire: 30G × 4 mm' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Save the catalogue' }).click();
  await expect(panel.getByText('Catalogue saved')).toBeVisible();
  const saved = await call(page, 'getSettings', {});
  expect(saved.needles.find((n: { id: string }) => n.id === '27G-4mm')).toMatchObject({ retired: true });
  expect(saved.needles.find((n: { id: string }) => n.id === '31G-5mm')).toMatchObject({ gauge: 31, lengthMm: 5, label: 'House 31G', retired: false });
  // The full scale is offered, and says which techniques the 4–6 mm range leaves out.
  await expect(page.getByTestId('depth-scale')).toContainText('Papule');
  await expect(page.getByRole('button', { name: 'Use the full scale (0.5–13 mm)' })).toBeEnabled();
  await app.screenshot('techniques-01-needle-catalogue');

  // A point placed on the map, with the defaults (4 mm, 30G × 4 mm, point by point).
  await openSession(page);
  await clickThigh(page);
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { name: 'Point 1' })).toBeVisible();
  const needle = inspector.getByLabel('Needle', { exact: true });
  await expect(needle).toHaveValue('30G-4mm');
  // The retired needle is not offered; the clinic's own is, by its name.
  await expect(needle.locator('option[value="27G-4mm"]')).toHaveCount(0);
  await expect(needle.locator('option[value="31G-5mm"]')).toHaveText('House 31G');
  await expect(inspector.getByTestId('technique-depth-warning')).toHaveCount(0);

  // Papule is given at 1–2 mm: the 4 mm point is allowed, with a warning.
  await inspector.getByLabel('Technique', { exact: true }).selectOption('papule');
  await expect(inspector.getByTestId('technique-depth-warning')).toHaveText('Unusual depth for Papule: usually 1–2 mm.');
  await expect(inspector.getByLabel('Technique', { exact: true })).toHaveValue('papule');

  // 6 mm with a 6 mm needle, then the 4 mm needle: refused at the needle, nothing changed.
  await needle.selectOption('30G-6mm');
  await inspector.getByRole('radio', { name: '6.0' }).click();
  await expect(inspector.getByRole('radio', { name: '6.0' })).toHaveAttribute('aria-checked', 'true');
  await needle.selectOption('30G-4mm');
  await expect(inspector.getByRole('alert')).toHaveText('A depth of 6 mm is deeper than the needle is long (4 mm): nothing was changed.');
  await expect(needle).toHaveAttribute('aria-invalid', 'true');
  await expect(needle).toHaveValue('30G-6mm');
  await app.screenshot('techniques-02-inspector-en');
});

test('the inspector’s warning in French', async ({ page, app }) => {
  await app.start({ settings: { language: 'fr' } });
  const at = thigh();
  await openSession(page, [{ id: crypto.randomUUID(), view: 'body-front', x: at.x, y: at.y, region: regionAt('body-front', at.x, at.y)?.id ?? '', depthMm: 5, needle: '30G-6mm', technique: 'papule' }]);
  await page.getByRole('toolbar', { name: 'Outils de la carte' }).getByRole('button', { name: 'Sélection' }).click();
  await clickThigh(page);
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { name: 'Point 1' })).toBeVisible();
  await expect(inspector.getByTestId('technique-depth-warning')).toHaveText('Profondeur inhabituelle pour Papule : habituellement 1–2 mm.');
  await inspector.getByLabel('Aiguille', { exact: true }).selectOption('30G-4mm');
  await expect(inspector.getByRole('alert')).toContainText('dépasse la longueur de l’aiguille');
  await app.screenshot('techniques-03-inspector-fr');
});
