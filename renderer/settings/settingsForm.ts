import { z } from 'zod';
import { ApiError, invalidInput } from '../../shared/errors.ts';
import { parseDecimal } from '../../shared/format/parseDecimal.ts';
import { settingsPatchSchema, settingsProblem, settingsSchema, type Settings, type SettingsPatch } from '../../shared/settings.ts';
import type { UiLanguage } from '../../shared/i18n/languages.ts';

/** The preferences as the settings screen edits them: text, so that a half-typed number is kept. */
export type SettingsForm = {
  clinicName: string;
  clinicAddress: string;
  clinicPhone: string;
  /** The clinic's language; '' while none was chosen (the system's is used). */
  language: string;
  /** The clinic's time zone; '' for the system's. */
  timeZone: string;
  /** The clinic's country (ISO 3166-1 alpha-2); '' while none is set (no country's restrictions shown). */
  country: string;
  depthMm: string;
  needle: string;
  technique: string;
  depthMin: string;
  depthMax: string;
  idleMinutes: string;
  backupKeep: string;
  backupIntervalHours: string;
  stockExpiryWarningDays: string;
  stockLowUnits: string;
  /** Whether a typed name may stand for a signature drawn on the pad (informed consent). */
  allowTypedSignature: boolean;
};

export type SettingsFormField = keyof SettingsForm;
/** The fields typed as text (every one but the switches). */
export type SettingsTextField = { [K in SettingsFormField]: SettingsForm[K] extends string ? K : never }[SettingsFormField];
/** What is wrong with a field, as data: the screen words it (renderer/i18n/errorText.ts). */
export type SettingsFormProblem = { field: SettingsFormField; error: ApiError };

/** Where each setting lives in the settings document ("depthRange.max"), for errors from either side. */
const PATHS: Record<SettingsFormField, string> = {
  clinicName: 'clinic.name',
  clinicAddress: 'clinic.address',
  clinicPhone: 'clinic.phone',
  language: 'language',
  timeZone: 'timeZone',
  country: 'country',
  depthMm: 'defaults.depthMm',
  needle: 'defaults.needle',
  technique: 'defaults.technique',
  depthMin: 'depthRange.min',
  depthMax: 'depthRange.max',
  idleMinutes: 'lock.idleMinutes',
  backupKeep: 'backups.keep',
  backupIntervalHours: 'backups.intervalHours',
  stockExpiryWarningDays: 'stockExpiryWarningDays',
  stockLowUnits: 'stockLowUnits',
  allowTypedSignature: 'consent.allowTypedSignature',
};

/** The catalogue key of each field's label. */
export const SETTINGS_FIELD_LABEL_KEYS = {
  clinicName: 'settings:field.clinicName',
  clinicAddress: 'settings:field.clinicAddress',
  clinicPhone: 'settings:field.clinicPhone',
  language: 'settings:field.language',
  timeZone: 'settings:field.timeZone',
  country: 'settings:field.country',
  depthMm: 'settings:field.depthMm',
  needle: 'settings:field.needle',
  technique: 'settings:field.technique',
  depthMin: 'settings:field.depthMin',
  depthMax: 'settings:field.depthMax',
  idleMinutes: 'settings:field.idleMinutes',
  backupKeep: 'settings:field.backupKeep',
  backupIntervalHours: 'settings:field.backupIntervalHours',
  stockExpiryWarningDays: 'settings:field.stockExpiryWarningDays',
  stockLowUnits: 'settings:field.stockLowUnits',
  allowTypedSignature: 'settings:field.allowTypedSignature',
} as const satisfies Record<SettingsFormField, string>;

/** The form field a settings path names ("depthRange.max" → depthMax), or null. */
export function fieldOfPath(path: string | null): SettingsFormField | null {
  if (!path) return null;
  const entry = (Object.entries(PATHS) as [SettingsFormField, string][]).find(([, p]) => p === path || path.startsWith(`${p}.`));
  if (entry) return entry[0];
  if (path === 'depthRange') return 'depthMax';
  return null;
}

export function formFromSettings(s: Settings): SettingsForm {
  return {
    clinicName: s.clinic.name,
    clinicAddress: s.clinic.address,
    clinicPhone: s.clinic.phone,
    language: s.language ?? '',
    timeZone: s.timeZone ?? '',
    country: s.country ?? '',
    depthMm: String(s.defaults.depthMm),
    needle: s.defaults.needle,
    technique: s.defaults.technique,
    depthMin: String(s.depthRange.min),
    depthMax: String(s.depthRange.max),
    idleMinutes: String(s.lock.idleMinutes),
    backupKeep: String(s.backups.keep),
    backupIntervalHours: String(s.backups.intervalHours),
    stockExpiryWarningDays: String(s.stockExpiryWarningDays),
    stockLowUnits: String(s.stockLowUnits),
    allowTypedSignature: s.consent.allowTypedSignature,
  };
}

/** "4,5" and " 4.5 " are 4.5; an empty or non-numeric entry is NaN (refused by the schema as not a number). */
export function parseNumber(text: string): number {
  const n = parseDecimal(text);
  return typeof n === 'number' ? n : Number.NaN;
}

/**
 * The change to send, or what is wrong with the form, field by field, checked with the same schema and
 * rule (default depth inside the allowed range) as the main process. The language is sent once chosen
 * (it is never unset again); the time zone is null for the system's.
 */
export function patchFromForm(form: SettingsForm, current: Settings): { ok: true; patch: SettingsPatch } | { ok: false; problems: SettingsFormProblem[] } {
  const patch = {
    clinic: { name: form.clinicName, address: form.clinicAddress, phone: form.clinicPhone },
    ...(form.language === '' ? {} : { language: form.language as UiLanguage }),
    timeZone: form.timeZone === '' ? null : form.timeZone,
    country: form.country === '' ? null : form.country,
    defaults: { depthMm: parseNumber(form.depthMm), needle: form.needle, technique: form.technique },
    depthRange: { min: parseNumber(form.depthMin), max: parseNumber(form.depthMax) },
    lock: { idleMinutes: parseNumber(form.idleMinutes) },
    backups: { keep: parseNumber(form.backupKeep), intervalHours: parseNumber(form.backupIntervalHours) },
    consent: { allowTypedSignature: form.allowTypedSignature },
    stockExpiryWarningDays: parseNumber(form.stockExpiryWarningDays),
    stockLowUnits: parseNumber(form.stockLowUnits),
  };
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const problems: SettingsFormProblem[] = [];
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path.map(String).join('.'));
      if (field && !problems.some((p) => p.field === field)) problems.push({ field, error: invalidInput(new z.ZodError([issue]), patch) });
    }
    return { ok: false, problems: problems.length > 0 ? problems : [{ field: 'clinicName', error: invalidInput(parsed.error, patch) }] };
  }
  const next = settingsSchema.parse({ ...current, ...parsed.data });
  const problem = settingsProblem(next);
  if (problem) return { ok: false, problems: [{ field: fieldOfPath(problem.field) ?? 'depthMm', error: new ApiError({ code: 'invalid-input', ...problem }) }] };
  return { ok: true, patch: parsed.data };
}

/** True when the form differs from the settings it was made from. */
export function formChanged(form: SettingsForm, s: Settings): boolean {
  const saved = formFromSettings(s);
  return (Object.keys(saved) as SettingsFormField[]).some((k) => saved[k] !== form[k]);
}
