import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Namespace } from '../../../shared/i18n/namespaces.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { firstRunFieldOf, firstRunProblems } from '../../../renderer/access/accessState.ts';

let t: TFunction<Namespace[]>;
beforeAll(async () => {
  t = (await createTranslator('en')).t;
});

describe('the first-run form', () => {
  it("asks for the clinic's name with the profile, every problem at once in the form's order", () => {
    const problems = firstRunProblems(t, { clinicName: '  ', displayName: '', passphrase: 'short', confirm: 'other', understood: false });
    expect(problems.map((p) => p.field)).toEqual(['clinicName', 'displayName', 'passphrase', 'confirm', 'understood']);
    expect(problems[0]!.message).toBe('Enter the clinic’s name: it heads every printed record.');
    // Nobody creates sealed records without saying they read what losing both passphrase and key means.
    expect(problems[4]!.message).toBe('Tick the box to confirm that you have read how the records are protected.');
  });

  it('has nothing to say about a complete form (address and phone may stay empty)', () => {
    expect(firstRunProblems(t, { clinicName: 'Cabinet du Parc', displayName: 'Dr A', passphrase: 'a long passphrase', confirm: 'a long passphrase', understood: true })).toEqual([]);
  });

  it("places a refusal of the main process at the field it names, the clinic's included", () => {
    expect(firstRunFieldOf('clinic.name')).toBe('clinicName');
    expect(firstRunFieldOf('clinic.phone')).toBe('clinicPhone');
    expect(firstRunFieldOf('passphrase')).toBe('passphrase');
    expect(firstRunFieldOf('language')).toBeNull();
    expect(firstRunFieldOf(null)).toBeNull();
  });
});
