import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyScreening } from '../../shared/contraindications.ts';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// An adverse event added a week after the session was signed: recorded on the signed session's page
// (the signed record unchanged), seen on the patient page as open with its follow-up due, printed in the
// session record and as a report of its own, in English and in French; the PDFs read back and looked at.

const SHOTS = join('tests', '.artifacts', 'screenshots');
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const toPng = (pdf: string, name: string) => execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SHOTS, name)]);

test('an adverse event a week after signing: recorded, open on the patient page, printed and read back', async ({ page, app }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1360, height: 900 });
  await app.start({ settings: { country: 'FR' } });

  // A French-speaking patient with a signed session of three points, held on 3 March 2025.
  const patient = await call(page, 'createPatient', { firstName: 'Élise', lastName: 'Marchand', dateOfBirth: '1981-05-14', sex: 'female', language: 'fr', screening: emptyScreening('2025-03-01') });
  const session = await call(page, 'createSession', {
    patientId: patient.id, date: '2025-03-03', time: '10:00', practitioner: 'Dr Test', indication: 'pain', treatedAreas: ['Lumbar spine'],
    consentOverride: 'Consent signed on paper, scanned into the file.',
  });
  const point = (x: number, y: number, region: string) => ({ id: crypto.randomUUID(), view: 'body-back', x, y, region, depthMm: 4, needle: '30G-4mm', technique: 'point' });
  const chart = [point(350, 700, 'lower-back-left'), point(360, 760, 'lower-back-left'), point(450, 700, 'lower-back-right')];
  await call(page, 'saveSession', { id: session.id, fields: { products: [{ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2026-05-31', volumeMl: 2 }] }, points: chart });
  const signed = await call(page, 'signSession', { id: session.id });

  // The signed session's page: the panel offers to record an event after signing.
  await page.reload();
  await page.getByRole('row', { name: /Marchand/i }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Marchand/i })).toBeVisible();
  await page.getByRole('button', { name: /3 Mar 2025/ }).click();
  const panel = page.getByTestId('adverse-events');
  await expect(panel).toContainText('Recorded after signing, as a follow-up');
  await expect(panel).toContainText('No adverse event recorded.');

  // The dialog: something typed is not thrown away without asking.
  await panel.getByRole('button', { name: 'Record an adverse event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an adverse event' });
  // It opens on its first field, not on the header's close button.
  await expect(dialog.locator('.modal__body').locator('select, input, textarea').first()).toBeFocused();
  await dialog.getByLabel('Treatment given').fill('Arnica gel, cold packs');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('alertdialog')).toContainText('Close and discard this adverse event?');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();

  // An onset before the session is refused, naming the field; then the event a week after it.
  await dialog.getByLabel('Adverse event').selectOption({ label: 'Haematoma' });
  await dialog.getByLabel('Severity').selectOption({ label: 'Moderate' });
  await dialog.getByLabel('Onset').fill('2025-03-01');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(dialog.getByText('cannot be before the session')).toBeVisible();
  await dialog.getByLabel('Onset').fill('2025-03-10');
  await dialog.getByLabel('Next follow-up').fill('2025-03-17');
  await dialog.getByRole('checkbox', { name: /^2 · Back/ }).check();
  await dialog.getByRole('checkbox', { name: 'Reported to ANSM' }).check();
  await dialog.getByLabel('Reported on').fill('2025-03-11');
  await dialog.getByLabel('Report reference').fill('R-2025-0042');
  await app.screenshot('adverse-event-dialog');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(dialog).toBeHidden();
  const item = panel.getByTestId('adverse-event');
  await expect(item).toContainText('Haematoma');
  await expect(item).toContainText('Onset 10 Mar 2025 · Moderate');
  await expect(item).toContainText('Follow-up due since 17 Mar 2025');
  await expect(item).toContainText('Not yet resolved');
  await app.screenshot('adverse-event-session');

  // The signed session itself did not change.
  expect(await call(page, 'getSession', { id: session.id })).toEqual({ ...signed });

  // The patient page: open, with its follow-up due, leading back to the session.
  await page.getByRole('navigation').getByRole('link', { name: /Marchand/i }).click();
  const onPatient = page.getByTestId('patient-adverse-events');
  await expect(onPatient).toBeVisible();
  await expect(onPatient).toContainText('Adverse events to follow up');
  await expect(onPatient).toContainText('Haematoma');
  await expect(onPatient).toContainText('Not yet resolved');
  await expect(onPatient).toContainText('Follow-up due since 17 Mar 2025');
  await app.screenshot('adverse-event-patient');
  await onPatient.getByRole('button', { name: 'Session of 3 Mar 2025' }).click();
  await expect(page.getByTestId('adverse-events')).toBeVisible();

  // The session record, in English (asked for) and in the patient's French; the report, in French from the panel.
  const exportsDir = join(app.dataDir, 'exports');
  const pdfs = (kind: string) => (readdirSync(exportsDir, { withFileTypes: false }) as string[]).filter((f) => f.endsWith('.pdf') && f.includes(kind));
  await page.getByRole('combobox', { name: 'Language of the record' }).selectOption({ value: 'en' });
  await page.getByRole('button', { name: 'Print / export PDF…' }).click();
  await expect(page.getByTestId('export-saved')).toBeVisible();
  await expect.poll(() => pdfs('session').length).toBe(1);
  const sessionEn = join(exportsDir, pdfs('session')[0]!);
  const en = pdfText(sessionEn);
  expect(en).toContain('Adverse events');
  // Cells wrap in their columns: the row's first line, then the reference on a later one.
  expect(en).toMatch(/Haematoma 10 Mar (2025 )?Moderate 2 Back, Left/);
  expect(en).toContain('R-2025-0042');
  toPng(sessionEn, 'adverse-session-record-en');

  await page.getByTestId('adverse-event').getByRole('button', { name: 'Print report' }).click();
  await expect.poll(() => pdfs('adverse-event').length).toBe(1);
  const reportFr = join(exportsDir, pdfs('adverse-event')[0]!);
  const fr = pdfText(reportFr);
  expect(fr).toContain('Déclaration d’effet indésirable');
  expect(fr).toContain('É. M.');
  expect(fr).toContain('Hématome');
  expect(fr).toContain('10 mars 2025 (7 jours après la séance)');
  expect(fr).toContain('Non encore guéri');
  expect(fr).toContain('ANSM');
  expect(fr).toContain('Déclaré le 11 mars 2025 (réf. R-2025-0042)');
  expect(fr).toMatch(/Lidocaine 2% .*LD2-4471/);
  expect(execFileSync('pdfinfo', [reportFr], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
  toPng(reportFr, 'adverse-report-fr');

  // The same report in English, through the channel (the record's language asked for): saved under the same name.
  const [event] = await call(page, 'listAdverseEvents', { sessionId: session.id });
  const saved = await call(page, 'exportAdverseEventPdf', { adverseEventId: event.id, language: 'en' });
  const reportEn = saved.path as string;
  const enReport = pdfText(reportEn);
  expect(enReport).toContain('Adverse event report');
  expect(enReport).toContain('10 Mar 2025 (7 days after the session)');
  expect(enReport).toContain('Reported on 11 Mar 2025 (ref. R-2025-0042)');
  toPng(reportEn, 'adverse-report-en');
});
