/**
 * Which automatic backups to keep: the newest of each of the last `days` days, `weeks` weeks and
 * `months` months on which one was taken (the tiers overlap: one backup may stand for its day, its week
 * and its month). Counting the days that have a backup rather than calendar days means a computer left
 * off for a month still keeps a week of history when it comes back. Backups taken by hand are never
 * removed, and neither is the newest backup, whatever its kind.
 *
 * Days are the caller's (YYYY-MM-DD in the time zone it chooses): this function does no time-zone
 * arithmetic. Weeks are ISO weeks (from Monday), months calendar months of that day.
 */

/** How a backup was taken: by the schedule (rotated) or by someone (kept until removed by hand). */
export type BackupKind = 'automatic' | 'manual';

export type RetentionTiers = { days: number; weeks: number; months: number };

/** The tiers of issue 14: a week of days, a month of weeks, a year of months. */
export const DEFAULT_RETENTION: RetentionTiers = { days: 7, weeks: 4, months: 12 };

export type RetentionCandidate = {
  /** When it was taken (ms since the epoch): the newest of a day, week or month is kept. */
  at: number;
  /** Its calendar day, YYYY-MM-DD. */
  day: string;
  kind: BackupKind;
};

/** The Monday (YYYY-MM-DD) of the ISO week of `day`. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Newest first; equal times keep the order they were given in (a caller's tie-break). */
function newestFirst<T extends RetentionCandidate>(candidates: readonly T[]): T[] {
  return candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.at - a.candidate.at || a.index - b.index)
    .map(({ candidate }) => candidate);
}

/** The newest backup of each of the `count` most recent periods that have one. */
function newestPerPeriod<T extends RetentionCandidate>(sorted: readonly T[], period: (day: string) => string, count: number): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const candidate of sorted) {
    const key = period(candidate.day);
    if (seen.has(key)) continue;
    if (seen.size >= count) break;
    seen.add(key);
    kept.push(candidate);
  }
  return kept;
}

function whole(count: number, least: number): number {
  return Number.isFinite(count) ? Math.max(least, Math.trunc(count)) : least;
}

/** The candidates to remove (the same objects), newest first; none of them manual, never the newest. */
export function backupsToRemove<T extends RetentionCandidate>(candidates: readonly T[], tiers: RetentionTiers = DEFAULT_RETENTION): T[] {
  const sorted = newestFirst(candidates);
  const automatic = sorted.filter((c) => c.kind === 'automatic');
  const kept = new Set<T>([
    // At least one day: the newest automatic backup always stands for its own day.
    ...newestPerPeriod(automatic, (day) => day, whole(tiers.days, 1)),
    ...newestPerPeriod(automatic, weekOf, whole(tiers.weeks, 0)),
    ...newestPerPeriod(automatic, monthOf, whole(tiers.months, 0)),
  ]);
  if (sorted[0]) kept.add(sorted[0]);
  return automatic.filter((c) => !kept.has(c));
}
