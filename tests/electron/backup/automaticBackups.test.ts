import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, lastBackupAt, listBackups, restoreBackup } from '../../../electron/backup/backup.ts';
import { createBackupService } from '../../../electron/backup/backupService.ts';
import { keptAsideCopies } from '../../../electron/backup/keptAside.ts';
import { startBackupSchedule, type ScheduleClock } from '../../../electron/backup/scheduler.ts';
import { actor, openTestStore, patientFields, tempDir } from '../store/fixtures.ts';

const utcDay = (at: Date) => at.toISOString().slice(0, 10);
const day = (d: number) => `2025-03-${String(d).padStart(2, '0')}`;

/** A clock stopped at `at`, whose timers never fire: one launch of the app, looked at right after its start. */
function stoppedClock(at: Date): ScheduleClock {
  return { now: () => at, setTimeout: () => 0, clearTimeout: () => undefined };
}

function records() {
  const { store, path } = openTestStore();
  store.createPatient(patientFields({ lastName: 'Backed-Up' }), actor);
  return { path, backupDir: join(tempDir(), 'backups') };
}

/** One start of the app as main.ts wires it: the backup service, then the schedule, with the settings' interval and days. */
async function launch(path: string, backupDir: string, at: Date, intervalHours: number): Promise<void> {
  const backups = createBackupService({ databasePath: path, backupDir, keep: () => 7, now: () => at, dayOf: utcDay });
  const schedule = startBackupSchedule({
    clock: stoppedClock(at),
    intervalHours: () => intervalHours,
    lastBackupAt: () => lastBackupAt(backupDir, at),
    runBackup: () => backups.createNow({ kind: 'automatic' }),
    onError: (error) => {
      throw error;
    },
  });
  await schedule.idle();
  schedule.stop();
}

/** A week of daily automatic backups, 2 to 8 March 2025 (Sunday to Saturday), at 08:00 UTC. */
async function lastWeek(path: string, backupDir: string): Promise<string[]> {
  const files: string[] = [];
  for (let d = 2; d <= 8; d++) files.push((await createBackup(path, backupDir, { kind: 'automatic', now: () => new Date(`${day(d)}T08:00:00.000Z`) })).file);
  return files;
}

describe('automatic backups across launches', () => {
  it('ten launches in a day keep last week’s backups, and take one backup', async () => {
    const { path, backupDir } = records();
    const week = await lastWeek(path, backupDir);
    // Sunday 9 March: the app started ten times, from 07:00 to 16:00.
    for (let hour = 7; hour < 17; hour++) await launch(path, backupDir, new Date(`${day(9)}T${String(hour).padStart(2, '0')}:00:00.000Z`), 24);
    const files = listBackups(backupDir).map((b) => b.file);
    expect(week.every((file) => files.includes(file))).toBe(true);
    const today = listBackups(backupDir).filter((b) => b.createdAt.startsWith(day(9)));
    // At 07:00 the newest backup is 23 hours old; at 08:00 one is due, and then none until tomorrow.
    expect(today.map((b) => [b.createdAt, b.kind])).toEqual([['2025-03-09T08:00:00.000Z', 'automatic']]);
  });

  it('keeps last week’s backups even when the interval lets each launch take one', async () => {
    const { path, backupDir } = records();
    const week = await lastWeek(path, backupDir);
    for (let hour = 7; hour < 17; hour++) await launch(path, backupDir, new Date(`${day(9)}T${String(hour).padStart(2, '0')}:00:00.000Z`), 1);
    const files = listBackups(backupDir).map((b) => b.file);
    expect(week.every((file) => files.includes(file))).toBe(true);
    // Of the day's ten, the newest stands for the day.
    expect(listBackups(backupDir).filter((b) => b.createdAt.startsWith(day(9))).map((b) => b.createdAt)).toEqual(['2025-03-09T16:00:00.000Z']);
  });

  it('never rotates a backup taken by hand away, and keeps the newest', async () => {
    const { path, backupDir } = records();
    const byHand = await createBackup(path, backupDir, { now: () => new Date(`${day(1)}T08:00:00.000Z`) });
    const service = createBackupService({ databasePath: path, backupDir, keep: () => 1, dayOf: utcDay, now: () => new Date(`${day(9)}T08:00:00.000Z`) });
    await lastWeek(path, backupDir);
    const newest = await service.createNow({ kind: 'automatic' });
    // One day kept, plus the newest of this week (Sunday 9 March closes the week of 3 March) and of last week.
    expect(listBackups(backupDir).map((b) => `${b.createdAt.slice(0, 10)} ${b.kind}`)).toEqual([`${day(9)} automatic`, `${day(2)} automatic`, `${day(1)} manual`]);
    expect(listBackups(backupDir)[0]!.file).toBe(newest.file);
    expect(existsSync(join(backupDir, byHand.file))).toBe(true);
  });

  it('does not wait for a backup dated in the future (a clock set back since)', async () => {
    const { path, backupDir } = records();
    await createBackup(path, backupDir, { kind: 'automatic', now: () => new Date('2026-01-01T08:00:00.000Z') });
    expect(lastBackupAt(backupDir, new Date(`${day(9)}T08:00:00.000Z`))).toBeNull();
    await launch(path, backupDir, new Date(`${day(9)}T08:00:00.000Z`), 24);
    expect(listBackups(backupDir)).toHaveLength(2);
  });
});

