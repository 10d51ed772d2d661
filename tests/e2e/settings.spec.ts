import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { call } from './api.ts';
import { test, expect } from './fixtures.ts';

async function makePatient(page: Page, lastName: string): Promise<string> {
  return (await call(page, 'createPatient', { firstName: 'Anna', lastName, dateOfBirth: '1971-09-03', sex: 'female' })).id as string;
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings & data', level: 1 })).toBeVisible();
}

test('settings: clinic header, defaults and the idle lock, refused next to the field, saved and kept', async ({ page, app }) => {
  await app.start();
  await openSettings(page);
  await page.getByLabel('Clinic name').fill('Cabinet du Parc');
  await page.getByLabel('Address').fill('12 rue des Lilas, 69006 Lyon');
  await page.getByLabel('Phone').fill('+33 4 78 00 00 00');
  await page.getByLabel('Default depth').fill('7');
  await page.getByLabel('Lock after').fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('must be at least 1 minute')).toBeVisible();
  await expect(page.getByLabel('Lock after')).toBeFocused();
  await page.getByLabel('Lock after').fill('15');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Default depth must lie between 4 and 6 mm')).toBeVisible();
  await app.screenshot('settings-01-refused');
  await page.getByLabel('Default depth').fill('4,5');
  await page.getByLabel('Default needle').selectOption('32G-6mm');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('All settings saved')).toBeVisible();
  await expect(page.locator('.topbar__status')).toContainText('Settings saved');
  const saved = await call(page, 'getSettings', {});
  expect(saved).toMatchObject({ clinic: { name: 'Cabinet du Parc', phone: '+33 4 78 00 00 00' }, defaults: { depthMm: 4.5, needle: '32G-6mm' }, lock: { idleMinutes: 15 } });
  expect((await call(page, 'listPractitioners', {})).idleMinutes).toBe(15);
  await page.getByRole('heading', { name: 'Settings & data' }).focus();
  await app.screenshot('settings-02-saved');
});

test('settings: practitioners are added, passphrases changed with the current one', async ({ page, app }) => {
  await app.start();
  await openSettings(page);
  const add = page.getByRole('form', { name: 'Add a practitioner' });
  await add.getByLabel('Name').fill('Dr Marek Nowak');
  await add.getByLabel('Their passphrase').fill('marek’s own passphrase');
  await add.getByLabel('Passphrase again').fill('marek’s own passphrase');
  await add.getByRole('button', { name: 'Add practitioner' }).click();
  await expect(add.getByText(/Dr Marek Nowak can now unlock/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Dr Marek Nowak/ })).toContainText('Active');

  const change = page.getByRole('form', { name: 'Change my passphrase' });
  await change.getByLabel('Current passphrase').fill('not my passphrase');
  await change.getByLabel('New passphrase', { exact: true }).fill('a brand new passphrase');
  await change.getByLabel('New passphrase again').fill('a brand new passphrase');
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByText(/Wrong passphrase/)).toBeVisible();
  await page.locator('#settings-practitioners').scrollIntoViewIfNeeded();
  await app.screenshot('settings-03-practitioners');
  await change.getByLabel('Current passphrase').fill('test passphrase 123');
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByText(/Your passphrase was changed/)).toBeVisible();

  // Marek unlocks with his own passphrase and is the one named.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('radio', { name: /Dr Marek Nowak/ }).check();
  await page.getByLabel('Passphrase').fill('marek’s own passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.locator('.topbar__practitioner')).toHaveText(/Dr Marek Nowak/);
});

test('backups: back up now (plain and encrypted), restore after confirmation, verify the audit trail', async ({ page, app }) => {
  await app.start();
  await makePatient(page, 'Kept');
  await openSettings(page);
  const backups = page.locator('#settings-backups');
  await expect(backups.getByText('No backup yet')).toBeVisible();

  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText('Backup taken')).toBeVisible();
  await expect(backups.getByRole('row')).toHaveCount(2);

  await backups.getByLabel('Encrypt this backup with a passphrase').check();
  await backups.getByLabel('Backup passphrase').fill('offsite copy 2026');
  await backups.getByLabel('Passphrase again').fill('offsite copy 2026');
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('row')).toHaveCount(3);
  await expect(backups.getByRole('row').nth(1)).toContainText('Encrypted');
  await expect(backups.getByRole('row').nth(2)).toContainText('Not encrypted');
  await backups.scrollIntoViewIfNeeded();
  await app.screenshot('settings-04-backups');

  // Something recorded after the backups, then the sealed backup restored: it is gone again. Whoever
  // restores proves they could open it (a passphrase of its day: the records are sealed).
  await makePatient(page, 'Later');
  await backups.getByRole('row').nth(2).getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('The current records file is kept aside');
  const secret = dialog.getByLabel('Passphrase of a practitioner of this backup, or its recovery key');
  await secret.fill('wrong passphrase');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog.getByText(/passphrase/i).last()).toBeVisible();
  await expect(dialog.locator('.field__error')).toBeVisible();
  await secret.fill('test passphrase 123');
  await app.screenshot('settings-05-restore-dialog');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/Restored the backup of/)).toBeVisible();
  await expect(page.getByText(/kept aside as mesochart\.sqlite\.before-restore-/)).toBeVisible();
  const names = (await call(page, 'listPatients', {})).items.map((p: { lastName: string }) => p.lastName);
  expect(names).toEqual(['Kept']);

  await page.getByRole('button', { name: 'Verify audit trail' }).click();
  await expect(page.locator('#settings-audit').getByText('The audit trail is intact')).toBeVisible();
  await page.locator('#settings-audit').scrollIntoViewIfNeeded();
  await app.screenshot('settings-06-audit-verified');

  await page.getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByRole('button', { name: /KEPT, Anna/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /LATER, Anna/ })).toHaveCount(0);
});

test('patients: export a record as JSON, import it back as a new patient, refuse a bad file naming the field', async ({ page, app }) => {
  await app.start();
  await makePatient(page, 'Lindqvist');
  await page.reload();
  await page.getByRole('button', { name: /LINDQVIST, Anna/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export record (JSON)…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mesochart-patient-lindqvist-anna-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported).toMatchObject({ format: expect.any(String), patient: { lastName: 'Lindqvist' } });
  await expect(page.locator('.topbar__status')).toContainText('Record exported');
  await app.screenshot('settings-07-exported');

  await page.getByRole('link', { name: 'Patients' }).click();
  const file = page.locator('input[type=file]');
  // Not JSON at all.
  await file.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Patient: Lindqvist') });
  await expect(page.getByRole('alert')).toContainText('notes.json is not a JSON file');
  // JSON, but a required field left empty: refused by the main process, naming the field.
  const broken = structuredClone(exported);
  broken.patient.lastName = '';
  await file.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText('broken.json was not imported');
  await expect(page.getByRole('alert')).toContainText('patient.lastName');
  await app.screenshot('settings-08-import-refused');
  // The same patient again: refused, already in the records.
  await file.setInputFiles({ name: 'same.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.getByRole('alert')).toContainText('same.json was not imported');

  // A copy with fresh ids (another clinic's export, say) is imported and opened.
  let text = JSON.stringify(exported).replace(/"lastName":"Lindqvist"/, '"lastName":"Holm"');
  for (const id of new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [])) text = text.split(id).join(crypto.randomUUID());
  await file.setInputFiles({ name: 'holm.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { name: /HOLM, Anna/, level: 1 })).toBeVisible();
  await expect(page.locator('.topbar__status')).toContainText('Imported HOLM, Anna');
});
