/**
 * The records' recovery key as a person reads, writes and types it: 20 random bytes (160 bits) in
 * Crockford's base32, eight groups of four ("7KQ2-M9XD-…"). Crockford's alphabet has no I, L, O or U,
 * so what is read back from paper forgives the usual confusions: O is 0, I and L are 1, case and the
 * separators do not matter.
 */
export const RECOVERY_KEY_BYTES = 20;
const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;
const LENGTH = (RECOVERY_KEY_BYTES * 8) / 5;

/** The key's text, grouped: what the recovery sheet prints and what is wrapped with. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new RangeError(`A recovery key is ${RECOVERY_KEY_BYTES} bytes, not ${bytes.length}.`);
  let bits = 0;
  let value = 0;
  let symbols = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      symbols += SYMBOLS[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return symbols.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

/** The grouped text of what was typed, or null when it cannot be a recovery key (wrong length or symbol). */
export function normalizeRecoveryKey(typed: string): string | null {
  const symbols = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== LENGTH || [...symbols].some((s) => !SYMBOLS.includes(s))) return null;
  return symbols.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}
