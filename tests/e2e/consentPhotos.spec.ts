import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// Informed consent and clinical photos, end to end: write a template version, obtain a consent signed on
// the pad with the mouse, start a course on it; attach photos to two sessions (dropped on the window) and
// compare them; export the consent PDF and read its text back.

const screening = {
  screenedOn: '2025-02-20',
  answers: Object.fromEntries(['pregnancy', 'breastfeeding', 'oncological', 'anticoagulants', 'productAllergy', 'other'].map((k) => [k, { present: false, note: '' }])),
};

/** A signature: a few strokes dragged across the pad with the mouse. */
async function sign(page: Page, pad: Locator): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const strokes = [
    [[0.1, 0.7], [0.2, 0.3], [0.3, 0.75], [0.42, 0.35], [0.5, 0.7]],
    [[0.55, 0.5], [0.65, 0.25], [0.72, 0.7], [0.85, 0.4], [0.92, 0.6]],
  ];
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    await page.mouse.move(box.x + first![0]! * box.width, box.y + first![1]! * box.height);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(box.x + x! * box.width, box.y + y! * box.height, { steps: 6 });
    await page.mouse.up();
  }
}

/** Drops a file on the window as the OS would: a DataTransfer with a File of these bytes. */
async function dropFile(page: Page, name: string, bytes: Buffer, type: string): Promise<void> {
  const data = await page.evaluateHandle(
    ([b64, fileName, mime]) => {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([arr], fileName, { type: mime }));
      return dt;
    },
    [bytes.toString('base64'), name, type] as const,
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: data });
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
}

/** A "clinical" photo: skin-toned field with a marked area whose size changes between sessions. */
async function scalpPhoto(spot: number, tone: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="1600" height="1200" fill="${tone}"/><ellipse cx="800" cy="560" rx="${spot}" ry="${spot * 0.8}" fill="#c99a82"/><circle cx="800" cy="560" r="14" fill="#333"/><text x="60" y="1140" font-size="60" fill="#333">scale 10 cm</text><rect x="60" y="1060" width="400" height="20" fill="#333"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).withMetadata({ orientation: 1 }).withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100' } }).toBuffer();
}

