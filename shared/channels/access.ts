import { z } from 'zod';
import {
  changePassphraseSchema,
  firstRunSchema,
  newPractitionerSchema,
  practitionerDisabledSchema,
  practitionerLanguageSchema,
  unlockSchema,
  type AccessState,
  type PractitionerSummary,
} from '../access.ts';
import { practitionerRegistrationSchema } from '../registration.ts';
import { returns, type ChannelContract } from './contract.ts';

/**
 * Practitioner profiles and the lock. While locked only appInfo, listPractitioners, unlock, lock and
 * createFirstPractitioner answer (OPEN_WHILE_LOCKED); every other channel refuses with 'locked-out'
 * and reads or writes nothing.
 */
export const ACCESS_CHANNELS = {
  /** Who may unlock, who is unlocked (if anyone), the idle minutes before the app locks again. */
  listPractitioners: { input: z.object({}).strict(), output: returns<AccessState>() },
  /** First run only (no profile yet): creates the first practitioner, records the clinic's details (settings) and unlocks as them. */
  createFirstPractitioner: { input: firstRunSchema, output: returns<AccessState>() },
  /** Checks the passphrase (slowly, and slower after failures) and unlocks as that practitioner. */
  unlock: { input: unlockSchema, output: returns<AccessState>() },
  lock: { input: z.object({}).strict(), output: returns<AccessState>() },
  /** The user is at work (keys, pointer) though no record was touched: pushes the idle deadline back. */
  reportActivity: { input: z.object({}).strict(), output: returns<AccessState>() },
  addPractitioner: { input: newPractitionerSchema, output: returns<PractitionerSummary>() },
  /** Changes the unlocked practitioner's own passphrase; the current one must be given. */
  changePassphrase: { input: changePassphraseSchema, output: returns<PractitionerSummary>() },
  setPractitionerDisabled: { input: practitionerDisabledSchema, output: returns<PractitionerSummary>() },
  /** Sets the unlocked practitioner's own language of the screens (null: the clinic's). */
  setPractitionerLanguage: { input: practitionerLanguageSchema, output: returns<PractitionerSummary>() },
  /** Sets the unlocked practitioner's own registration and qualification (printed on every record); audited. */
  setPractitionerRegistration: { input: practitionerRegistrationSchema, output: returns<PractitionerSummary>() },
} as const satisfies Record<string, ChannelContract>;
