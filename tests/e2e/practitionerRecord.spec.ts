import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyScreening } from '../../shared/contraindications.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import fr from '../../shared/i18n/locales/fr/index.ts';
import ptBR from '../../shared/i18n/locales/pt-BR/index.ts';
import { call } from './api.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// Issue 11, "the practitioner on the record", end to end in French (RPPS) and Brazilian Portuguese
// (CRM): the practitioner states their registration and qualification in the settings (a number not
// written as the register writes it is refused, naming the field), a session is charted and signed by
// them (their profile, chosen by default on the new-session form), the record is printed and read back
// (pdftotext) and its pages rendered (pdftoppm): the practitioner with qualification and registration,
// "printed by" the practitioner unlocked, the volume used per product beside the total.

const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

const CASES = [
  {
    language: 'fr' as const,
    words: fr,
    practitioner: { name: 'Dr Élodie Brühl', passphrase: 'salle deux, fenêtre sud' },
    register: 'rpps' as const,
    region: null,
    wrongNumber: '1010 1234',
    refusal: 'doit comporter 11 chiffres',
    number: '101 0123 4567',
    printed: 'RPPS 10101234567',
    qualification: 'Médecin, DIU de mésothérapie',
    patient: { firstName: 'Anaïs', lastName: 'Lefèvre' },
  },
  {
    language: 'pt-BR' as const,
    words: ptBR,
    practitioner: { name: 'Dra. Beatriz Conceição', passphrase: 'sala dois, janela sul' },
    register: 'crm' as const,
    region: 'sp',
    wrongNumber: '12A456',
    refusal: 'deve conter apenas algarismos',
    number: '123456',
    printed: 'CRM-SP 123456',
    qualification: 'Médica, pós-graduação em mesoterapia',
    patient: { firstName: 'João', lastName: 'Gonçalves' },
  },
];

for (const c of CASES) {
  test(`the practitioner on the record (${c.language}): registration set, session signed, printed with it and read back`, async ({ page, app }) => {
    test.setTimeout(120_000);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.setViewportSize({ width: 1360, height: 900 });
    const w = c.words;
    const fmt = createFormatter(c.language, 'UTC');
    await app.start({ settings: { language: c.language }, practitioner: c.practitioner });

    // The settings: registration and qualification, a wrong number refused at the field first.
    await page.getByRole('button', { name: w.common.shell.settings }).click();
    const form = page.getByRole('form', { name: w.access.registration.title });
    await form.getByLabel(w.access.registration.qualification).fill(c.qualification);
    await form.getByLabel(w.access.registration.registerLabel).selectOption({ label: w.access.registration.register[c.register] });
    if (c.region) await form.getByLabel(w.access.registration.state).fill(c.region);
    const number = form.getByRole('textbox', { name: w.access.registration.number });
    await number.fill(c.wrongNumber);
    await form.getByRole('button', { name: w.access.registration.save }).click();
    await expect(form.getByText(c.refusal)).toBeVisible();
    await expect(number).toBeFocused();
    await number.fill(c.number);
    await form.getByRole('button', { name: w.access.registration.save }).click();
    // The practitioners' table (the audit log below names them too).
    const row = page.locator('#settings-practitioners').getByRole('row', { name: new RegExp(c.practitioner.name) });
    await expect(row).toContainText(`${c.qualification} · ${c.printed}`);
    await app.screenshot(`practitioner-record-${c.language}-settings`);

    // A patient, and the new-session form: the practitioner is the unlocked one's profile, chosen for them.
    const patient = await call(page, 'createPatient', { ...c.patient, dateOfBirth: '1979-06-02', sex: 'female', language: c.language, screening: emptyScreening('2025-03-01') });
    await page.reload();
    await page.getByRole('row', { name: new RegExp(c.patient.lastName, 'i') }).getByRole('button').first().click();
    await page.getByRole('button', { name: w.patients.page.newSession, exact: true }).first().click();
    const practitionerSelect = page.getByRole('combobox', { name: w.sessions.new.practitioner });
    await expect(practitionerSelect.locator('option:checked')).toHaveText(c.practitioner.name);
    await app.screenshot(`practitioner-record-${c.language}-new-session`);

    // Charted and signed (through the channels, as the screens do): by the unlocked practitioner's profile.
    const session = await call(page, 'createSession', {
      patientId: patient.id, date: '2025-03-03', time: '10:00', indication: 'pain', treatedAreas: ['Lumbar spine'],
      consentOverride: 'Consent signed on paper, scanned into the file.',
    });
    expect(session).toMatchObject({ practitioner: c.practitioner.name, practitionerId: expect.any(String) });
    const point = (x: number, productIndex: number | null, volumeMl: number) => ({ id: crypto.randomUUID(), view: 'body-back', x, y: 900, region: '', depthMm: 4, needle: '30G-4mm', technique: 'point-by-point', productIndex, volumeMl });
    await call(page, 'saveSession', {
      id: session.id,
      fields: { products: [{ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2026-05-31', volumeMl: 2 }, { name: 'Piroxicam', lot: 'PX-0921', expiry: '2027-01-31', volumeMl: 1 }] },
      points: [point(950, 0, 0.1), point(1000, 0, 0.2), point(1050, 1, 0.05)],
    });
    await call(page, 'signSession', { id: session.id });

    // The session's page, and its record printed from there.
    await page.reload();
    await page.getByRole('row', { name: new RegExp(c.patient.lastName, 'i') }).getByRole('button').first().click();
    await page.getByRole('button', { name: new RegExp(fmt.date('2025-03-03')) }).first().click();
    await page.getByRole('button', { name: w.records.export.label }).click();
    await expect(page.getByTestId('export-saved')).toBeVisible({ timeout: 30_000 });
    const exportsDir = join(app.dataDir, 'exports');
    await expect.poll(() => readdirSync(exportsDir).filter((f) => f.endsWith('.pdf')).length).toBe(1);
    const pdf = join(exportsDir, readdirSync(exportsDir).find((f) => f.endsWith('.pdf'))!);
    const text = pdfText(pdf);

    expect(text).toContain(c.practitioner.name);
    expect(text).toContain(`${c.qualification} · ${c.printed}`);
    expect(text).toContain(c.qualification);
    expect(text).toContain(c.printed);
    // "Printed … by …": the practitioner unlocked when printing.
    const printedBy = w.pdf.frame.printedBy.replace('{{when}}', '.*').replace('{{name}}', c.practitioner.name);
    expect(text).toMatch(new RegExp(printedBy));
    // The volume used per product, beside the grand total.
    expect(text).toContain(w.pdf.volumes.heading);
    expect(text).toContain(`1. Lidocaine 2% LD2-4471 2 ${fmt.volume(0.3)} ${fmt.volume(2)}`);
    expect(text).toContain(`2. Piroxicam PX-0921 1 ${fmt.volume(0.05)} ${fmt.volume(1)}`);
    expect(text).toContain(`${w.pdf.volumes.total} 3 ${fmt.volume(0.35)}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOT_DIR, `practitioner-record-${c.language}-pdf`)]);
  });
}
