import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ScryptParams } from '../../shared/access.ts';
import { ApiError } from '../../shared/errors.ts';
import { formatRecoveryKey, normalizeRecoveryKey, RECOVERY_KEY_BYTES } from '../../shared/recoveryKey.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { languageSchema } from '../../shared/i18n/languageSchemas.ts';
import { entityId } from '../../shared/text.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { keyIdOf, keyWrapSchema, unwrapDataKey, wrapDataKey, type KeyWrap } from './keyWrap.ts';

/**
 * The keyring beside the sealed records (data/keyring.json): the data key wrapped once for each
 * practitioner who can open the records cold (after a start), and once for the recovery key. Its
 * presence is what says the records folder is sealed. It holds no patient data: the practitioners'
 * names are in it, in clear, because the lock screen lists them before anything can be decrypted.
 */
/** `language`: the practitioner's own language of the screens, so that the lock screen speaks it before anything is decrypted. */
const practitionerWrapSchema = z.object({ id: entityId, displayName: z.string().min(1).max(200), language: languageSchema.nullable().default(null), wrap: keyWrapSchema }).strict();

export const keyringSchema = z
  .object({
    format: z.literal(1),
    /** keyIdOf(data key): which key this keyring opens, for telling another clinic's backup apart. */
    keyId: z.string().regex(/^[0-9a-f]{32}$/),
    practitioners: z.array(practitionerWrapSchema),
    /** `confirmed`: someone said the key is printed or written down; until then it is shown again at unlock. */
    recovery: z.object({ wrap: keyWrapSchema, confirmed: z.boolean() }).strict(),
  })
  .strict();
export type Keyring = z.infer<typeof keyringSchema>;

const RECOVERY = 'recovery';
const practitionerBinding = (id: string) => `practitioner:${id}`;

/** The keyring at `path`, or null when there is none (the folder is not sealed). A damaged keyring is refused, naming the field. */
export function readKeyring(path: string): Keyring | null {
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw keyringDamaged('', error);
  }
  const parsed = keyringSchema.safeParse(json);
  if (!parsed.success) throw keyringDamaged(parsed.error.issues[0]?.path.join('.') ?? '', parsed.error);
  return parsed.data;
}

export function writeKeyring(path: string, keyring: Keyring): Promise<void> {
  return writeFileAtomic(path, `${JSON.stringify(keyringSchema.parse(keyring), null, 2)}\n`);
}

function keyringDamaged(field: string, cause: unknown): ApiError {
  return new ApiError({ code: 'storage', field: field ? `keyring.${field}` : 'keyring', reason: 'keyring-damaged' }, { cause, log: `The records' keyring is damaged at "${field}".` });
}

/** A new recovery key's text (shown once, printed on the recovery sheet). */
export function newRecoveryKey(): string {
  return formatRecoveryKey(randomBytes(RECOVERY_KEY_BYTES));
}

export type PractitionerSecret = { id: string; displayName: string; passphrase: string; language?: Language | null | undefined };

/** A new keyring for `dataKey`, opened by `first`'s passphrase and by `recoveryKey`. */
export async function createKeyring(dataKey: Uint8Array, first: PractitionerSecret, recoveryKey: string, kdf: ScryptParams): Promise<Keyring> {
  const withoutAnyone: Keyring = { format: 1, keyId: keyIdOf(dataKey), practitioners: [], recovery: await recoveryWrap(dataKey, recoveryKey, kdf) };
  return withPractitioner(withoutAnyone, dataKey, first, kdf);
}

async function recoveryWrap(dataKey: Uint8Array, recoveryKey: string, kdf: ScryptParams): Promise<Keyring['recovery']> {
  const canonical = normalizeRecoveryKey(recoveryKey);
  if (!canonical) throw new RangeError('Not a recovery key.');
  return { wrap: await wrapDataKey(dataKey, canonical, RECOVERY, kdf), confirmed: false };
}

/** The keyring with `who`'s passphrase opening it (replacing an older wrap of theirs). */
export async function withPractitioner(keyring: Keyring, dataKey: Uint8Array, who: PractitionerSecret, kdf: ScryptParams): Promise<Keyring> {
  const wrap: KeyWrap = await wrapDataKey(dataKey, who.passphrase, practitionerBinding(who.id), kdf);
  const others = keyring.practitioners.filter((p) => p.id !== who.id);
  return { ...keyring, practitioners: [...others, { id: who.id, displayName: who.displayName.trim(), language: who.language ?? null, wrap }] };
}

/** The keyring with `id`'s own language of the screens (as their profile says it). */
export function withPractitionerLanguage(keyring: Keyring, id: string, language: Language | null): Keyring {
  return { ...keyring, practitioners: keyring.practitioners.map((p) => (p.id === id ? { ...p, language } : p)) };
}

/** The keyring without `id`'s wrap: a disabled practitioner's passphrase no longer opens the records cold. */
export function withoutPractitioner(keyring: Keyring, id: string): Keyring {
  return { ...keyring, practitioners: keyring.practitioners.filter((p) => p.id !== id) };
}

/** The keyring with a new recovery key (the old one stops opening the records), not yet confirmed. */
export async function withRecoveryKey(keyring: Keyring, dataKey: Uint8Array, recoveryKey: string, kdf: ScryptParams): Promise<Keyring> {
  return { ...keyring, recovery: await recoveryWrap(dataKey, recoveryKey, kdf) };
}

export function withRecoveryConfirmed(keyring: Keyring): Keyring {
  return { ...keyring, recovery: { ...keyring.recovery, confirmed: true } };
}

/** The data key opened by `id`'s passphrase, or null (no wrap for them, or not their passphrase). */
export async function openWithPassphrase(keyring: Keyring, id: string, passphrase: string): Promise<Buffer | null> {
  const entry = keyring.practitioners.find((p) => p.id === id);
  if (!entry) return null;
  return verified(keyring, await unwrapDataKey(entry.wrap, passphrase, practitionerBinding(id)));
}

/** The data key opened by the recovery key as typed, or null. */
export async function openWithRecoveryKey(keyring: Keyring, typed: string): Promise<Buffer | null> {
  const canonical = normalizeRecoveryKey(typed);
  if (!canonical) return null;
  return verified(keyring, await unwrapDataKey(keyring.recovery.wrap, canonical, RECOVERY));
}

function verified(keyring: Keyring, key: Buffer | null): Buffer | null {
  return key && keyIdOf(key) === keyring.keyId ? key : null;
}
