import { randomUUID } from 'node:crypto';
import { createAccessControl, type AccessControl } from '../../../electron/access/accessControl.ts';
import type { ScryptParams } from '../../../shared/access.ts';

/** Cheap scrypt for tests (1 MiB): the derivation is the same code, only its cost is lower. */
export const TEST_KDF: ScryptParams = { algorithm: 'scrypt', logN: 10, r: 8, p: 1, keyLength: 32 };

/**
 * The lock for handler tests: a clock that stands still unless the test moves it (so nothing idles by
 * itself), no pause after a wrong passphrase, cheap hashes. With `name`, already unlocked as that
 * practitioner (a profile the store need not hold).
 */
export function testAccess(options: { name?: string; id?: string; now?: () => number; idleMinutes?: number } = {}): AccessControl {
  const access = createAccessControl({
    idleMinutes: () => options.idleMinutes ?? 10,
    now: options.now ?? (() => 0),
    wait: async () => {},
    kdf: TEST_KDF,
  });
  if (options.name) access.unlock({ id: options.id ?? randomUUID(), displayName: options.name });
  return access;
}
