import { describe, expect, it } from 'vitest';
import { consentHashContent, signConsentSchema, type Consent } from '../../shared/consent.ts';
import { photoConsentRefusal } from '../../shared/photoConsent.ts';

type C = Pick<Consent, 'indication' | 'signedAt' | 'withdrawal' | 'photoConsent'>;
const consent = (over: Partial<C> = {}): C => ({ indication: 'cellulite', signedAt: '2027-01-10T09:00:00.000Z', withdrawal: null, photoConsent: true, ...over });
const withdrawn = { date: '2027-02-01', reason: 'Changed her mind', recordedAt: '2027-02-01T10:00:00.000Z', recordedBy: 'Dr Test' };

describe('photos of a patient need their separate consent to photographs', () => {
  it('allows a photo when the consent in force for the session\'s indication says yes', () => {
    expect(photoConsentRefusal([consent()], 'cellulite', '2027-01-20')).toBeNull();
  });

  it('refuses it, naming the field and the reason, when the patient said no', () => {
    expect(photoConsentRefusal([consent({ photoConsent: false })], 'cellulite', '2027-01-20')).toEqual({
      code: 'conflict', field: 'photoConsent', reason: 'no-photo-consent', params: { indication: 'cellulite', answered: true },
    });
  });

  it('refuses it when no consent is in force: none signed, one for another indication, one not yet signed, or one withdrawn', () => {
    expect(photoConsentRefusal([], 'cellulite', '2027-01-20')?.reason).toBe('no-photo-consent');
    expect(photoConsentRefusal([consent({ indication: 'pain' })], 'cellulite', '2027-01-20')?.reason).toBe('no-photo-consent');
    expect(photoConsentRefusal([consent()], 'cellulite', '2027-01-09')?.reason).toBe('no-photo-consent');
    expect(photoConsentRefusal([consent({ withdrawal: withdrawn })], 'cellulite', '2027-02-02')).toMatchObject({ reason: 'no-photo-consent', params: { answered: false } });
  });

  it('follows the latest consent in force: a later no overrides an earlier yes, and the other way round', () => {
    const earlier = consent({ signedAt: '2027-01-10T09:00:00.000Z', photoConsent: true });
    const later = consent({ signedAt: '2027-03-01T09:00:00.000Z', photoConsent: false });
    expect(photoConsentRefusal([earlier, later], 'cellulite', '2027-03-02')?.reason).toBe('no-photo-consent');
    expect(photoConsentRefusal([{ ...earlier, photoConsent: false }, { ...later, photoConsent: true }], 'cellulite', '2027-03-02')).toBeNull();
  });

  it('counts a consent signed before the question was separate as yes: its declaration held the photographs', () => {
    expect(photoConsentRefusal([consent({ photoConsent: null })], 'cellulite', '2027-01-20')).toBeNull();
    expect(photoConsentRefusal([consent({ photoConsent: undefined })], 'cellulite', '2027-01-20')).toBeNull();
  });
});

describe('the answer to photographs in the signed consent', () => {
  const signed = { templateId: 't', templateVersion: 2, language: 'en' as const, text: 'x', screening: {} as never, patientSignature: { kind: 'typed' as const, name: 'P' }, practitionerSignature: { kind: 'typed' as const, name: 'D' }, signedAt: '2027-01-10T09:00:00.000Z', patientId: 'p' };

  it('is part of what the hash covers once given, and absent from what an older consent hashed', () => {
    expect(consentHashContent({ ...signed, photoConsent: false })).toMatchObject({ photoConsent: false });
    expect(consentHashContent({ ...signed, photoConsent: null })).not.toHaveProperty('photoConsent');
  });

  it('must be answered when signing: there is no default', () => {
    const input = { patientId: crypto.randomUUID(), templateId: crypto.randomUUID(), templateVersion: 2, screeningConfirmed: true, patientSignature: { kind: 'typed', name: 'P' }, practitionerSignature: { kind: 'typed', name: 'D' } };
    expect(signConsentSchema.safeParse(input).success).toBe(false);
    expect(signConsentSchema.safeParse({ ...input, photoConsent: false }).success).toBe(true);
  });
});
