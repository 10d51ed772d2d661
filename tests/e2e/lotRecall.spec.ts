import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyScreening } from '../../shared/contraindications.ts';
import { todayIso } from '../../shared/dates.ts';
import { call } from './api.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// Issue 15, recall end to end: two sessions signed with one lot (through the API), the lot searched,
// a recall opened for what the search shows, one patient marked contacted (then the progress), the
// recall exported as CSV and as PDF letters (read back; pages turned into PNGs to look at), closed
// (then read-only), and found again in the recalls list; axe (WCAG 2.1 A and AA) on every screen.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LOT = 'LX-2291';

async function axe(page: Page, name: string): Promise<string[]> {
  await page.waitForTimeout(100);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a recall: opened from the lot search, one patient contacted, exported as CSV and letters, closed, listed', async ({ page, app, dataDir }) => {
  test.setTimeout(150_000);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const found: string[] = [];
  await app.start();
  const today = todayIso();
  await call(page, 'updateSettings', { clinic: { name: 'Cabinet du Parc', address: '12 rue des Lilas\n69003 Lyon', phone: '+33 4 78 00 00 00' } });
  const signedWithLot = async (patient: { id: string }, volumeMl: number) => {
    const session = await call(page, 'createSession', { patientId: patient.id, date: today, time: '09:00', practitioner: 'Dr Test', indication: 'pain', treatedAreas: ['Lumbar spine'], consentOverride: 'Consent signed on paper.' });
    await call(page, 'saveSession', { id: session.id, fields: { products: [{ name: 'Lidocaine 2%', lot: LOT, expiry: '2027-05-31', volumeMl }] } });
    return call(page, 'signSession', { id: session.id });
  };
  const anna = await call(page, 'createPatient', { firstName: 'Anna', lastName: 'Kowalski', dateOfBirth: '1975-06-02', sex: 'female', phone: '+44 20 7946 0958', email: 'anna@example.org', address: '4 Elm Street\nLondon N1 9GU', screening: emptyScreening(today) });
  const elise = await call(page, 'createPatient', { firstName: 'Élise', lastName: 'Marchand', dateOfBirth: '1981-05-14', sex: 'female', address: '8 place Bellecour\n69002 Lyon', language: 'fr', screening: emptyScreening(today) });
  await signedWithLot(anna, 2);
  await signedWithLot(elise, 1.5);

  // The lot search, then "Open a recall" for what it shows.
  await page.getByRole('button', { name: 'Lot recall' }).click();
  await page.getByLabel('Lot number').fill(LOT);
  await page.getByRole('button', { name: 'Find sessions' }).click();
  await expect(page.getByRole('table', { name: new RegExp(`Sessions that used lot ${LOT}`) }).locator('tbody tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Open a recall…' }).click();
  const openDialog = page.getByRole('dialog', { name: 'Open a recall' });
  await expect(openDialog).toContainText('The 2 patients found for lot LX-2291');
  found.push(...(await axe(page, 'open-recall-dialog')));
  await openDialog.getByLabel('Reason for the recall').fill('Manufacturer notice: possible loss of sterility');
  await openDialog.getByLabel('Reference of the notice (optional)').fill('ANSM R-2025-117');
  await openDialog.getByRole('button', { name: 'Open the recall' }).click();

  // The recall's page: its patients with how to reach them, the sessions and volumes.
  await expect(page.getByRole('heading', { level: 1, name: `Recall of lot ${LOT}` })).toBeVisible();
  await expect(page.getByTestId('recall-progress')).toHaveText('0 of 2 contacted');
  const patients = page.getByRole('table', { name: /Patients concerned/ });
  const annaRow = patients.locator('tr', { hasText: 'KOWALSKI, Anna' });
  await expect(annaRow).toContainText('+44 20 7946 0958');
  await expect(annaRow).toContainText('anna@example.org');
  await expect(annaRow).toContainText(LOT);
  await expect(annaRow).toContainText('2 ml');
  await expect(patients.locator('tr', { hasText: 'MARCHAND, Élise' })).toContainText('No phone or email on the record');
  found.push(...(await axe(page, 'recall-open')));
  await app.screenshot('recall-opened');

  // One patient marked contacted.
  await annaRow.getByRole('button', { name: 'Mark contacted…' }).click();
  const mark = page.getByRole('dialog', { name: 'Mark KOWALSKI, Anna contacted' });
  await expect(mark.getByLabel('By whom')).not.toHaveValue('');
  await mark.getByLabel('How').selectOption({ label: 'Phone' });
  await mark.getByLabel('Note (optional)').fill('No symptom; will come on Monday');
  found.push(...(await axe(page, 'mark-contact-dialog')));
  await mark.getByRole('button', { name: 'Save' }).click();
  await expect(mark).toBeHidden();
  await expect(page.getByTestId('recall-progress')).toHaveText('1 of 2 contacted');
  await expect(annaRow).toContainText('Phone,');
  await expect(annaRow.getByRole('button', { name: 'Correct…' })).toBeVisible();
  await app.screenshot('recall-contacted');

  // CSV, through the one CSV way: one row per patient.
  const exports = join(dataDir, 'exports');
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByTestId('recall-export-saved')).toContainText('2 patients');
  const csvFile = readdirSync(exports).find((f) => f.endsWith('.csv'))!;
  const csv = readFileSync(join(exports, csvFile), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toContain('Date of contact');
  expect(lines.find((l) => l.startsWith('"Kowalski, Anna"'))).toContain('No symptom; will come on Monday');

  // The letters, each in its patient's language, read back and turned into images.
  await page.getByRole('button', { name: 'Letters (PDF)…' }).click();
  await expect(page.getByTestId('recall-export-saved')).toContainText('2 pages', { timeout: 30_000 });
  const pdfFile = join(exports, readdirSync(exports).find((f) => f.endsWith('.pdf'))!);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  // One page per patient, in the order the search found them (same day and time: either may come first).
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pages).toHaveLength(2);
  const first = pages.find((p) => p.includes('Anna Kowalski')) ?? '';
  const second = pages.find((p) => p.includes('Élise Marchand')) ?? '';
  expect(first).toContain('Cabinet du Parc');
  expect(first).toContain('London N1 9GU');
  expect(first).toContain(`Product recall: Lidocaine 2%, lot ${LOT}`);
  expect(first).toContain('ANSM R-2025-117');
  expect(first).toContain('+33 4 78 00 00 00');
  expect(second).toContain('69002 Lyon');
  expect(second).toContain(`Rappel de produit : Lidocaine 2%, lot ${LOT}`);
  expect(second).toMatch(/1,5\s*ml/);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfFile, join(SCREENSHOT_DIR, 'recall-letter')]);

  // Closed: read-only, with its note; found again in the recalls list.
  await page.getByRole('button', { name: 'Close the recall…' }).click();
  const close = page.getByRole('dialog', { name: 'Close the recall' });
  await expect(close).toContainText('1 patient has not been marked contacted.');
  await close.getByLabel('Closing note').fill('Élise Marchand written to; no answer after two weeks');
  await close.getByRole('button', { name: 'Close the recall' }).click();
  await expect(page.getByTestId('recall-closed')).toBeVisible();
  await expect(page.getByRole('button', { name: /Mark contacted|Correct/ })).toHaveCount(0);
  await expect(page.getByText('Élise Marchand written to; no answer after two weeks')).toBeVisible();
  found.push(...(await axe(page, 'recall-closed')));
  await app.screenshot('recall-closed');
  const refused = await page.evaluate((id) => (window as any).mesochart.markRecallContact({ recallId: id.recall, patientId: id.patient, date: id.today, method: 'letter', by: 'Dr Test' }), {
    recall: (await call<{ id: string }[]>(page, 'listRecalls', {}))[0]!.id,
    patient: elise.id,
    today,
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'recall-closed' } });

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Recalls' }).click();
  const list = page.getByRole('table', { name: /Recalls, open first/ });
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await expect(list).toContainText('1 of 2 contacted');
  await expect(list).toContainText('Closed');
  found.push(...(await axe(page, 'recalls-list')));
  await app.screenshot('recalls-list');

  expect(found).toEqual([]);
});
