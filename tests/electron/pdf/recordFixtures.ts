import { MAP_ARTWORK } from '../../../assets/maps/index.ts';
import { emptyScreening } from '../../../shared/contraindications.ts';
import { addDays } from '../../../shared/courseSchedule.ts';
import { courseInputSchema } from '../../../shared/course.ts';
import type { MapViewId } from '../../../shared/mapViews.ts';
import { NEEDLES } from '../../../shared/needles.ts';
import { patientInputSchema, type Patient } from '../../../shared/patient.ts';
import { pointSchema, type InjectionPoint } from '../../../shared/point.ts';
import { productSchema } from '../../../shared/product.ts';
import { regionAt } from '../../../shared/regions.ts';
import type { Actor, SessionDefaults } from '../../../shared/repository.ts';
import type { Course } from '../../../shared/course.ts';
import type { Session } from '../../../shared/session.ts';
import { sessionDraftInputSchema } from '../../../shared/session.ts';
import type { SqliteRecordStore } from '../../../electron/store/recordStore.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings.ts';

/**
 * A realistic course in a real store, for the PDF tests and the benchmark: a patient whose name needs
 * more than Latin-1 (ł, ß, é and a Cyrillic middle name), a positive screening acknowledged, a cocktail
 * of three products with lots (one expired), sessions with points spread over the regions of two
 * views, VAS falling over the course, the last session a draft, one session amended (a lot corrected).
 */

export const actor: Actor = { name: 'Dr. Élodie Brühl' };
const defaults: SessionDefaults = { defaultTechnique: 'point', defaultNeedle: '30G-4mm', injector: { kind: 'single' } };

export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  practitionerName: 'Dr. Élodie Brühl',
  clinic: { name: 'Clinique Esthétique Lumière', address: '12 rue de la Paix\n75002 Paris', phone: '+33 1 42 60 00 00' },
};

/** A small deterministic generator, so that every run draws the same chart. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` points on `views`, each inside a named region, with varied depth, needle and products. */
export function chart(count: number, seed: number, views: MapViewId[] = ['body-back', 'body-front']): InjectionPoint[] {
  const rnd = random(seed);
  const out: InjectionPoint[] = [];
  let n = 0;
  while (out.length < count) {
    n += 1;
    const view = views[out.length % views.length] as MapViewId;
    const art = MAP_ARTWORK[view];
    // Most points in the lower back and thighs, as a pain or cellulite course would have them.
    const x = art.width * (0.3 + rnd() * 0.4);
    const y = art.height * (0.35 + rnd() * 0.3);
    const region = regionAt(view, x, y);
    if (!region) continue;
    const i = out.length;
    const multi = i % 17 === 5;
    out.push(
      pointSchema.parse({
        id: `00000000-0000-4000-8000-${String(seed).padStart(4, '0')}${String(i).padStart(8, '0')}`,
        view,
        x: Math.round(x),
        y: Math.round(y),
        region: region.id,
        depthMm: 4 + (Math.floor(rnd() * 5) * 0.5),
        needle: (NEEDLES[i % 3 === 0 ? 0 : i % 3 === 1 ? 2 : 5] ?? NEEDLES[0]).id,
        technique: i % 4 === 0 ? 'nappage' : 'point',
        injector: multi ? { kind: 'multi', needleCount: 5 } : { kind: 'single' },
        productIndex: i % 3,
        volumeMl: i % 5 === 0 ? null : 0.05 + (i % 4) * 0.05,
        note: i % 23 === 7 ? 'Patient reported a sharp sensation here; reduced depth for the next points in this area.' : '',
      }),
    );
  }
  return out;
}

