import { clinicToday } from '../../shared/clinicDay.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import type { Settings } from '../../shared/settings.ts';

/** Today in the clinic's time zone (the settings'; the system's when none is set), for the channels' date rules. */
export function todayAtClinic(settings: Pick<Settings, 'timeZone'>, now: Date = new Date()): string {
  return clinicToday(createFormatter('en', settings.timeZone ?? undefined), now);
}
