import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, normalizeRecoveryKey, RECOVERY_KEY_BYTES } from '../../shared/recoveryKey.ts';

describe('the recovery key as read and typed', () => {
  it('writes 20 bytes as eight groups of four of Crockford’s symbols, and reads them back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: RECOVERY_KEY_BYTES, maxLength: RECOVERY_KEY_BYTES }), (bytes) => {
        const text = formatRecoveryKey(bytes);
        expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
        expect(normalizeRecoveryKey(text)).toBe(text);
      }),
    );
  });

  it('forgives case, spaces, missing dashes and the letters read as digits (O for 0, I and L for 1)', () => {
    const text = formatRecoveryKey(new Uint8Array(RECOVERY_KEY_BYTES).fill(0x08));
    const typed = text.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(normalizeRecoveryKey(typed)).toBe(text);
  });

  it('refuses what cannot be a key: too short, too long, a symbol outside the alphabet', () => {
    const text = formatRecoveryKey(new Uint8Array(RECOVERY_KEY_BYTES).fill(0xa5));
    expect(normalizeRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(normalizeRecoveryKey(`${text}7`)).toBeNull();
    expect(normalizeRecoveryKey(`U${text.slice(1)}`)).toBeNull();
    expect(() => formatRecoveryKey(new Uint8Array(19))).toThrow(RangeError);
  });
});
