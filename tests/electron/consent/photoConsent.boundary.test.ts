import { describe, expect, it } from 'vitest';
import { emptyScreening } from '../../../shared/contraindications.ts';
import { actor, defaults, openTestStore, patientFields, sessionDraft, thrownBy } from '../store/fixtures.ts';
import { PNG } from './consentFixtures.ts';

// The separate consent to photographs at the boundary: the store refuses a photo of a patient whose
// consent in force for the session's indication does not say yes (shared/photoConsent.ts), naming the
// field and the reason. Passes once the lead wires photoConsentRefusal into the photo-adding store method
// and photoConsent into signConsent (see H6's report).

const HASH = 'a'.repeat(64);

function setUp() {
  const { store } = openTestStore(undefined, { now: () => new Date('2025-01-06T10:00:00.000Z') });
  const patient = store.createPatient(patientFields({ screening: emptyScreening('2025-01-02') }), actor);
  const session = store.createSession(sessionDraft(patient.id, { indication: 'cellulite', treatedAreas: ['Thighs, outer'] }), defaults, actor);
  const template = store.listConsentTemplates('cellulite', 'en')[0]!;
  const sign = (photoConsent: boolean) => {
    // A variable, not a literal: it type-checks before and after photoConsent joins SignConsentRecord.
    const input = { patientId: patient.id, templateId: template.templateId, templateVersion: template.version, patientSignature: { kind: 'drawn' as const, name: 'P', png: PNG }, practitionerSignature: { kind: 'drawn' as const, name: 'D', png: PNG }, photoConsent };
    return store.signConsent(input, actor);
  };
  const addPhoto = () => store.addPhoto({ sessionId: session.id, pose: 'front', caption: '', fileName: 'IMG.JPG', hash: HASH, format: 'jpeg', width: 10, height: 10, bytes: 100 }, undefined, actor);
  return { store, patient, session, sign, addPhoto };
}

describe('photos need the patient\'s separate consent to photographs', () => {
  it('refuses a photo when no consent is in force for the session\'s indication', () => {
    const { store, session, addPhoto } = setUp();
    expect(thrownBy(addPhoto)).toMatchObject({ code: 'conflict', field: 'photoConsent', reason: 'no-photo-consent', params: { indication: 'cellulite' } });
    expect(store.listPhotos({ patientId: session.patientId })).toEqual([]);
  });

  it('records the answer with the signed consent, and refuses a photo when it was no', () => {
    const { store, sign, addPhoto, patient } = setUp();
    const declined = sign(false);
    expect(store.getConsent(declined.id)?.photoConsent).toBe(false);
    expect(thrownBy(addPhoto)).toMatchObject({ field: 'photoConsent', reason: 'no-photo-consent' });
    expect(store.listPhotos({ patientId: patient.id })).toEqual([]);
  });

  it('takes a photo once the patient said yes', () => {
    const { store, sign, addPhoto } = setUp();
    expect(store.getConsent(sign(true).id)?.photoConsent).toBe(true);
    expect(addPhoto()).toMatchObject({ pose: 'front', hash: HASH });
  });
});
