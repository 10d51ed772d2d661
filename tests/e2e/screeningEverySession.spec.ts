import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTRAINDICATIONS } from '../../shared/contraindications.ts';
import { todayIso } from '../../shared/dates.ts';
import { call } from './api.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// Issue 11: screening at every session and consent at every session. A session keeps a copy of the
// screening as it was confirmed when it started: a second session started after a pregnancy was noted
// asks for the acknowledgement, prints the new screening, and the first session's record still prints
// the first screening. A session whose indication has no consent in force (withdrawn) is refused until
// the practitioner overrides with a reason. PDFs read back with pdftotext, first pages turned into PNG.

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Every item answered "no", dated. */
function clearScreening(screenedOn: string) {
  return { screenedOn, answers: Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, { present: false, note: '' }])) };
}

async function openPatient(page: Page, lastName: string) {
  await page.reload();
  await page.locator('#patient-search').fill(lastName);
  await page.getByRole('row', { name: new RegExp(lastName, 'i') }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(lastName, 'i') })).toBeVisible();
}

async function signPainConsent(page: Page, patientId: string): Promise<string> {
  const [template] = await call<{ templateId: string; version: number }[]>(page, 'listConsentTemplates', { indication: 'pain', language: 'en' });
  const drawn = (name: string) => ({ kind: 'drawn', name, png: PNG });
  const consent = await call<{ id: string }>(page, 'signConsent', {
    patientId, templateId: template!.templateId, templateVersion: template!.version, screeningConfirmed: true, photoConsent: false,
    patientSignature: drawn('Sofia Marchetti'), practitionerSignature: drawn('Dr Test'),
  });
  return consent.id;
}

/** Fills the new-session form's treatment part (pain, knee) and returns the session started. */
async function chooseTreatment(page: Page) {
  await page.locator('#sf-indication').selectOption('pain');
  await page.getByLabel('Knee').check();
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function exportSession(page: Page, sessionId: string, name: string): Promise<string> {
  const outcome = await call<{ saved: boolean; path: string }>(page, 'exportSessionPdf', { sessionId });
  expect(outcome.saved).toBe(true);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', outcome.path, join(SCREENSHOT_DIR, name)]);
  return pdfText(outcome.path);
}

test('a second session after a pregnancy was noted: its own screening, its gate, and each record prints its own copy', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.start();
  const patient = await call<{ id: string }>(page, 'createPatient', { firstName: 'Sofia', lastName: 'Marchetti', dateOfBirth: '1991-07-14', sex: 'female', screening: clearScreening('2025-01-10') });
  await signPainConsent(page, patient.id);

  // First session: the screening confirmed unchanged.
  await openPatient(page, 'Marchetti');
  await page.getByRole('button', { name: /New session/ }).click();
  const today = page.getByRole('group', { name: 'Screening today' });
  await expect(today).toContainText('Has anything changed since the screening of');
  await chooseTreatment(page);
  // Not confirmed: refused, the choice focused.
  await page.getByRole('button', { name: 'Start draft session' }).click();
  await expect(today).toContainText('Confirm the screening: unchanged, or update what changed.');
  await today.getByLabel(/Unchanged since/).check();
  await expect(page.getByTestId('course-consent')).toContainText('Consent in force');
  await app.screenshot('screening-every-session-01-unchanged');
  await page.getByRole('button', { name: 'Start draft session' }).click();
  await expect(page.getByRole('region', { name: 'Session status' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: /Contraindication/ })).toHaveCount(0);
  const firstId = new URL(page.url()).hash.match(/session\/([0-9a-f-]{36})/)?.[1] ?? (await call<{ id: string }[]>(page, 'listSessions', { patientId: patient.id }))[0]!.id;
  await call(page, 'signSession', { id: firstId });

  // Second session: pregnancy noted while starting it.
  await openPatient(page, 'Marchetti');
  await page.getByRole('button', { name: /New session/ }).click();
  const again = page.getByRole('group', { name: 'Screening today' });
  await again.getByLabel('Something changed: update the screening').check();
  await again.getByRole('group', { name: 'Pregnancy' }).getByLabel('Yes').check();
  await again.locator('#pf-screening-answers-pregnancy-note').fill('About 8 weeks, confirmed by her GP');
  await again.getByLabel('Current medication').fill('Folic acid 400 µg daily');
  await chooseTreatment(page);
  await app.screenshot('screening-every-session-02-updated');
  await page.getByRole('button', { name: 'Start draft session' }).click();

  // The gate asks for the acknowledgement of the pregnancy, read from this session's copy.
  const gate = page.getByRole('dialog', { name: 'Contraindication to assess' });
  await expect(gate).toBeVisible();
  await expect(gate).toContainText('Pregnancy');
  await expect(gate).toContainText('About 8 weeks, confirmed by her GP');
  await app.screenshot('screening-every-session-03-gate');
  await gate.getByRole('button', { name: 'I have assessed these contraindications and proceed' }).click();
  await expect(gate).toBeHidden();

  const sessions = await call<{ id: string; date: string }[]>(page, 'listSessions', { patientId: patient.id });
  const secondId = sessions.find((s) => s.id !== firstId)!.id;
  const second = await call<{ screening: { updated: boolean; medication: string }; contraindicationAck: { items: string[] } }>(page, 'getSession', { id: secondId });
  expect(second.screening).toMatchObject({ updated: true, medication: 'Folic acid 400 µg daily' });
  expect(second.contraindicationAck.items).toEqual(['pregnancy']);
  expect(await call(page, 'getPatient', { id: patient.id })).toMatchObject({ medication: 'Folic acid 400 µg daily', screening: { answers: { pregnancy: { present: true } } } });

  // The records: each prints its own copy; the first never today's file.
  const firstText = await exportSession(page, firstId, 'screening-every-session-pdf-first');
  expect(firstText).toContain('Screening of');
  expect(firstText).toMatch(/Confirmed unchanged by Dr Test/);
  expect(firstText).toMatch(/Pregnancy No/);
  expect(firstText).not.toContain('About 8 weeks');
  expect(firstText).not.toContain('Folic acid');
  const secondText = await exportSession(page, secondId, 'screening-every-session-pdf-second');
  expect(secondText).toMatch(/Updated at the start of the session by Dr Test/);
  expect(secondText).toMatch(/Pregnancy YES About 8 weeks, confirmed by her GP/);
  expect(secondText).toContain('Current medication: Folic acid 400 µg daily');
  expect(secondText).toMatch(/Acknowledged by Dr Test on .*: Pregnancy\./);
  expect(secondText).toMatch(/Age under 18 No computed from the date of birth/);
});