export function cocktail(sessionNumber: number) {
  return [
    // Kinds as used: two medicinal products picked from a catalogue, the third typed by hand (no kind).
    productSchema.parse({ name: 'Lidocaine 2%', activeIngredients: 'lidocaine hydrochloride', concentration: '2%', dilution: '1:4 in saline', volumeMl: 1, lot: 'LD2-4471', expiry: '2026-05-31', kind: 'medicinal' }),
    productSchema.parse({ name: 'Piroxicam 20 mg', activeIngredients: 'piroxicam', concentration: '20 mg/ml', dilution: '1:2', volumeMl: 1, lot: `PX-09${20 + (sessionNumber % 3)}`, expiry: '2027-01-31', kind: 'medicinal' }),
    // Expired from the third weekly session on (20 January): signing it then needs the reason (shared/expiredLot.ts).
    productSchema.parse({ name: 'Thiocolchicoside', activeIngredients: 'thiocolchicoside 4 mg', concentration: '4 mg/2 ml', dilution: 'neat', volumeMl: 2, lot: 'TC-118', expiry: '2025-01-15', expiredLotReason: sessionNumber >= 3 ? 'Sole vial in stock' : '' }),
  ];
}

export type CourseFixture = { patient: Patient; course: Course; sessions: Session[] };

/** A patient and one course of `sessions` sessions with `pointsPerSession` points each. */
export function populateCourse(store: SqliteRecordStore, options: { sessions: number; pointsPerSession: number; plannedSessions?: number; patient?: Partial<Patient> }): CourseFixture {
  const screening = emptyScreening('2025-01-02');
  screening.answers.anticoagulants = { present: true, note: 'Apixaban 5 mg twice daily; INR not applicable. Cleared by GP on 2 January.' };
  const patient = store.createPatient(
    patientInputSchema.parse({ firstName: 'Łucja Ольга', lastName: 'Groß-Wiśniewska', dateOfBirth: '1979-11-23', sex: 'female', allergies: 'Penicillin', screening, ...options.patient }),
    actor,
  );
  const course = store.createCourse(courseInputSchema.parse({ patientId: patient.id, indication: 'pain', area: 'Lumbar spine and thighs', plannedSessions: options.plannedSessions ?? 10, startDate: '2025-01-06' }), actor);
  const sessions: Session[] = [];
  for (let i = 0; i < options.sessions; i += 1) {
    const date = i < (options.plannedSessions ?? 10) ? addDays('2025-01-06', i * 7) : addDays('2025-01-06', 63 + (i - 9) * 30);
    const draft = store.createSession(sessionDraftInputSchema.parse({ patientId: patient.id, courseId: course.id, date, time: '10:30', practitioner: actor.name, indication: 'pain', treatedAreas: ['Lumbar spine', 'Thighs, posterior'], consentOverride: 'Consent signed on paper; scanned into the patient file.' }), defaults, actor);
    store.saveSession(
      draft.id,
      {
        products: cocktail(i + 1),
        injector: { kind: 'single' },
        vasBefore: Math.max(1, 8 - Math.floor(i / 2)),
        vasAfter: Math.max(0, 5 - Math.floor(i / 2)),
        sideEffects: i % 3 === 0 ? ['wheals', 'redness'] : ['wheals'],
        aftercare: 'Ice packs 10 minutes; no sport, sauna or sun for 24 hours; paracetamol if needed.',
        notes: i === 0 ? 'First session. Patient anxious about needles; explained the procedure. Tolerated well.' : `Session ${i + 1}: steady improvement of lumbar stiffness in the mornings.`,
      },
      chart(options.pointsPerSession, i + 1),
      actor,
    );
    store.acknowledgeContraindications(draft.id, actor);
    const last = i === options.sessions - 1;
    if (!last) store.signSession(draft.id, actor);
    sessions.push(store.getSession(draft.id) as Session);
  }
  // A lot read wrongly at the second session, corrected after signing.
  const second = sessions[1];
  if (second && second.status === 'signed') {
    const products = second.products.map((p, i) => (i === 1 ? { ...p, lot: 'PX-0999', expiry: '2027-02-28' } : p));
    store.amendSession(second.id, { reason: 'Lot of the piroxicam read from the wrong vial; corrected from the box.', fields: { products, vasAfter: 4 } }, actor);
    sessions[1] = store.getSession(second.id) as Session;
  }
  return { patient, course, sessions };
}
