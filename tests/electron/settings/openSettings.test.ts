import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openSettings, settingsFilePath } from '../../../electron/settings/openSettings.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { tempDir } from '../store/fixtures.ts';

const now = () => new Date('2025-03-01T08:00:00.000Z');

describe('the one settings path (openSettings: the app and the harness)', () => {
  it('opens the defaults in an empty folder and writes them to its file', () => {
    const dir = tempDir();
    const { port, problem } = openSettings(dir, now);
    expect(problem).toBeNull();
    expect(port.get()).toEqual(DEFAULT_SETTINGS);
    // What a new clinic starts with: ten backups kept, one a day; the lock after 10 idle minutes.
    expect(port.get()).toMatchObject({ backups: { keep: 7, intervalHours: 24 }, lock: { idleMinutes: 10 } });
    expect(JSON.parse(readFileSync(settingsFilePath(dir), 'utf8'))).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps an update across a reopen of the same folder', () => {
    const dir = tempDir();
    const first = openSettings(dir, now).port;
    const updated = first.update({ clinic: { name: 'Cabinet du Parc', address: '', phone: '' }, lock: { idleMinutes: 15 } });
    expect(updated).toMatchObject({ clinic: { name: 'Cabinet du Parc' }, lock: { idleMinutes: 15 } });
    const reopened = openSettings(dir, now);
    expect(reopened.problem).toBeNull();
    expect(reopened.port.get()).toEqual({ ...DEFAULT_SETTINGS, clinic: { name: 'Cabinet du Parc', address: '', phone: '' }, lock: { idleMinutes: 15 } });
  });

  it('refuses an invalid patch naming the setting, and writes nothing', () => {
    const dir = tempDir();
    const { port } = openSettings(dir, now);
    port.update({ backups: { keep: 3, intervalHours: 24 } });
    const before = readFileSync(settingsFilePath(dir), 'utf8');
    let refusal: unknown;
    try {
      port.update({ backups: { keep: 3, intervalHours: 24 }, lock: { idleMinutes: 0 } });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ZodError);
    expect((refusal as ZodError).issues.map((i) => i.path.join('.'))).toEqual(['lock.idleMinutes']);
    expect(readFileSync(settingsFilePath(dir), 'utf8')).toBe(before);
    expect(openSettings(dir, now).port.get()).toMatchObject({ backups: { keep: 3 }, lock: { idleMinutes: DEFAULT_SETTINGS.lock.idleMinutes } });
  });

  it('fills in what an older file lacks, inside a group too', () => {
    const dir = tempDir();
    writeFileSync(settingsFilePath(dir), JSON.stringify({ practitionerName: 'Dr Weiß', backups: { keep: 3 } }));
    const { port, problem } = openSettings(dir, now);
    expect(problem).toBeNull();
    expect(port.get()).toEqual({ ...DEFAULT_SETTINGS, practitionerName: 'Dr Weiß', backups: { keep: 3, intervalHours: DEFAULT_SETTINGS.backups.intervalHours } });
  });

  it('sets a file that is not JSON aside, reports it, and opens on the defaults', () => {
    const dir = tempDir();
    writeFileSync(settingsFilePath(dir), '{ "practitionerName": "Dr W');
    const { port, problem } = openSettings(dir, now);
    expect(problem).toMatchObject({ reason: 'unreadable', keptAs: `${settingsFilePath(dir)}.unreadable-${now().getTime()}` });
    expect(readFileSync(problem!.keptAs, 'utf8')).toBe('{ "practitionerName": "Dr W');
    expect(port.get()).toEqual(DEFAULT_SETTINGS);
    // The path works on after the problem: an update is kept.
    port.update({ lock: { idleMinutes: 20 } });
    expect(openSettings(dir, now).port.get().lock.idleMinutes).toBe(20);
  });

  it('sets a file with invalid values aside rather than letting conf refuse to open', () => {
    const dir = tempDir();
    writeFileSync(settingsFilePath(dir), JSON.stringify({ lock: { idleMinutes: 'ten' } }));
    const { port, problem } = openSettings(dir, now);
    expect(problem).toMatchObject({ reason: 'invalid', where: 'lock.idleMinutes' });
    expect(port.get()).toEqual(DEFAULT_SETTINGS);
  });
});