test('a session refused for want of consent after a withdrawal, then started with an override and its reason', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.start();
  const patient = await call<{ id: string }>(page, 'createPatient', { firstName: 'Jonas', lastName: 'Brandt', dateOfBirth: '1978-02-03', sex: 'male', screening: clearScreening('2025-01-10') });
  const consentId = await signPainConsent(page, patient.id);
  await call(page, 'withdrawConsent', { id: consentId, date: todayIso(), reason: 'Wishes to stop the treatment' });

  // Through the API: refused, naming the indication.
  const refused = await page.evaluate((input) => (window as any).mesochart.createSession(input), {
    patientId: patient.id, date: todayIso(), time: '10:00', practitioner: 'Dr Test', indication: 'pain', treatedAreas: ['Knee'],
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'consent', reason: 'consent-required', params: { indication: 'pain' } } });

  // On the form: the gate says so; starting without the override is refused, with the words of the refusal.
  await openPatient(page, 'Brandt');
  await page.getByRole('button', { name: /New session/ }).click();
  await page.getByRole('group', { name: 'Screening today' }).getByLabel(/Unchanged since/).check();
  await chooseTreatment(page);
  const consentGate = page.getByTestId('course-consent');
  await expect(consentGate).toContainText('No consent in force for');
  await page.getByRole('button', { name: 'Start draft session' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The session was not created' })).toContainText('cannot start without a consent in force');
  expect(await call(page, 'listSessions', { patientId: patient.id })).toEqual([]);
  await app.screenshot('screening-every-session-04-consent-refused');

  await consentGate.getByLabel('Start without consent (override)').check();
  await consentGate.getByLabel('Reason for starting without consent (recorded and audited)').fill('Patient asked to finish today’s planned session; new consent to be signed');
  await page.getByRole('button', { name: 'Start draft session' }).click();
  await expect(page.getByRole('region', { name: 'Session status' })).toBeVisible();
  const [session] = await call<{ id: string }[]>(page, 'listSessions', { patientId: patient.id });
  expect(await call(page, 'getSessionConsent', { sessionId: session!.id })).toMatchObject({ consent: null, override: { reason: 'Patient asked to finish today’s planned session; new consent to be signed', by: 'Dr Test' } });
});

test('a screening changed on the patient’s file while a draft is open is said on the draft and at signing; the draft keeps its copy', async ({ page, app }) => {
  await app.start();
  const today = todayIso();
  const patient = await call<{ id: string }>(page, 'createPatient', { firstName: 'Ana', lastName: 'Queiroz', dateOfBirth: '1988-04-02', sex: 'female', screening: clearScreening(today) });
  const session = await call<{ id: string }>(page, 'createSession', {
    patientId: patient.id, date: today, time: '09:00', practitioner: 'Dr Test', indication: 'pain', treatedAreas: ['Knee'], consentOverride: 'Consent on paper (e2e)',
  });
  await openPatient(page, 'Queiroz');
  await page.locator('button.row-link').first().click();
  await expect(page.getByTestId('map-stage')).toBeVisible();
  await expect(page.getByTestId('screening-changed')).toHaveCount(0);

  // Another workstation (or the front desk) notes a pregnancy on the patient's file.
  const current = await call<Record<string, unknown>>(page, 'getPatient', { id: patient.id });
  const answers = { ...clearScreening(today).answers, pregnancy: { present: true, note: 'told the front desk' } };
  await call(page, 'updatePatient', {
    id: patient.id,
    fields: { firstName: current.firstName, lastName: current.lastName, dateOfBirth: current.dateOfBirth, sex: current.sex, screening: { screenedOn: today, answers } },
  });
  await openPatient(page, 'Queiroz');
  await page.locator('button.row-link').first().click();
  await expect(page.getByTestId('screening-changed')).toContainText("The patient's screening changed after this session started");
  await page.getByRole('button', { name: 'Sign session…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign this session?' });
  await expect(dialog).toContainText("The patient's screening changed after this session started: check it before signing.");
  await app.screenshot('screening-changed-since-draft');
  // The draft still reads its own copy: no pregnancy in it.
  const draft = await call<{ screening: { screening: { answers: Record<string, { present: boolean }> } } }>(page, 'getSession', { id: session.id });
  expect(draft.screening.screening.answers.pregnancy?.present).toBe(false);
});
