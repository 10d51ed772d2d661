import { describe, expect, it } from 'vitest';
import { actor, courseFields, defaults, openTestStore, patientFields, screeningWith, sessionDraft } from './fixtures.ts';
import { importFileOf } from './importFixtures.ts';

const clock = (iso: string) => () => new Date(iso);

describe('the screening each session keeps', () => {
  it('copies the screening confirmed unchanged, with who confirmed it and when', () => {
    const { store } = openTestStore(undefined, { now: clock('2025-01-06T09:00:00.000Z') });
    const patient = store.createPatient(patientFields({ screening: screeningWith('anticoagulants'), medication: 'Apixaban 5 mg twice daily' }), actor);
    const session = store.createSession(sessionDraft(patient.id, { screening: { kind: 'unchanged' } }), defaults, actor);
    expect(session.screening).toEqual({ screening: screeningWith('anticoagulants'), medication: 'Apixaban 5 mg twice daily', confirmedAt: '2025-01-06T09:00:00.000Z', confirmedBy: actor.name, updated: false });
    expect(store.getSession(session.id)?.screening).toEqual(session.screening);
    expect(store.listAudit(session.id)[0]).toMatchObject({ action: 'session.create', detail: { screening: 'unchanged' } });
  });

  it('takes an update at the start: the copy holds it, the patient file gets it (audited), earlier sessions keep theirs', () => {
    const { store } = openTestStore(undefined, { now: clock('2025-01-13T09:00:00.000Z') });
    const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
    const first = store.createSession(sessionDraft(patient.id, { date: '2025-01-06' }), defaults, actor);
    store.signSession(first.id, actor);

    const pregnant = { ...screeningWith('pregnancy'), screenedOn: '2025-01-13' };
    const second = store.createSession(sessionDraft(patient.id, { date: '2025-01-13', screening: { kind: 'updated', screening: pregnant, medication: 'Folic acid' } }), defaults, actor);

    expect(second.screening).toMatchObject({ screening: pregnant, medication: 'Folic acid', updated: true });
    expect(store.getPatient(patient.id)).toMatchObject({ screening: pregnant, medication: 'Folic acid' });
    expect(store.getSession(first.id)?.screening?.screening).toEqual(screeningWith());
    expect(store.listAudit(patient.id).at(-1)).toMatchObject({ action: 'patient.update', detail: { fields: ['medication', 'screening'], atSessionStart: true } });
  });

  it('writes nothing, not even the patient update, when the session is refused', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
    const update = { kind: 'updated' as const, screening: screeningWith('herpes'), medication: '' };
    expect(() => store.createSession(sessionDraft(patient.id, { consentOverride: undefined, screening: update }), defaults, actor)).toThrow(expect.objectContaining({ reason: 'consent-required' }));
    expect(store.getPatient(patient.id)?.screening).toEqual(screeningWith());
  });

  it('keeps a diagnosis: given, or the course\'s by default', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields(), actor);
    const course = store.createCourse(courseFields(patient.id, { diagnosis: 'Chronic low back pain, L4–L5' }), actor);
    expect(store.createSession(sessionDraft(patient.id, { courseId: course.id }), defaults, actor).diagnosis).toBe('Chronic low back pain, L4–L5');
    expect(store.createSession(sessionDraft(patient.id, { courseId: course.id, diagnosis: 'Facet pain, right' }), defaults, actor).diagnosis).toBe('Facet pain, right');
    expect(store.createSession(sessionDraft(patient.id), defaults, actor).diagnosis).toBe('');
  });

  it('travels with the patient export and import: the copy, the diagnosis, the medication', () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields({ screening: screeningWith('keloid'), medication: 'Isotretinoin stopped in 2023' }), actor);
    const course = store.createCourse(courseFields(patient.id, { diagnosis: 'Hypertrophic scar, left shoulder' }), actor);
    const session = store.createSession(sessionDraft(patient.id, { courseId: course.id }), defaults, actor);
    const doc = JSON.parse(JSON.stringify(store.exportPatient(patient.id, actor)));
    const { store: target } = openTestStore();
    target.importPatient(doc, importFileOf(doc), actor);
    expect(target.getSession(session.id)).toMatchObject({ diagnosis: 'Hypertrophic scar, left shoulder', screening: session.screening });
    expect(target.getPatient(patient.id)?.medication).toBe('Isotretinoin stopped in 2023');
    expect(target.getCourse(course.id)?.diagnosis).toBe('Hypertrophic scar, left shoulder');
  });
});
