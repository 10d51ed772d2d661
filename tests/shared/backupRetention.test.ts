import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToRemove, DEFAULT_RETENTION, monthOf, weekOf, type BackupKind, type RetentionCandidate, type RetentionTiers } from '../../shared/backupRetention.ts';

type Backup = RetentionCandidate & { name: string };

const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);
const backup = (iso: string, kind: BackupKind = 'automatic'): Backup => ({ name: `${iso} ${kind}`, at: Date.parse(iso), day: iso.slice(0, 10), kind });
const names = (list: readonly Backup[]) => list.map((b) => b.name);
const kept = (list: readonly Backup[], tiers?: RetentionTiers) => {
  const removed = new Set(backupsToRemove(list, tiers));
  return list.filter((b) => !removed.has(b));
};

const START = Date.parse('2023-11-01T00:00:00.000Z');
const arbBackups = fc
  .array(
    fc.record({
      // Two years and a half, down to the minute, with many on the same day now and then.
      at: fc.oneof(fc.integer({ min: 0, max: 900 * 24 * 60 }), fc.integer({ min: 880 * 24 * 60, max: 882 * 24 * 60 })).map((minutes) => START + minutes * 60_000),
      kind: fc.constantFrom<BackupKind>('automatic', 'automatic', 'automatic', 'manual'),
    }),
    { maxLength: 120 },
  )
  .map((list) => list.map(({ at, kind }, i): Backup => ({ name: `b${i}`, at, day: utcDay(at), kind })));
const arbTiers = fc.oneof(fc.constant(DEFAULT_RETENTION), fc.record({ days: fc.integer({ min: 1, max: 10 }), weeks: fc.integer({ min: 0, max: 6 }), months: fc.integer({ min: 0, max: 14 }) }));

describe('backup retention in tiers', () => {
  it('never removes a backup taken by hand', () => {
    fc.assert(fc.property(arbBackups, arbTiers, (list, tiers) => backupsToRemove(list, tiers).every((b) => b.kind === 'automatic')));
  });

  it('never removes the newest backup', () => {
    fc.assert(
      fc.property(arbBackups, arbTiers, (list, tiers) => {
        const newestAt = Math.max(...list.map((b) => b.at));
        const newest = list.find((b) => b.at === newestAt);
        return newest === undefined || !backupsToRemove(list, tiers).includes(newest);
      }),
    );
  });

  it('keeps at most days + weeks + months automatic backups', () => {
    fc.assert(
      fc.property(arbBackups, arbTiers, (list, tiers) => {
        const automatic = kept(list, tiers).filter((b) => b.kind === 'automatic').length;
        return automatic <= tiers.days + tiers.weeks + tiers.months;
      }),
    );
  });

  it('keeps the newest automatic backup of each of the last days that have one', () => {
    fc.assert(
      fc.property(arbBackups, arbTiers, (list, tiers) => {
        const automatic = list.filter((b) => b.kind === 'automatic');
        const days = [...new Set(automatic.map((b) => b.day))].sort().reverse().slice(0, tiers.days);
        const remaining = kept(list, tiers);
        return days.every((day) => {
          const newestOfDay = Math.max(...automatic.filter((b) => b.day === day).map((b) => b.at));
          return remaining.some((b) => b.kind === 'automatic' && b.day === day && b.at === newestOfDay);
        });
      }),
    );
  });

  it('is settled after one pass: rotating again removes nothing more', () => {
    fc.assert(fc.property(arbBackups, arbTiers, (list, tiers) => backupsToRemove(kept(list, tiers), tiers).length === 0));
  });

  it('removes only what it was given', () => {
    fc.assert(fc.property(arbBackups, (list) => backupsToRemove(list).every((b) => list.includes(b))));
  });

  it('ten backups on one day keep last week’s backups', () => {
    const lastWeek = ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08'].map((day) => backup(`${day}T08:00:00.000Z`));
    const today = Array.from({ length: 10 }, (_, hour) => backup(`2025-03-09T${String(8 + hour).padStart(2, '0')}:00:00.000Z`));
    const remaining = names(kept([...today, ...lastWeek]));
    expect(remaining).toEqual(names([today[9]!, ...lastWeek]));
  });

  it('keeps a year of months, a month of weeks and a week of days from two years of daily backups', () => {
    const daily = Array.from({ length: 730 }, (_, i) => backup(new Date(Date.parse('2023-03-10T09:00:00.000Z') + i * 86_400_000).toISOString()));
    const remaining = kept(daily).map((b) => b.day).reverse();
    expect(remaining.slice(0, 7)).toEqual(['2025-03-08', '2025-03-07', '2025-03-06', '2025-03-05', '2025-03-04', '2025-03-03', '2025-03-02']);
    // The weeks add the Sundays before the days reach back; the months add each month's last day.
    expect(remaining).toContain('2025-02-23');
    expect(remaining).toContain('2025-01-31');
    expect(remaining).toContain('2024-04-30');
    expect(remaining).not.toContain('2024-03-31');
    expect(remaining.length).toBeLessThanOrEqual(23);
  });

  it('leaves manual backups out of the count', () => {
    const list = [backup('2025-03-09T08:00:00.000Z'), ...Array.from({ length: 30 }, (_, i) => backup(`2025-03-09T07:${String(i).padStart(2, '0')}:00.000Z`, 'manual')), backup('2025-03-08T08:00:00.000Z')];
    expect(backupsToRemove(list, { days: 2, weeks: 0, months: 0 })).toEqual([]);
  });
});

describe('calendar periods', () => {
  it('weeks start on Monday, across a year', () => {
    expect(weekOf('2025-03-09')).toBe('2025-03-03');
    expect(weekOf('2025-03-10')).toBe('2025-03-10');
    expect(weekOf('2025-01-01')).toBe('2024-12-30');
    expect(monthOf('2025-01-01')).toBe('2025-01');
  });
});
