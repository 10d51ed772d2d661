import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Namespace } from '../../../shared/i18n/namespaces.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { formatRecoveryKey, RECOVERY_KEY_BYTES } from '../../../shared/recoveryKey.ts';
import { recoveryKeyProblem, recoveryKeyProblemText, recoveryKeyProgress, RECOVERY_KEY_SYMBOLS, spelledKey } from '../../../renderer/access/recoveryKeyText.ts';

let t: TFunction<Namespace[]>;
let fr: TFunction<Namespace[]>;
beforeAll(async () => {
  t = (await createTranslator('en')).t;
  fr = (await createTranslator('fr')).t;
});

const KEY = formatRecoveryKey(Uint8Array.from({ length: RECOVERY_KEY_BYTES }, (_, i) => (i * 37 + 11) & 255));

describe('the recovery key as it is typed', () => {
  it('takes a whole key however it is written: case, spaces, dashes, O for 0 and I or L for 1', () => {
    expect(RECOVERY_KEY_SYMBOLS).toBe(32);
    expect(recoveryKeyProblem(KEY, true)).toBeNull();
    expect(recoveryKeyProblem(KEY.toLowerCase().replace(/-/g, ' '), true)).toBeNull();
    expect(recoveryKeyProblem(`  ${KEY.replace(/-/g, '')}\n`, true)).toBeNull();
    expect(recoveryKeyProblem('O'.repeat(16) + 'il'.repeat(8), true)).toBeNull();
  });

  it('says at once when a character cannot be in a key, or when there are too many', () => {
    expect(recoveryKeyProblem('7KQ2-U', false)).toEqual({ reason: 'symbol', character: 'U' });
    expect(recoveryKeyProblem('7KQ2-é', false)).toEqual({ reason: 'symbol', character: 'é' });
    expect(recoveryKeyProblem('7KQ2_', false)).toEqual({ reason: 'symbol', character: '_' });
    expect(recoveryKeyProblem(`${KEY}-7`, false)).toEqual({ reason: 'tooLong', typed: 33 });
  });

  it('lets a short key be typed in peace, and says so only once it is submitted', () => {
    expect(recoveryKeyProblem('7KQ2-M9', false)).toBeNull();
    expect(recoveryKeyProblem('', false)).toBeNull();
    expect(recoveryKeyProblem('7KQ2-M9', true)).toEqual({ reason: 'tooShort', typed: 6 });
    expect(recoveryKeyProblem(' - ', true)).toEqual({ reason: 'empty' });
  });

  it('words each problem in the language of the screens', () => {
    expect(recoveryKeyProblemText(t, { reason: 'symbol', character: 'U' })).toBe('“U” cannot be part of a recovery key, which holds only digits and capital letters. Check this character on the sheet.');
    expect(recoveryKeyProblemText(t, { reason: 'tooShort', typed: 6 })).toBe('Too short: a recovery key has 32 letters and digits, and only 6 are typed.');
    expect(recoveryKeyProblemText(fr, { reason: 'tooLong', typed: 33 })).toBe('Trop long : une clé de récupération compte 32 lettres et chiffres, et 33 sont saisis.');
    expect(recoveryKeyProblemText(fr, { reason: 'empty' })).toMatch(/^Saisissez la clé de récupération : 32 lettres et chiffres/);
  });

  it('counts how far the typing has gone, separators left out', () => {
    expect(recoveryKeyProgress('7kq2 m9')).toEqual({ typed: 6, count: 32 });
    expect(recoveryKeyProgress(`${KEY}-77`)).toEqual({ typed: 32, count: 32 });
  });
});

describe('the recovery key read to a screen reader', () => {
  it('spells each symbol, group by group', () => {
    expect(spelledKey('7KQ2-M9XD')).toBe('7 K Q 2, M 9 X D');
    expect(spelledKey(KEY).split(', ')).toHaveLength(8);
  });
});
