import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { fieldOfPath, formChanged, formFromSettings, parseNumber, patchFromForm } from '../../../renderer/settings/settingsForm.ts';
import { backupsSummary, formatBytes } from '../../../renderer/settings/backupFormat.ts';
import { verificationText } from '../../../renderer/settings/AuditPanel.tsx';
import { exportFileName, importErrorText, parseImportText } from '../../../renderer/patients/patientTransfer.ts';

describe('settings form', () => {
  it('round-trips the settings and sends a whole patch', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(formChanged(form, DEFAULT_SETTINGS)).toBe(false);
    const result = patchFromForm({ ...form, clinicName: 'Cabinet du Parc', depthMm: '4,5', idleMinutes: '30' }, DEFAULT_SETTINGS);
    expect(result).toEqual({
      ok: true,
      patch: expect.objectContaining({ clinic: { name: 'Cabinet du Parc', address: '', phone: '' }, defaults: expect.objectContaining({ depthMm: 4.5 }), lock: { idleMinutes: 30 } }),
    });
  });

  it('names the field at fault, with the schema’s message', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(patchFromForm({ ...form, idleMinutes: '0' }, DEFAULT_SETTINGS)).toEqual({ ok: false, problems: [{ field: 'idleMinutes', message: 'must be at least 1 minute' }] });
    expect(patchFromForm({ ...form, idleMinutes: '241' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: [{ field: 'idleMinutes' }] });
    expect(patchFromForm({ ...form, backupKeep: 'ten' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: [{ field: 'backupKeep', message: 'must be a whole number' }] });
    expect(patchFromForm({ ...form, depthMin: '7' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: [{ field: 'depthMax', message: 'minimum must not exceed maximum' }] });
    expect(patchFromForm({ ...form, depthMm: '7' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: [{ field: 'depthMm', message: expect.stringContaining('between 4 and 6') }] });
  });

  it('maps settings paths from the main process to fields', () => {
    expect(fieldOfPath('defaults.depthMm')).toBe('depthMm');
    expect(fieldOfPath('lock.idleMinutes')).toBe('idleMinutes');
    expect(fieldOfPath('depthRange')).toBe('depthMax');
    expect(fieldOfPath('language')).toBeNull();
    expect(parseNumber(' 4,5 ')).toBe(4.5);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('4 mm')).toBeNaN();
  });
});

describe('backups and audit, in words', () => {
  it('formats sizes and the list summary', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(backupsSummary([], 10)).toMatch(/No backup yet/);
    expect(backupsSummary([{ file: 'a', createdAt: '', bytes: 2048, encrypted: true, photos: null }, { file: 'b', createdAt: '', bytes: 2048, encrypted: false, photos: null }], 10)).toBe('2 of at most 10 kept · 4 KB in all · 1 encrypted');
  });

  it('says what a verification found', () => {
    expect(verificationText({ ok: true, entries: 1234 })).toMatchObject({ tone: 'success', text: expect.stringContaining('1,234 entries') });
    expect(verificationText({ ok: false, entries: 41, brokenAt: 42, reason: 'Audit entry 42 was changed.' })).toMatchObject({ tone: 'error', title: expect.stringContaining('entry 42') });
  });
});

describe('patient export and import, before the main process', () => {
  it('names the export file after the patient, without accents or separators', () => {
    expect(exportFileName({ patient: { lastName: 'Żółkiewska', firstName: 'Małgorzata' } } as never, '2026-11-28')).toBe('mesochart-patient-zolkiewska-malgorzata-2026-11-28.json');
    expect(exportFileName({ patient: { lastName: 'O’Brien / Test', firstName: 'Anne-Marie' } } as never, '2026-11-28')).toBe('mesochart-patient-o-brien-test-anne-marie-2026-11-28.json');
  });

  it('refuses files that are not a JSON object, and accepts a wrapped document', () => {
    expect(parseImportText('', 'a.json')).toEqual({ ok: false, message: 'a.json is empty.' });
    expect(parseImportText('Patient: X', 'a.json')).toMatchObject({ ok: false, message: expect.stringContaining('a.json is not a JSON file') });
    expect(parseImportText('[1]', 'a.json')).toMatchObject({ ok: false, message: expect.stringContaining('not a MesoChart patient export') });
    expect(parseImportText('{"format":"x"}', 'a.json')).toEqual({ ok: true, document: { format: 'x' } });
    expect(parseImportText('{"document":{"format":"x"}}', 'a.json')).toEqual({ ok: true, document: { format: 'x' } });
  });

  it('names the field of the file at fault', () => {
    expect(importErrorText({ field: 'document.patient.lastName', message: 'document.patient.lastName is required' })).toEqual({
      field: 'patient.lastName',
      message: 'The file is not a valid patient export: patient.lastName is required',
    });
    expect(importErrorText({ field: null, message: 'A patient with this id is already in the records' })).toEqual({ field: null, message: 'A patient with this id is already in the records' });
  });
});
