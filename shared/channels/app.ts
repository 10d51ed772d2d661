import { z } from 'zod';
import type { UiLanguage } from '../i18n/languages.ts';
import { settingsPatchSchema, type Settings } from '../settings.ts';
import { returns, type ChannelContract } from './contract.ts';

export type AppInfo = {
  version: string;
  dataDir: string;
  databasePath: string;
  /** The records' schema version; null while sealed records are not yet opened (before the first unlock). */
  schemaVersion: number | null;
  /** The language and time zone the screens start in, before anyone unlocks (null: not chosen yet, the system's). */
  language: UiLanguage | null;
  timeZone: string | null;
};

/** The application and its preferences. */
export const APP_CHANNELS = {
  appInfo: { input: z.object({}).strict(), output: returns<AppInfo>() },
  getSettings: { input: z.object({}).strict(), output: returns<Settings>() },
  updateSettings: { input: settingsPatchSchema, output: returns<Settings>() },
} as const satisfies Record<string, ChannelContract>;
