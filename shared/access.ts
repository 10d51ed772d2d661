import { z } from 'zod';
import type { Language } from './i18n/languages.ts';
import { languageSchema } from './i18n/languageSchemas.ts';
import { entityId, requiredLine } from './text.ts';
import type { Registration } from './registration.ts';
import { clinicSchema } from './settings.ts';

/**
 * Practitioner profiles and the lock, as both sides of the boundary see them. The passphrase crosses
 * the boundary only to be checked or set; the main process keeps a salted scrypt hash of it, never the
 * passphrase itself (electron/access/passphrase.ts).
 */

/** Long enough to resist guessing with a slow key derivation; bounded so it cannot be abused. */
export const MIN_PASSPHRASE_LENGTH = 10;
const MAX_PASSPHRASE_LENGTH = 1024;

const passphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH)
  .max(MAX_PASSPHRASE_LENGTH);

/** A passphrase being checked (not set): any text, so an old shorter one still gets a plain "wrong passphrase". */
const passphraseAttemptSchema = z
  .string()
  .min(1)
  .max(MAX_PASSPHRASE_LENGTH);

const practitionerNameSchema = requiredLine(120);

/**
 * How a passphrase hash was made: stored with it, so that stronger parameters later leave old ones
 * verifiable. The bounds refuse anything unexpected read back from the database rather than trust it
 * (too cheap to resist guessing, or costly enough to stall an unlock).
 */
export const scryptParamsSchema = z.object({
  algorithm: z.literal('scrypt'),
  logN: z.int().min(10).max(22),
  r: z.int().min(1).max(32),
  p: z.int().min(1).max(16),
  keyLength: z.int().min(16).max(64),
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

/** What is kept of a passphrase: a random salt and scrypt(passphrase, salt), base64; never the passphrase. */
export type PassphraseCredential = { salt: string; hash: string; params: ScryptParams };

/** A practitioner as lists show it: no secret material. */
export type PractitionerSummary = {
  id: string;
  displayName: string;
  createdAt: string;
  disabled: boolean;
  /** The language of the screens while this practitioner is unlocked; null: the clinic's (settings.language). */
  language: Language | null;
  /** The registration with the country's medical register (shared/registration.ts); null until given. */
  registration: Registration | null;
  /** The qualification printed under the name ("Médecin, DIU de mésothérapie"); '' until given. */
  qualification: string;
};

/** A profile with what its passphrase is checked against (main process only; never sent to the renderer). */
export type PractitionerWithCredential = PractitionerSummary & { credential: PassphraseCredential | null };

/**
 * What the lock screen needs to know, and all that a locked app tells: who may unlock, who (if anyone)
 * is unlocked, and after how many idle minutes the app locks again.
 */
export type AccessState = {
  practitioners: PractitionerSummary[];
  current: PractitionerSummary | null;
  idleMinutes: number;
  /**
   * The records' recovery key, to an unlocked practitioner only, until one of them confirms it is printed
   * or written down (the records were just sealed, or the key was renewed): the one moment it is shown.
   */
  recoveryKeyToShow: string | null;
  /**
   * Why sealing a plaintext folder failed at this start's unlock (an ApiError reason, e.g. 'sealing-failed'),
   * to an unlocked practitioner; null when the folder is sealed or was not tried. The records stay as
   * they were, and the next unlock tries again.
   */
  sealingProblem: string | null;
};

export const newPractitionerSchema = z
  .object({ displayName: practitionerNameSchema, passphrase: passphraseSchema, language: languageSchema.nullable().default(null) })
  .strict();

/**
 * First run: the first practitioner and, with them, the clinic's details for the header of every printed
 * record (kept in the settings). Left out, the settings' clinic stays as it is.
 */
export const firstRunSchema = z.object({ ...newPractitionerSchema.shape, clinic: clinicSchema.optional() }).strict();

/** The unlocked practitioner's own language (null: the clinic's). */
export const practitionerLanguageSchema = z.object({ language: languageSchema.nullable() }).strict();

export const unlockSchema = z.object({ practitionerId: entityId, passphrase: passphraseAttemptSchema }).strict();

/**
 * A forgotten passphrase: the records' recovery key (as typed: spaces, dashes and case do not matter)
 * opens them, and the practitioner sets a new passphrase.
 */
export const recoverWithKeySchema = z
  .object({ practitionerId: entityId, recoveryKey: z.string().min(1).max(200), next: passphraseSchema })
  .strict();

export const changePassphraseSchema = z.object({ current: passphraseAttemptSchema, next: passphraseSchema }).strict();

export const practitionerDisabledSchema = z.object({ id: entityId, disabled: z.boolean() }).strict();

/** The channels a locked app still answers: enough to show the lock screen and to unlock. */
export const OPEN_WHILE_LOCKED = ['appInfo', 'listPractitioners', 'unlock', 'lock', 'createFirstPractitioner', 'recoverWithKey'] as const;

/** A display name's key: two profiles may not differ only in case or spacing (signatures name them). */
export function practitionerNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
