import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// Issue 14: a patient's history of changes, a signed consent read back, the audit trail's entries by
// kind, and "Verify audit trail" naming a backup whose entries the records no longer have. Each view
// is scanned by axe and photographed to be looked at.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PNG_SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const screening = (present: boolean) => ({
  screenedOn: '2025-02-20',
  answers: Object.fromEntries(['pregnancy', 'breastfeeding', 'oncological', 'anticoagulants', 'productAllergy', 'other'].map((k) => [k, { present: present && k === 'anticoagulants', note: present && k === 'anticoagulants' ? 'Apixaban 5 mg' : '' }])),
});

async function axeFindings(page: Page): Promise<unknown[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test.use({ viewport: { width: 1366, height: 768 } });

test("a patient's history of changes: reached by keyboard, newest first, axe finding nothing", async ({ page, app }) => {
  await app.start();
  const fields = { firstName: 'Łucja', lastName: 'Gross-Wiśniewska', dateOfBirth: '1979-05-14', sex: 'female', phone: '+48 22 555 01 01', screening: screening(false) };
  const patient = await call(page, 'createPatient', fields);
  await call(page, 'updatePatient', { id: patient.id, fields: { ...fields, phone: '+48 22 555 02 02', allergies: 'Latex' } });
  await call(page, 'updatePatient', { id: patient.id, fields: { ...fields, phone: '+48 22 555 02 02', allergies: 'Latex', screening: screening(true) } });
  await page.reload();
  await page.getByRole('button', { name: /GROSS-WIŚNIEWSKA, Łucja/ }).click();
  await expect(page.getByRole('heading', { name: /GROSS-WIŚNIEWSKA/, level: 1 })).toBeVisible();

  const open = page.getByRole('button', { name: 'History of changes' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /History of changes/ });
  await expect(dialog).toBeVisible();
  const items = dialog.getByTestId('patient-history').locator('> li');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Contraindication screening');
  await expect(items.first()).toContainText('Apixaban 5 mg');
  await expect(items.nth(1)).toContainText('+48 22 555 01 01');
  await expect(items.nth(1)).toContainText('+48 22 555 02 02');
  expect(await axeFindings(page)).toEqual([]);
  await app.screenshot('audit-01-patient-history');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('a signed consent read back as signed; the audit trail by kind; a backup naming removed entries', async ({ page, app }) => {
  const harness = await app.start();
  const patient = await call(page, 'createPatient', { firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '1982-10-04', sex: 'female', screening: screening(false) });
  const [template] = await call<any[]>(page, 'listConsentTemplates', { indication: 'cellulite', language: 'en' });
  const drawn = (name: string) => ({ kind: 'drawn', name, png: PNG_SIGNATURE });
  await call(page, 'signConsent', { patientId: patient.id, templateId: template.templateId, templateVersion: template.version, screeningConfirmed: true, photoConsent: true, patientSignature: drawn('Anaïs Lefèvre'), practitionerSignature: drawn('Dr Test') });
  await page.reload();
  await page.getByRole('button', { name: /LEFÈVRE, Anaïs/ }).click();
  await page.getByRole('button', { name: /^Read / }).click();
  const consent = page.getByRole('dialog');
  await expect(consent.getByTestId('consent-read-text')).toBeVisible();
  await expect(consent).toContainText('Signed by Anaïs Lefèvre and countersigned by Dr Test');
  expect(await axeFindings(page)).toEqual([]);
  await app.screenshot('audit-02-consent-read');
  await page.keyboard.press('Escape');

  // A backup now; then someone with the file removes the newest entries (the backup's among them).
  await page.getByRole('button', { name: 'Settings' }).click();
  const backups = page.locator('#settings-backups');
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('row')).toHaveCount(2);
  const [backup] = await call<any[]>(page, 'listBackups', {});
  expect(backup.auditHead.entry).toBeGreaterThan(3);

  const log = page.locator('#settings-audit-log');
  await log.getByRole('button', { name: 'Refresh' }).click();
  await expect(log.getByTestId('audit-log')).toContainText('Backup taken');
  await log.getByLabel('Show').selectOption({ label: 'Consultations and searches' });
  await expect(log.getByTestId('audit-log')).toContainText('Consent opened');
  await expect(log.getByTestId('audit-log')).toContainText('Patient opened');
  await expect(log.getByTestId('audit-log')).not.toContainText('Backup taken');
  expect(await axeFindings(page)).toEqual([]);
  await log.scrollIntoViewIfNeeded();
  await app.screenshot('audit-03-log-views');

  // Someone holding the records' key (the file is sealed): the harness opens it as they would.
  const raw = harness.rawRecords();
  try {
    raw.exec('DROP TRIGGER audit_delete_refused');
    raw.exec('DELETE FROM audit WHERE id > 3');
  } finally {
    raw.close();
  }
  await page.locator('#settings-audit').getByRole('button', { name: 'Verify audit trail' }).click();
  const findings = page.getByTestId('audit-backup-findings');
  await expect(findings).toContainText(`The backup ${backup.file}`);
  await expect(findings).toContainText('but the trail now ends at entry 3');
  expect(await axeFindings(page)).toEqual([]);
  await page.locator('#settings-audit').scrollIntoViewIfNeeded();
  await app.screenshot('audit-04-verify-finding');
});
