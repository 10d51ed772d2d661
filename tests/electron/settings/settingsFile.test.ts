import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSettingsFile } from '../../../electron/settings/settingsFile.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { tempDir } from '../store/fixtures.ts';

const now = () => new Date('2025-03-01T08:00:00.000Z');

describe('the settings file', () => {
  it('starts from the defaults when there is none', () => {
    expect(checkSettingsFile(join(tempDir(), 'settings.json'), now)).toEqual({ settings: DEFAULT_SETTINGS, problem: null, keptAs: null });
  });

  it('reads valid settings, filling in defaults for what is missing', () => {
    const file = join(tempDir(), 'settings.json');
    writeFileSync(file, JSON.stringify({ practitionerName: 'Dr Weiß', backups: { keep: 3 } }));
    const { settings, problem } = checkSettingsFile(file, now);
    expect(problem).toBeNull();
    expect(settings).toMatchObject({ practitionerName: 'Dr Weiß', backups: { keep: 3, intervalHours: 24 } });
    expect(existsSync(file)).toBe(true);
  });

  it('keeps a file that is not JSON aside, reports it, and starts from the defaults', () => {
    const file = join(tempDir(), 'settings.json');
    writeFileSync(file, '{ "practitionerName": "Dr W');
    const result = checkSettingsFile(file, now);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.keptAs).toBe(`${file}.unreadable-${now().getTime()}`);
    expect(result.problem).toMatchObject({ reason: 'unreadable', keptAs: result.keptAs, log: expect.stringMatching(/could not be read.*kept as .*default settings/s) });
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(result.keptAs!, 'utf8')).toBe('{ "practitionerName": "Dr W');
  });

  it('keeps a file with invalid values aside, naming the setting', () => {
    const file = join(tempDir(), 'settings.json');
    writeFileSync(file, JSON.stringify({ backups: { keep: 0 } }));
    const result = checkSettingsFile(file, now);
    expect(result.problem).toMatchObject({ reason: 'invalid', where: 'backups.keep' });
    expect(result.keptAs).toBe(`${file}.invalid-${now().getTime()}`);
    expect(JSON.parse(readFileSync(result.keptAs!, 'utf8'))).toEqual({ backups: { keep: 0 } });
  });
});
