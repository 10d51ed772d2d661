import { ApiError } from './errors.ts';
import type { Formatter } from './format/formatter.ts';

/**
 * Today, and what it means for a session (issue 12, safety checks). "Today" is the calendar day in the
 * clinic's time zone (settings.timeZone, through the formatter that holds it), on screen and at the
 * boundary alike: a session of tomorrow stays tomorrow's whatever the computer's zone.
 */

/** Today's date in the clinic's time zone, YYYY-MM-DD. */
export function clinicToday(format: Pick<Formatter, 'instantDay'>, now: Date = new Date()): string {
  return format.instantDay(now.toISOString());
}

/** A session dated after today has not been held: it cannot be signed and is not counted as held. */
export function isAfterToday(date: string, today: string): boolean {
  return date > today;
}

/** The refusal to sign a session dated after today, naming its date. */
export function sessionInFutureError(date: string, today: string): ApiError {
  return new ApiError({ code: 'conflict', field: 'date', reason: 'session-in-future', params: { date, today } });
}
