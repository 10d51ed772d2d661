import { z } from 'zod';
import { clampOldDepth, DEFAULT_DEPTH_RANGE, depthRangeSchema, FULL_DEPTH_RANGE } from './depth.ts';
import { findNeedle, needleCatalogue, needleCatalogueSchema, needleIdSchema, NEEDLES } from './needles.ts';
import { currentTechniqueIdSchema, isLegacyTechnique, LEGACY_SUCCESSOR } from './techniques.ts';
import { note } from './text.ts';
import { uiLanguageSchema } from './i18n/languageSchemas.ts';
import { isTimeZone } from './format/formatter.ts';
import { countryCodeSchema } from './countries.ts';

/** The clinic as the header of every printed record names it; asked at first run, edited in the preferences. */
export const clinicSchema = z.object({
  name: note(120).default(''),
  address: note(300).default(''),
  phone: note(40).default(''),
});

/** The shortest idle time the preferences allow: the renderer reports activity well within it. */
export const SHORTEST_IDLE_MINUTES = 1;

/** Preferences: kept in a JSON file through conf (electron/settings/openSettings.ts), never clinical data. Read through settingsSchema (below). */
const settingsFields = z.object({
  depthRange: depthRangeSchema.default(DEFAULT_DEPTH_RANGE),
  defaults: z
    .object({
      depthMm: z.number().min(FULL_DEPTH_RANGE.min).max(FULL_DEPTH_RANGE.max).default(4),
      /** A needle of `needles`, not retired (settingsProblem). */
      needle: needleIdSchema.default('30G-4mm'),
      technique: currentTechniqueIdSchema.default('point-by-point'),
    })
    .default({ depthMm: 4, needle: '30G-4mm', technique: 'point-by-point' }),
  /** The clinic's needle catalogue: the shipped needles until the clinic adds, renames or retires one. */
  needles: needleCatalogueSchema.default(NEEDLES.map((n) => ({ ...n }))),
  clinic: clinicSchema.default({ name: '', address: '', phone: '' }),
  /**
   * Obsolete since practitioner profiles: who acts, who a session is by and who prints is the unlocked
   * practitioner's profile; no screen and no record reads this. Kept (deprecated) so that older settings
   * files load as they are; getSettings answers the unlocked practitioner's name here, and the end-to-end
   * harness uses it to name the practitioner it starts unlocked as.
   */
  practitionerName: note(120).default(''),
  /** The app locks itself after this many minutes without activity. */
  lock: z
    .object({
      idleMinutes: z.int().min(SHORTEST_IDLE_MINUTES).max(240).default(10),
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
  /**
   * The clinic's country (ISO 3166-1 alpha-2): which country's restrictions on indications are shown
   * (shared/countryRestrictions.ts). Never guessed: unset or null shows none.
   */
  country: countryCodeSchema.nullable().optional(),
  recentPatientIds: z.array(z.uuid()).max(20).default([]),
  /** Lots in stock: a lot is flagged as expiring this many days before its expiry. */
  stockExpiryWarningDays: z.int().min(1).max(730).default(60),
  /**
   * A product is flagged low when its units in unexpired lots are at or under this (0: never). One
   * threshold for the clinic, not per product: shared/stockStates.ts says why.
   */
  stockLowUnits: z.int().min(0).max(10_000).default(5),
  /**
   * Automatic backups of the records: at most one per `intervalHours`, kept in tiers
   * (shared/backupRetention.ts). `keep` is the daily tier: the newest backup of each of the last `keep`
   * days on which one was taken; 4 weekly and 12 monthly ones are kept besides. It once counted backups
   * (the newest N); with the default daily interval N backups were N days, so a value chosen then keeps
   * its effect. Backups taken by hand are never rotated away.
   */
  backups: z
    .object({
      keep: z.int().min(1).max(100).default(7),
      intervalHours: z.int().min(1).max(24 * 30).default(24),
    })
    .default({ keep: 7, intervalHours: 24 }),
});

/**
 * A settings file as an earlier version wrote it, read as today's: depths past 13 mm (the range once
 * allowed 20) brought to 13, and a default technique of the earlier list ('point', 'subcutaneous') as
 * the technique of today's list that it named. A preference, not a record: nothing clinical changes, and
 * the file is not set aside for values that once were valid. Missing groups take their defaults.
 */
function upgradeSettings(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const range = out.depthRange;
  if (range !== null && typeof range === 'object' && !Array.isArray(range)) {
    const r = range as Record<string, unknown>;
    out.depthRange = { ...r, min: clampOldDepth(r.min), max: clampOldDepth(r.max) };
  }
  const defaults = out.defaults;
  if (defaults !== null && typeof defaults === 'object' && !Array.isArray(defaults)) {
    const d = { ...(defaults as Record<string, unknown>) };
    d.depthMm = clampOldDepth(d.depthMm);
    if (typeof d.technique === 'string' && isLegacyTechnique(d.technique)) d.technique = LEGACY_SUCCESSOR[d.technique as keyof typeof LEGACY_SUCCESSOR];
    out.defaults = d;
  }
  return out;
}

export const settingsSchema = z.preprocess(upgradeSettings, settingsFields);

export type Settings = z.infer<typeof settingsSchema>;

type Shape = typeof settingsFields.shape;
type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;
type PatchShape = { [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>> };

/**
 * A change from the settings screen: any top-level group, validated as a whole (today's bounds, no
 * upgrade). The groups' defaults are left out: `.partial()` alone would fill every group the patch does
 * not name with its default, and an update of the needles would reset the clinic's header.
 */
export const settingsPatchSchema = z
  .object(Object.fromEntries(Object.entries(settingsFields.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()])) as PatchShape)
  // A group given as undefined changes nothing (it would otherwise erase the group when merged).
  .transform((patch) => Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as typeof patch);
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export type SettingsProblem =
  | { field: string; reason: 'default-depth-out-of-range'; params: { minimum: number; maximum: number; unit: 'mm' } }
  | { field: string; reason: 'not-in-catalogue' | 'needle-retired'; params: { needle: string } }
  | { field: string; reason: 'default-deeper-than-needle'; params: { maximum: number; unit: 'mm'; needle: string } };

/**
 * New points start from the defaults, so the defaults must make a valid point: the depth within the
 * allowed range, the needle one of the catalogue's not retired, and no shorter than the depth.
 */
export function settingsProblem(s: Settings): SettingsProblem | null {
  if (s.defaults.depthMm < s.depthRange.min || s.defaults.depthMm > s.depthRange.max) {
    return { field: 'defaults.depthMm', reason: 'default-depth-out-of-range', params: { minimum: s.depthRange.min, maximum: s.depthRange.max, unit: 'mm' } };
  }
  const needle = findNeedle(needleCatalogue(s.needles), s.defaults.needle);
  if (!needle) return { field: 'defaults.needle', reason: 'not-in-catalogue', params: { needle: s.defaults.needle } };
  if (needle.retired) return { field: 'defaults.needle', reason: 'needle-retired', params: { needle: s.defaults.needle } };
  if (s.defaults.depthMm > needle.lengthMm) {
    return { field: 'defaults.depthMm', reason: 'default-deeper-than-needle', params: { maximum: needle.lengthMm, unit: 'mm', needle: needle.id } };
  }
  return null;
}
