import { z } from 'zod';
import {
  changePassphraseSchema,
  firstRunSchema,
  newPractitionerSchema,
  practitionerDisabledSchema,
  practitionerLanguageSchema,
  recoverWithKeySchema,
  unlockSchema,
  type AccessState,
  type PractitionerSummary,
} from '../access.ts';
import { practitionerRegistrationSchema } from '../registration.ts';
import type { PdfExportOutcome } from '../recordOutputs.ts';
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
  /** A forgotten passphrase: the recovery key opens the records, the practitioner's new passphrase is set, and they are unlocked. */
  recoverWithKey: { input: recoverWithKeySchema, output: returns<AccessState>() },
  /** The recovery key shown (AccessState.recoveryKeyToShow) is printed or written down: it is not shown again. */
  confirmRecoveryKey: { input: z.object({}).strict(), output: returns<AccessState>() },
  /** Replaces the recovery key with a new one (the old one stops opening the records) and shows it. */
  renewRecoveryKey: { input: z.object({}).strict(), output: returns<AccessState>() },
  /** The recovery sheet (the key shown now, the clinic, the date, what to do with it) as a PDF, saved where the user chooses. */
  exportRecoverySheet: { input: z.object({}).strict(), output: returns<PdfExportOutcome>() },
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