describe('files of restores and of interrupted work', () => {
  it('keeps the three newest copies that restores kept aside', async () => {
    const { path, backupDir } = records();
    const backup = await createBackup(path, backupDir, { now: () => new Date(`${day(1)}T08:00:00.000Z`) });
    const folder = dirname(path);
    const older = ['2025-02-01T10-00-00-000Z', '2025-02-02T10-00-00-000Z', '2025-02-03T10-00-00-000Z', '2025-02-04T10-00-00-000Z'].map((stamp) => `${path}.before-restore-${stamp}`);
    for (const file of older) writeFileSync(file, 'an older copy');
    writeFileSync(`${older[0]}-wal`, 'its log');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    const result = await restoreBackup(join(backupDir, backup.file), path, { now: () => new Date(`${day(9)}T10:00:00.000Z`) });
    expect(keptAsideCopies(path)).toEqual([result.keptAside, ...older.slice(2).reverse().map((file) => file.slice(folder.length + 1))]);
    expect(existsSync(`${older[0]}-wal`)).toBe(false);
    expect(existsSync(join(folder, 'notes.txt'))).toBe(true);
  });

  it('clears, at start, what an interrupted backup or restore left, and nothing else', async () => {
    const { path, backupDir } = records();
    const photoDir = join(tempDir(), 'photos');
    const backup = await createBackup(path, backupDir, { now: () => new Date(`${day(1)}T08:00:00.000Z`) });
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const hash = 'ab'.padEnd(64, '0');
    mkdirSync(join(backupDir, 'photos', 'ab'), { recursive: true });
    mkdirSync(join(photoDir, 'ab'), { recursive: true });
    const leftovers = [
      join(backupDir, `.partial-4242-mesochart-2025-03-02T08-00-00-000Z-auto.sqlite`),
      join(backupDir, `.partial-4242-mesochart-2025-03-02T08-00-00-000Z-auto.sqlite-journal`),
      join(backupDir, `mesochart-2025-03-02T08-00-00-000Z-auto.sqlite.enc.${uuid}.tmp`),
      join(backupDir, 'photos', 'ab', `${hash}.jpg.${uuid}.tmp`),
      join(dirname(path), `${path.slice(dirname(path).length + 1)}.${uuid}.tmp`),
      join(dirname(path), `${path.slice(dirname(path).length + 1)}.before-restore-2025-03-02T08-00-00-000Z.${uuid}.tmp`),
      join(photoDir, 'ab', `${hash}.jpg.${uuid}.tmp`),
    ];
    const kept = [join(backupDir, backup.file), join(backupDir, 'photos', 'ab', `${hash}.jpg`), join(photoDir, 'ab', `${hash}.jpg`), join(dirname(path), 'plan.tmp'), join(dirname(path), `other.${uuid}.tmp`)];
    for (const file of [...leftovers, ...kept.slice(1)]) writeFileSync(file, 'x');
    createBackupService({ databasePath: path, backupDir, photoDir, keep: () => 7 });
    expect(leftovers.filter((file) => existsSync(file))).toEqual([]);
    expect(kept.filter((file) => !existsSync(file))).toEqual([]);
    expect(readdirSync(backupDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
