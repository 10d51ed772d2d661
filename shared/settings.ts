import { z } from 'zod';
import { DEFAULT_DEPTH_RANGE, depthRangeSchema } from './depth.ts';
import { needleIdSchema } from './needles.ts';
import { techniqueIdSchema } from './techniques.ts';
import { note } from './text.ts';
import { uiLanguageSchema } from './i18n/languageSchemas.ts';
import { isTimeZone } from './format/formatter.ts';

/** Preferences: kept in electron-store, never clinical data. */
export const settingsSchema = z.object({
  depthRange: depthRangeSchema.default(DEFAULT_DEPTH_RANGE),
  defaults: z
    .object({
      depthMm: z.number().min(0.5).max(20).default(4),
      needle: needleIdSchema.default('30G-4mm'),
      technique: techniqueIdSchema.default('point'),
    })
    .default({ depthMm: 4, needle: '30G-4mm', technique: 'point' }),
  clinic: z
    .object({
      name: note(120).default(''),
      address: note(300).default(''),
      phone: note(40).default(''),
    })
    .default({ name: '', address: '', phone: '' }),
  /**
   * Obsolete since practitioner profiles: who acts is the unlocked practitioner. Kept so that older
   * settings files still load; getSettings answers the unlocked practitioner's name here.
   */
  practitionerName: note(120).default(''),
  /** The app locks itself after this many minutes without activity. */
  lock: z
    .object({
      idleMinutes: z.int().min(1).max(240).default(10),
    })
    .default({ idleMinutes: 10 }),
  /** Informed consent: whether a typed name may stand for a signature drawn on the pad. */
  consent: z
    .object({ allowTypedSignature: z.boolean().default(false) })
    .default({ allowTypedSignature: false }),
  /** The language of the screens and, unless a patient's own is chosen, of printed records; unset until chosen at first run (then the system's). */
  language: uiLanguageSchema.optional(),
  /** The clinic's time zone (IANA name): instants (signatures, audit entries) read in it on screen and on paper; unset or null means the system's. */
  timeZone: z.string().refine(isTimeZone, { params: { reason: 'time-zone' } }).nullable().optional(),
  recentPatientIds: z.array(z.uuid()).max(20).default([]),
  /** Automatic backups of the records: how many to keep (oldest removed first) and how often. */
  backups: z
    .object({
      keep: z.int().min(1).max(100).default(10),
      intervalHours: z.int().min(1).max(24 * 30).default(24),
    })
    .default({ keep: 10, intervalHours: 24 }),
});

export type Settings = z.infer<typeof settingsSchema>;

/** A change from the settings screen: any top-level group, validated as a whole. */
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** The default depth must lie in the allowed range, or new points would be refused. */
export function settingsProblem(
  s: Settings,
): { field: string; reason: 'default-depth-out-of-range'; params: { minimum: number; maximum: number; unit: 'mm' } } | null {
  if (s.defaults.depthMm < s.depthRange.min || s.defaults.depthMm > s.depthRange.max) {
    return { field: 'defaults.depthMm', reason: 'default-depth-out-of-range', params: { minimum: s.depthRange.min, maximum: s.depthRange.max, unit: 'mm' } };
  }
  return null;
}
