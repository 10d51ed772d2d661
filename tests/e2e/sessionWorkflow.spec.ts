import type { Page } from '@playwright/test';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// The session workflow beside the map: the session form and its cocktail (expired and missing lots
// flagged), VAS, signing, amendments, the contraindication acknowledgement, and starting a session from
// the previous one.

const PRACTITIONER = 'Dr Hélène Dubois';

function screening(positive: Partial<Record<string, string>> = {}) {
  const keys = ['pregnancy', 'breastfeeding', 'oncological', 'anticoagulants', 'productAllergy', 'other'];
  return {
    screenedOn: '2025-02-20',
    answers: Object.fromEntries(keys.map((k) => [k, { present: k in positive, note: positive[k] ?? '' }])),
  };
}

function points(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    view: 'body-front',
    x: 900 + i * 12,
    y: 1500 + (i % 3) * 10,
    region: '',
    depthMm: 4,
    needle: '30G-4mm',
    technique: 'point',
    productIndex: 0,
  }));
}

async function makePatient(page: Page, lastName: string, positive: Partial<Record<string, string>> = {}): Promise<string> {
  const p = await call(page, 'createPatient', { firstName: 'Anna', lastName, dateOfBirth: '1971-09-03', sex: 'female', screening: screening(positive) });
  return p.id as string;
}

async function makeSession(page: Page, patientId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const s = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId, date: '2025-03-10', time: '09:15', practitioner: PRACTITIONER, indication: 'pain', treatedAreas: ['Knee'], ...extra });
  return s.id as string;
}

async function openPatient(page: Page, lastName: string) {
  await page.locator('#patient-search').fill(lastName);
  await page.getByRole('row', { name: new RegExp(lastName, 'i') }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(lastName, 'i') })).toBeVisible();
}

async function openFirstSession(page: Page) {
  await page.getByRole('region', { name: /Sessions/ }).locator('button.row-link').first().click();
  await expect(page.getByRole('region', { name: 'Session status' })).toBeVisible();
}

