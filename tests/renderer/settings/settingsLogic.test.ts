import type { Namespace, TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { fieldOfPath, formChanged, formFromSettings, parseNumber, patchFromForm } from '../../../renderer/settings/settingsForm.ts';
import { backupsSummary, formatBytes } from '../../../renderer/settings/backupFormat.ts';
import { verificationText } from '../../../renderer/settings/AuditPanel.tsx';
import { exportFileName, importErrorText, parseImportText } from '../../../renderer/patients/patientTransfer.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';

describe('settings form', () => {
  it('round-trips the settings and sends a whole patch', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(formChanged(form, DEFAULT_SETTINGS)).toBe(false);
    const result = patchFromForm({ ...form, clinicName: 'Cabinet du Parc', depthMm: '4,5', needle: '30G-6mm', idleMinutes: '30' }, DEFAULT_SETTINGS);
    expect(result).toEqual({
      ok: true,
      patch: expect.objectContaining({ clinic: { name: 'Cabinet du Parc', address: '', phone: '' }, defaults: expect.objectContaining({ depthMm: 4.5 }), lock: { idleMinutes: 30 } }),
    });
  });

  it('names the field at fault, with the problem as data (reason and limits) for the screen to word', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(patchFromForm({ ...form, idleMinutes: '0' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: [{ field: 'idleMinutes', error: { code: 'invalid-input', field: 'lock.idleMinutes', params: { minimum: 1 } } }] });
    expect(patchFromForm({ ...form, idleMinutes: '241' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: [{ field: 'idleMinutes', error: { params: { maximum: 240 } } }] });
    expect(patchFromForm({ ...form, backupKeep: 'ten' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: [{ field: 'backupKeep', error: { field: 'backups.keep' } }] });
    expect(patchFromForm({ ...form, depthMin: '7' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: [{ field: 'depthMax' }] });
    expect(patchFromForm({ ...form, depthMm: '7' }, DEFAULT_SETTINGS)).toMatchObject({
      ok: false,
      problems: [{ field: 'depthMm', error: { reason: 'default-depth-out-of-range', params: { minimum: 4, maximum: 6, unit: 'mm' } } }],
    });
    // New points start from the defaults: the default depth is no deeper than the default needle is long.
    expect(patchFromForm({ ...form, depthMm: '5' }, DEFAULT_SETTINGS)).toMatchObject({
      ok: false,
      problems: [{ field: 'depthMm', error: { reason: 'default-deeper-than-needle', params: { maximum: 4, unit: 'mm' } } }],
    });
  });

  it('carries the clinic\'s language once chosen, and its time zone (null: the system\'s)', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(form).toMatchObject({ language: '', timeZone: '' });
    const first = patchFromForm(form, DEFAULT_SETTINGS);
    expect(first.ok && first.patch).toMatchObject({ timeZone: null });
    expect(first.ok && 'language' in first.patch).toBe(false);
    const chosen = patchFromForm({ ...form, language: 'fr', timeZone: 'America/Sao_Paulo' }, DEFAULT_SETTINGS);
    expect(chosen).toMatchObject({ ok: true, patch: { language: 'fr', timeZone: 'America/Sao_Paulo' } });
    const saved = { ...DEFAULT_SETTINGS, language: 'fr' as const, timeZone: 'America/Sao_Paulo' };
    expect(formChanged(formFromSettings(saved), saved)).toBe(false);
    expect(formChanged({ ...formFromSettings(saved), timeZone: '' }, saved)).toBe(true);
    expect(patchFromForm({ ...form, timeZone: 'Mars/Olympus_Mons' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: [{ field: 'timeZone' }] });
  });

  it('maps settings paths from the main process to fields', () => {
    expect(fieldOfPath('defaults.depthMm')).toBe('depthMm');
    expect(fieldOfPath('lock.idleMinutes')).toBe('idleMinutes');
    expect(fieldOfPath('depthRange')).toBe('depthMax');
    expect(fieldOfPath('language')).toBe('language');
    expect(fieldOfPath('recentPatientIds')).toBeNull();
    expect(parseNumber(' 4,5 ')).toBe(4.5);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('4 mm')).toBeNaN();
  });
});

describe('backups and audit, in words', () => {
  let en: TFunction<Namespace>;
  let fr: TFunction<Namespace>;
  const enFormat = createFormatter('en', 'UTC');
  const frFormat = createFormatter('fr', 'Europe/Paris');
  beforeAll(async () => {
    en = (await createTranslator('en')).t as unknown as TFunction<Namespace>;
    fr = (await createTranslator('fr')).t as unknown as TFunction<Namespace>;
  });
  const two = [
    { file: 'a', createdAt: '', bytes: 2048, encrypted: true, sealed: false, photos: null, kind: 'manual' as const },
    { file: 'b', createdAt: '', bytes: 2048, encrypted: false, sealed: false, photos: null, kind: 'automatic' as const },
  ];

  it('formats sizes and the list summary', () => {
    expect(formatBytes(en, enFormat, 512)).toBe('512 B');
    expect(formatBytes(en, enFormat, 1536)).toBe('1.5 KB');
    expect(formatBytes(en, enFormat, 5 * 1024 * 1024)).toBe('5 MB');
    expect(backupsSummary(en, enFormat, [], 7)).toBe('No backup yet. Kept: the newest automatic backup of each of the last 7 days, 4 weeks and 12 months; manual backups are never removed.');
    expect(backupsSummary(en, enFormat, two, 7)).toBe('1 automatic · 1 manual · 4 KB in all · 1 encrypted');
    expect(backupsSummary(en, enFormat, two.slice(1), 7)).toBe('1 automatic · 2 KB in all');
  });

  it('formats them in French: decimal comma, French units, agreement', () => {
    expect(formatBytes(fr, frFormat, 1536)).toBe('1,5 Ko');
    expect(backupsSummary(fr, frFormat, [...two, { ...two[0]!, file: 'c' }], 7)).toBe('1 automatique · 2 manuelles · 6 Ko au total · 2 chiffrées');
    expect(backupsSummary(fr, frFormat, [], 10)).toMatch(/^Aucune sauvegarde/);
  });

  it('says what a verification found', () => {
    expect(verificationText(en, enFormat, { ok: true, entries: 1234 })).toMatchObject({ tone: 'success', text: expect.stringContaining('1,234 entries') });
    expect(verificationText(en, enFormat, { ok: false, entries: 41, brokenAt: 42, reason: 'Audit entry 42 was changed.' })).toMatchObject({ tone: 'error', title: expect.stringContaining('entry 42') });
    expect(verificationText(fr, frFormat, { ok: true, entries: 1234 }).text).toMatch(/^1\u202f234 entrées vérifiées/);
  });
});

describe('patient export and import, before the main process', () => {
  it('names the export file after the patient, without accents or separators', () => {
    expect(exportFileName({ patient: { lastName: 'Żółkiewska', firstName: 'Małgorzata' } } as never, '2026-11-28')).toBe('mesochart-patient-zolkiewska-malgorzata-2026-11-28.json');
    expect(exportFileName({ patient: { lastName: 'O’Brien / Test', firstName: 'Anne-Marie' } } as never, '2026-11-28')).toBe('mesochart-patient-o-brien-test-anne-marie-2026-11-28.json');
  });

  it('refuses files that are not a JSON object, and accepts a wrapped document', async () => {
    const t = (await createTranslator('en')).t;
    const fr = (await createTranslator('fr')).t;
    expect(parseImportText(t, '', 'a.json')).toEqual({ ok: false, message: 'a.json is empty.' });
    expect(parseImportText(t, 'Patient: X', 'a.json')).toMatchObject({ ok: false, message: expect.stringContaining('a.json is not a JSON file') });
    expect(parseImportText(fr, 'Patient: X', 'a.json')).toMatchObject({ ok: false, message: 'a.json n’est pas un fichier JSON.' });
    expect(parseImportText(t, '[1]', 'a.json')).toMatchObject({ ok: false, message: expect.stringContaining('not a MesoChart patient export') });
    expect(parseImportText(t, '{"format":"x"}', 'a.json')).toEqual({ ok: true, document: { format: 'x' } });
    expect(parseImportText(t, '{"document":{"format":"x"}}', 'a.json')).toEqual({ ok: true, document: { format: 'x' } });
  });

  it('names the field of the file at fault, unless the worded refusal names it already', async () => {
    const t = (await createTranslator('en')).t;
    expect(importErrorText(t, { field: 'document.patient.lastName', text: 'Required' })).toBe('Required (field: patient.lastName)');
    expect(importErrorText(t, { field: 'document.patient.lastName', text: 'The file: patient.lastName is required' })).toBe('The file: patient.lastName is required');
    expect(importErrorText(t, { field: null, text: 'A patient with this id is already in the records' })).toBe('A patient with this id is already in the records');
  });
});

describe('the typed-signature setting on the preferences form', () => {
  it('shows the saved choice and sends the one made', () => {
    const form = formFromSettings({ ...DEFAULT_SETTINGS, consent: { allowTypedSignature: false } });
    expect(form.allowTypedSignature).toBe(false);
    const chosen = { ...form, allowTypedSignature: true };
    expect(formChanged(chosen, DEFAULT_SETTINGS)).toBe(true);
    expect(patchFromForm(chosen, DEFAULT_SETTINGS)).toMatchObject({ ok: true, patch: { consent: { allowTypedSignature: true } } });
    expect(fieldOfPath('consent.allowTypedSignature')).toBe('allowTypedSignature');
  });
});
