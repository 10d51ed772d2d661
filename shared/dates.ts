import { z } from 'zod';

/** A calendar date as the clinic writes it: YYYY-MM-DD, no time zone. */
export const isoDate = z.iso.date();
/** A wall-clock time HH:MM. */
export const clockTime = z.iso.time({ precision: -1 });
/** An instant, stored as an ISO 8601 UTC timestamp. */
export const isoInstant = z.iso.datetime();

export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