test('cocktail with an expired lot, VAS, sign, amend', async ({ page, app }) => {
  await app.start({ settings: { practitionerName: PRACTITIONER } });
  const patientId = await makePatient(page, 'Lindqvist');
  const sessionId = await makeSession(page, patientId);
  await call(page, 'saveSession', { id: sessionId, points: points(3).map((p) => ({ ...p, productIndex: null })) });
  await page.reload();
  await openPatient(page, 'Lindqvist');
  await openFirstSession(page);

  const status = page.getByRole('region', { name: 'Session status' });
  await expect(status).toContainText('Draft · 3 points');

  // Pain: the VAS comes first and prominently.
  const before = page.getByRole('group', { name: /VAS before/ });
  await before.getByText('7', { exact: true }).click();
  await page.getByRole('group', { name: /VAS after/ }).getByText('3', { exact: true }).click();
  await expect(page.getByText('Change: -4')).toBeVisible();

  // The cocktail: an expired lot and a missing lot, flagged in words.
  await page.getByRole('button', { name: 'Add product' }).click();
  const first = page.getByRole('group', { name: /^Product 1/ });
  await first.getByLabel('Name').fill('Hyaluronic acid 1%');
  await first.getByLabel('Volume (ml)').fill('2,5');
  await first.getByLabel('Lot', { exact: true }).fill('HA2301');
  await first.getByLabel('Expiry').fill('2025-01-31');
  await expect(first.getByText('Expired lot', { exact: true })).toBeVisible();
  await expect(first.getByText(/31 Jan 2025 is before the session date \(10 Mar 2025\)/)).toBeVisible();

  await page.getByRole('button', { name: 'Add product' }).click();
  const second = page.getByRole('group', { name: /^Product 2/ });
  await second.getByLabel('Name').fill('Lidocaine 2%');
  await expect(second.getByText('Lot missing')).toBeVisible();

  // Validation as typed: a bad volume shows its message at the field.
  await second.getByLabel('Volume (ml)').fill('2 ml');
  await expect(second.getByText(/Volume must be a number of millilitres/)).toBeVisible();
  await expect(second.getByLabel('Volume (ml)')).toHaveAttribute('aria-invalid', 'true');
  await second.getByLabel('Volume (ml)').fill('1');
  await expect(second.getByLabel('Volume (ml)')).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: /No sauna or sport for 24 h/ }).click();
  await expect(page.locator('#sf-aftercare')).toHaveValue('No sauna or sport for 24 h, no sun for 48 h.');
  await page.locator('#sf-notes').fill('Tolerated well.');
  await app.screenshot('sw-01-session-form-cocktail');

  // Sign: the summary warns of the expired and the missing lot.
  await status.getByRole('button', { name: 'Sign session…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign this session?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('3 points');
  await expect(dialog).toContainText('HA2301');
  await expect(dialog).toContainText(/lot HA2301 expired on 31 Jan 2025/);
  await expect(dialog).toContainText(/Lidocaine 2%\): no lot number recorded/);
  // An expired lot is signed only with the reason for using it: the dialog says which, and cannot sign yet.
  await expect(dialog).toContainText(/lot HA2301 has expired\. Give the reason for using it/);
  await expect(dialog.getByRole('button', { name: 'Sign despite the warnings' })).toBeDisabled();
  await app.screenshot('sw-02-sign-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await first.getByLabel('Reason for using an expired lot').fill('Only vial left; checked clear and sealed');
  await status.getByRole('button', { name: 'Sign session…' }).click();
  await expect(dialog).not.toContainText(/Give the reason for using it/);
  await dialog.getByRole('button', { name: 'Sign despite the warnings' }).click();
  await expect(dialog).toBeHidden();

  await expect(status).toContainText(`Signed by ${PRACTITIONER} on`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed');
  await expect(page.locator('#sf-notes')).toHaveCount(0);
  await expect(status.getByRole('button', { name: 'Amend…' })).toBeVisible();
  const stored = await call(page, 'getSession', { id: sessionId });
  expect(stored.status).toBe('signed');
  expect(stored.vasBefore).toBe(7);
  expect(stored.products).toHaveLength(2);
  expect(stored.products[0]).toMatchObject({ name: 'Hyaluronic acid 1%', volumeMl: 2.5, lot: 'HA2301', expiry: '2025-01-31', expiredLotReason: 'Only vial left; checked clear and sealed' });
  await app.screenshot('sw-03-signed');

  // Amend: the reason is required; the change is listed in the record.
  await status.getByRole('button', { name: 'Amend…' }).click();
  const amend = page.getByRole('dialog', { name: 'Amend the signed session' });
  await amend.getByRole('group', { name: /VAS after/ }).getByText('2', { exact: true }).click();
  await amend.getByLabel('Lot of Lidocaine 2%').fill('LD-778');
  await amend.getByRole('button', { name: 'Record amendment' }).click();
  await expect(amend.getByText(/Reason is required/)).toBeVisible();
  await amend.getByLabel(/Reason for the amendment/).fill('VAS after was copied from the wrong sheet; lidocaine lot found on the box');
  await expect(amend).toContainText('VAS after: 3 → 2');
  await app.screenshot('sw-04-amend-dialog');
  await amend.getByRole('button', { name: 'Record amendment' }).click();
  await expect(amend).toBeHidden();

  const amendments = page.getByRole('list', { name: 'Amendments' });
  await expect(amendments).toContainText('Amendment 1');
  await expect(amendments).toContainText(PRACTITIONER);
  await expect(amendments).toContainText('VAS after: 3 → 2');
  await expect(amendments).toContainText('Product 2 (Lidocaine 2%), lot: — → LD-778');
  await expect(amendments).toContainText('wrong sheet');
  await expect(page.getByText(/The signed record itself is unchanged/)).toBeVisible();
  await app.screenshot('sw-05-amended');

  const after = await call(page, 'getSession', { id: sessionId });
  expect(after.vasAfter).toBe(3);
  expect(after.amendments).toHaveLength(1);
});

test('a positive contraindication must be acknowledged, and the acknowledgement is kept', async ({ page, app }) => {
  await app.start({ settings: { practitionerName: PRACTITIONER } });
  const patientId = await makePatient(page, 'Okonkwo', { anticoagulants: 'Apixaban 5 mg twice daily' });
  const sessionId = await makeSession(page, patientId);
  await page.reload();
  await openPatient(page, 'Okonkwo');
  await page.getByRole('region', { name: /Sessions/ }).locator('button.row-link').first().click();

  const gate = page.getByRole('dialog', { name: 'Contraindication to assess' });
  await expect(gate).toBeVisible();
  await expect(gate).toContainText('Oral anticoagulants');
  await expect(gate).toContainText('Apixaban 5 mg twice daily');
  await expect(page.locator('#sf-notes')).toBeDisabled();
  await app.screenshot('sw-06-contraindication-gate');

  // Focus stays inside the dialog.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  expect(await gate.evaluate((d) => d.contains(document.activeElement))).toBe(true);

  await gate.getByRole('button', { name: 'I have assessed these contraindications and proceed' }).click();
  await expect(gate).toBeHidden();
  const status = page.getByRole('region', { name: 'Session status' });
  await expect(status).toContainText(`Contraindications acknowledged by ${PRACTITIONER} on`);
  await expect(page.locator('#sf-notes')).toBeEnabled();
  await page.locator('#sf-notes').fill('Pressure applied 2 min at each point.');
  await expect.poll(async () => (await call(page, 'getSession', { id: sessionId })).notes).toBe('Pressure applied 2 min at each point.');

  await app.restart();
  await openPatient(page, 'Okonkwo');
  await openFirstSession(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Session status' })).toContainText(`Contraindications acknowledged by ${PRACTITIONER}`);
  await expect(page.locator('#sf-notes')).toBeEnabled();
  const stored = await call(page, 'getSession', { id: sessionId });
  expect(stored.contraindicationAck).toMatchObject({ by: PRACTITIONER, items: ['anticoagulants'] });
  await app.screenshot('sw-07-acknowledged-after-restart');
});

test('going back from the contraindication warning leaves the session untouched', async ({ page, app }) => {
  await app.start({ settings: { practitionerName: PRACTITIONER } });
  const patientId = await makePatient(page, 'Haddad', { pregnancy: '12 weeks' });
  const sessionId = await makeSession(page, patientId);
  await page.reload();
  await openPatient(page, 'Haddad');
  await page.getByRole('region', { name: /Sessions/ }).locator('button.row-link').first().click();
  await expect(page.getByRole('dialog', { name: 'Contraindication to assess' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: /HADDAD/ })).toBeVisible();
  expect((await call(page, 'getSession', { id: sessionId })).contraindicationAck).toBeNull();
});

test('a new session starts from the previous one: points and products without lots', async ({ page, app }) => {
  await app.start({ settings: { practitionerName: PRACTITIONER } });
  const patientId = await makePatient(page, 'Moreau');
  const previous = await makeSession(page, patientId, { date: '2025-03-03' });
  await call(page, 'saveSession', {
    id: previous,
    fields: {
      products: [
        { name: 'Piroxicam 20 mg/ml', activeIngredients: 'piroxicam', concentration: '2%', dilution: '1:2 saline', volumeMl: 1, lot: 'PX-9001', expiry: '2026-06-30' },
        { name: 'Lidocaine 2%', volumeMl: 1, lot: 'LD-100', expiry: '2026-01-31' },
      ],
      vasBefore: 6,
      notes: 'First session',
    },
    points: points(5),
  });
  await page.reload();
  await openPatient(page, 'Moreau');

  // One way to start: New session, then the previous session to start from (the latest chosen by default).
  await page.getByRole('button', { name: /New session/ }).click();
  await page.getByLabel('Start from previous session').check();
  await expect(page.getByLabel('Previous session', { exact: true })).toHaveValue(previous);
  await expect(page.locator('#sf-indication')).toHaveValue('pain');
  await expect(page.getByText('without lot numbers and expiry dates')).toBeVisible();
  await app.screenshot('sw-08-start-from-previous');
  // Every session re-confirms the screening and needs a consent in force, or an override with its reason.
  await page.getByRole('group', { name: 'Screening today' }).getByLabel(/Unchanged since/).check();
  await page.getByTestId('course-consent').getByLabel('Start without consent (override)').check();
  await page.getByTestId('course-consent').getByLabel(/Reason for starting without consent/).fill('Consent on paper (e2e)');
  await page.getByRole('button', { name: 'Start draft session' }).click();

  const status = page.getByRole('region', { name: 'Session status' });
  await expect(status).toContainText('Draft · 5 points');
  const first = page.getByRole('group', { name: /^Product 1/ });
  await expect(first.getByLabel('Name')).toHaveValue('Piroxicam 20 mg/ml');
  await expect(first.getByLabel('Dilution')).toHaveValue('1:2 saline');
  await expect(first.getByLabel('Lot', { exact: true })).toHaveValue('');
  await expect(first.getByLabel('Expiry')).toHaveValue('');
  await expect(first.getByText('Lot missing')).toBeVisible();
  await expect(page.getByRole('group', { name: /^Product 2/ }).getByLabel('Name')).toHaveValue('Lidocaine 2%');
  await expect(page.getByRole('group', { name: /VAS before/ }).getByRole('radio', { name: 'Not recorded' })).toBeChecked();
  await expect(page.locator('#sf-notes')).toHaveValue('');
  await app.screenshot('sw-09-copied-session');
});

test('a selection saved as a protocol is stamped where the map is clicked, and can be deleted', async ({ page, app }) => {
  await app.start({ settings: { practitionerName: PRACTITIONER } });
  const patientId = await makePatient(page, 'Varga');
  const sessionId = await makeSession(page, patientId);
  // 5 mm, deeper than the session's default: on a 6 mm needle (no point is deeper than its needle is long).
  await call(page, 'saveSession', { id: sessionId, points: points(4).map((p) => ({ ...p, productIndex: null, depthMm: 5, needle: '27G-6mm' })) });
  await page.reload();
  await openPatient(page, 'Varga');
  await openFirstSession(page);

  const stage = page.getByTestId('map-stage');
  await stage.focus();
  await page.keyboard.press('Control+a');
  await page.getByRole('tab', { name: 'Protocols' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Protocols' }).getByText('4 points selected.')).toBeVisible();
  await page.getByRole('button', { name: 'Save selection as protocol…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save selection as protocol' });
  await dialog.getByLabel('Protocol name').fill('knee, anterior, 4 points');
  await dialog.getByRole('button', { name: 'Save protocol' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('listitem').filter({ hasText: 'knee, anterior, 4 points' });
  await expect(row).toContainText('4 points');

  await row.getByRole('button', { name: 'Stamp knee, anterior, 4 points' }).click();
  await expect(page.getByText(/click on the map where its centre goes/)).toBeVisible();
  await app.screenshot('sw-11-protocols-stamp-mode');
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await stage.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
  await expect(page.getByText(/click on the map where its centre goes/)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Session status' })).toContainText('Draft · 8 points');
  await expect.poll(async () => (await call(page, 'getSession', { id: sessionId })).points.length).toBe(8);
  const stamped = (await call(page, 'getSession', { id: sessionId })).points.slice(4);
  expect(stamped.every((p: any) => p.depthMm === 5 && p.needle === '27G-6mm' && p.productIndex === null)).toBe(true);

  await row.getByRole('button', { name: 'Delete knee, anterior, 4 points' }).click();
  await page.getByRole('dialog', { name: /Delete the protocol/ }).getByRole('button', { name: 'Delete protocol' }).click();
  await expect(page.getByText('No protocol for this view yet.')).toBeVisible();
});