test('template version, drawn consent, course start, photos compared, consent PDF read back', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1360, height: 900 });
  await app.start();
  const patient = await call(page, 'createPatient', { firstName: 'Marta', lastName: 'Kowalczyk', dateOfBirth: '1979-06-02', sex: 'female', screening });
  const course = await call(page, 'createCourse', { patientId: patient.id, indication: 'hair-loss', area: 'Scalp, vertex', plannedSessions: 10, startDate: '2025-03-03' });
  await page.reload();
  await page.getByRole('row', { name: /Kowalczyk/i }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Kowalczyk/i })).toBeVisible();

  // Write a template: the hair-loss text (version 2 is the shipped second edition) gets a clinic paragraph, saved as version 3.
  const consents = page.getByRole('region', { name: /Informed consent/ });
  await consents.getByRole('button', { name: 'Templates…' }).click();
  const templates = page.getByRole('dialog', { name: 'Consent templates' });
  await templates.getByRole('button', { name: /Alopecia/ }).click();
  const body = templates.getByRole('textbox', { name: 'Template text' });
  await expect(body).toHaveValue(/mesotherapy of the scalp/);
  await body.press('End');
  await body.press('Control+End');
  await body.pressSequentially('\n\nCLINIC NOTE\nPhotographs of the scalp are taken at every third session under the same light.');
  await templates.getByRole('button', { name: 'Save as new version' }).click();
  const versions = templates.getByRole('combobox', { name: 'Version' });
  await expect(versions).toContainText('Version 3');
  await versions.selectOption('1');
  await expect(templates.getByText('An earlier version: read only.')).toBeVisible();
  await app.screenshot('consent-templates');
  await templates.getByRole('button', { name: 'Close' }).first().click();

  // The course cannot start yet: the new-session form says so.
  await page.getByRole('button', { name: /New session 1 in this course/ }).click();
  await expect(page.getByTestId('course-consent')).toContainText('No consent in force for alopecia / hair loss');
  await page.getByRole('button', { name: 'Obtain consent now…' }).click();

  // Obtain the consent: the version is read, the screening confirmed, both sign with the mouse.
  const dialog = page.getByRole('dialog', { name: /Informed consent: KOWALCZYK/ });
  await dialog.getByRole('combobox', { name: 'Consent form' }).selectOption({ label: 'Informed consent: mesotherapy of the scalp for hair loss' });
  await expect(dialog.getByRole('combobox', { name: 'Version' })).toHaveValue('3');
  await expect(dialog.getByTestId('consent-text')).toContainText('CLINIC NOTE');
  await dialog.getByRole('checkbox', { name: /confirms these answers/ }).check();
  await sign(page, dialog.getByRole('img', { name: /Patient's signature/ }));
  await sign(page, dialog.getByRole('img', { name: /Practitioner's signature/ }));
  // Photographs are a separate answer: until it is given the consent cannot be signed.
  await expect(dialog.getByRole('button', { name: 'Sign consent' })).toBeDisabled();
  await dialog.getByRole('radio', { name: /I agree to standardized photographs/ }).check();
  await expect(dialog.getByRole('button', { name: 'Sign consent' })).toBeEnabled();
  await app.screenshot('consent-signing');
  await dialog.getByRole('button', { name: 'Sign consent' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('course-consent')).toContainText('Consent in force');

  // Start the course on it: session 1 is created, and the session editor names the consent.
  await page.getByRole('group', { name: 'Screening today' }).getByLabel(/Unchanged since/).check();
  await page.getByRole('button', { name: 'Start draft session' }).click();
  await expect(page.getByTestId('session-consent')).toContainText('Informed consent: mesotherapy of the scalp for hair loss');
  await expect(page.getByTestId('session-consent')).toContainText('version 3');
  const consent = (await call(page, 'listConsents', { patientId: patient.id }))[0];
  expect(consent.patientSignature.kind).toBe('drawn');
  expect(consent.patientSignature.png.length).toBeGreaterThan(1000);
  expect(consent.text).toContain('CLINIC NOTE');

  // Photos: dropped on the window, one per session, same pose.
  const first = (await call(page, 'listSessions', { patientId: patient.id }))[0];
  await dropFile(page, 'vertex-before.jpg', await scalpPhoto(260, '#e8c4b0'), 'image/jpeg');
  await expect(page.getByRole('list', { name: 'Photos of the session' }).getByRole('listitem')).toHaveCount(1);
  await dropFile(page, 'notes.jpg', Buffer.from('not a photo at all'), 'image/jpeg');
  await expect(page.getByText(/notes\.jpg: .*not a JPEG or PNG/)).toBeVisible();
  await app.screenshot('session-photos');

  const later = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
  const second = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient.id, courseId: course.id, date: later, time: '10:00', practitioner: 'Dr Test', indication: 'hair-loss', treatedAreas: ['Scalp, vertex'] });
  expect(second.numberInCourse).toBe(2);
  await page.evaluate(() => history.replaceState(null, ''));
  await page.getByRole('link', { name: /Kowalczyk/i }).first().click();
  await page.getByRole('region', { name: /Sessions/ }).getByRole('row', { name: /Session 2 of course/ }).locator('button.row-link').click();
  await expect(page.getByTestId('session-consent')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Photos of the session' }).getByRole('listitem')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Caption of the photos to add' }).fill('Vertex after 4 sessions');
  await dropFile(page, 'vertex-after.jpg', await scalpPhoto(170, '#e6c0ab'), 'image/jpeg');
  await expect(page.getByRole('list', { name: 'Photos of the session' }).getByRole('listitem')).toHaveCount(1);
  expect(first.id).not.toBe(second.id);

  // The patient's grid, filtered by pose and course; two photos of the scalp compared.
  await page.getByRole('link', { name: /Kowalczyk/i }).first().click();
  const photos = page.getByRole('region', { name: /^Photos/ });
  await photos.getByRole('combobox', { name: 'Filter by pose' }).selectOption('scalp');
  await photos.getByRole('combobox', { name: 'Filter by course' }).selectOption(course.id);
  const tiles = photos.getByTestId('photo-tile');
  await expect(tiles).toHaveCount(2);
  await expect(photos.locator('img.photo-tile__img')).toHaveCount(2);
  await tiles.nth(0).click();
  await tiles.nth(1).click();
  await app.screenshot('photo-grid');
  await photos.getByRole('button', { name: /Compare 2\/2/ }).click();
  const compare = page.getByRole('dialog', { name: /Compare: Scalp/ });
  const panes = compare.getByTestId('compare-pane');
  await expect(panes).toHaveCount(2);
  await compare.getByRole('button', { name: 'Zoom in' }).click();
  await compare.getByRole('button', { name: 'Zoom in' }).click();
  const box = (await panes.nth(0).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  const transforms = await panes.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).style.transform));
  expect(transforms[0]).toContain('scale(1.5625)');
  expect(transforms[0]).toBe(transforms[1]);
  await expect(compare.getByTestId('compare-zoom')).toHaveText('156%');
  await app.screenshot('photo-compare-side');
  await compare.getByRole('button', { name: 'Overlay' }).click();
  await compare.getByRole('slider', { name: /Opacity of the later photo/ }).fill('0.3');
  await expect(compare.getByTestId('compare-overlay').locator('img').nth(1)).toHaveCSS('opacity', '0.3');
  await app.screenshot('photo-compare-overlay');
  await compare.getByRole('button', { name: 'Close' }).first().click();

  // The compare view of the two sessions shows their photos under the maps.
  const sessionsRegion = page.getByRole('region', { name: /Sessions/ });
  await sessionsRegion.getByRole('checkbox').nth(0).check();
  await sessionsRegion.getByRole('checkbox').nth(1).check();
  await sessionsRegion.getByRole('button', { name: 'Compare 2 sessions' }).click();
  const compared = page.getByRole('region', { name: 'Photos of the sessions compared' });
  await expect(compared.locator('img')).toHaveCount(2);
  await compared.scrollIntoViewIfNeeded();
  await app.screenshot('compare-sessions-photos');
  await page.getByRole('link', { name: /Kowalczyk/i }).first().click();

  // The session record with its photos.
  await page.getByRole('region', { name: /Sessions/ }).getByRole('row', { name: /Session 2 of course/ }).locator('button.row-link').click();
  await page.getByRole('checkbox', { name: 'with photos' }).check();
  await page.getByRole('button', { name: 'Print / export PDF…' }).click();
  await expect(page.getByTestId('export-saved')).toBeVisible();
  const exportsDir = join(app.dataDir, 'exports');
  const sessionPdf = join(exportsDir, readdirSync(exportsDir).find((f) => f.endsWith('.pdf') && f.includes('session'))!);
  const sessionText = execFileSync('pdftotext', ['-layout', sessionPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(sessionText).toContain('Informed consent: mesotherapy of the scalp for hair loss (version 3)');
  expect(sessionText).toContain('Photos (1)');
  expect(sessionText).toContain('Vertex after 4 sessions');
  execFileSync('pdftoppm', ['-png', '-r', '50', sessionPdf, join('tests', '.artifacts', 'screenshots', 'session-pdf-photos')]);
  await page.getByRole('link', { name: /Kowalczyk/i }).first().click();

  // The consent as a PDF of its own, read back.
  await page.getByRole('region', { name: /Informed consent/ }).getByRole('button', { name: 'PDF' }).click();
  const exports = join(app.dataDir, 'exports');
  // The export writes `<name>.pdf.<random>.tmp` and renames it when complete: only the finished .pdf counts.
  const isConsentPdf = (f: string) => f.endsWith('.pdf') && f.includes('consent');
  await expect.poll(() => readdirSync(exports).filter(isConsentPdf).length).toBe(1);
  const pdf = join(exports, readdirSync(exports).find(isConsentPdf)!);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const phrase of ['Informed consent: mesotherapy of the scalp for hair loss', 'KOWALCZYK, Marta', 'version 3', 'CLINIC NOTE', 'Screening answers confirmed by the patient', 'Marta Kowalczyk', 'Dr Test', consent.hash]) {
    expect(text, phrase).toContain(phrase);
  }
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join('tests', '.artifacts', 'screenshots', 'consent-pdf')]);
});
