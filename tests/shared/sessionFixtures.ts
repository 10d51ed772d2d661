import { pointSchema, type InjectionPoint, type InjectionPointInput } from '../../shared/point.ts';
import { productSchema } from '../../shared/product.ts';
import type { Session } from '../../shared/session.ts';

/** Ids that say where they came from: 'p1', 'p2'... */
export function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A point as the screens send it, before the schema completes it: lower abdomen, 4 mm, 30G × 4 mm. */
export function pointInput(overrides: Record<string, unknown> = {}) {
  return { id: '00000000-0000-4000-8000-000000000001', view: 'body-front', x: 400, y: 900, region: 'abdomen-lower', depthMm: 4, needle: '30G-4mm', technique: 'point-by-point', ...overrides };
}

/** A point as the schema completes it, under a short readable id (the pure functions do not check ids). */
export function chartPoint(id: string, overrides: Partial<InjectionPointInput> = {}): InjectionPoint {
  return { ...pointSchema.parse({ id: '00000000-0000-4000-8000-000000000000', view: 'body-front', x: 500, y: 900, region: 'knee-left', depthMm: 4, needle: '30G-4mm', technique: 'point', ...overrides }), id };
}

/**
 * A blank draft on 7 March 2025: no points, no products, no outcome, nothing signed. The tests and the
 * benches that need a session start from it and say what differs (one literal to extend when the
 * session gains a field).
 */
export function draftSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 'a1c3b9e2-0000-4000-8000-000000000001',
    patientId: 'a1c3b9e2-0000-4000-8000-000000000002',
    courseId: null,
    numberInCourse: null,
    date: '2025-03-07',
    time: '14:30',
    practitioner: 'Dr. Anna Kowalska',
    practitionerId: null,
    indication: 'cellulite',
    treatedAreas: ['Thighs'],
    products: [],
    defaultTechnique: 'point',
    defaultNeedle: '30G-4mm',
    injector: { kind: 'single' },
    vasBefore: null,
    vasAfter: null,
    outcomes: [],
    sideEffects: [],
    aftercare: '',
    notes: '',
    diagnosis: '',
    screening: null,
    status: 'draft',
    signedAt: null,
    signedBy: null,
    createdAt: '2025-03-07T14:30:00.000Z',
    updatedAt: '2025-03-07T14:30:00.000Z',
    points: [],
    amendments: [],
    contraindicationAck: null,
    ...overrides,
  };
}

/** A signed pain session with a two-product cocktail and three points. */
export function signedSession(overrides: Partial<Session> = {}): Session {
  return draftSession({
    date: '2025-03-03',
    time: '10:00',
    indication: 'pain',
    treatedAreas: ['Left knee'],
    products: [
      productSchema.parse({ name: 'Lidocaine 2%', concentration: '2%', dilution: '1:1', lot: 'LD2-4471', expiry: '2026-05-31', volumeMl: 1 }),
      productSchema.parse({ name: 'Piroxicam', activeIngredients: 'piroxicam 20 mg', lot: 'PX-0921', expiry: '2027-01-31', volumeMl: 1 }),
    ],
    injector: { kind: 'multi', needleCount: 5 },
    vasBefore: 7,
    vasAfter: 3,
    sideEffects: ['wheals'],
    aftercare: 'Ice for 10 minutes',
    notes: 'Tolerated well',
    status: 'signed',
    signedAt: '2025-03-03T10:30:00.000Z',
    signedBy: 'Dr. Anna Kowalska',
    createdAt: '2025-03-03T10:00:00.000Z',
    updatedAt: '2025-03-03T10:30:00.000Z',
    points: [
      chartPoint('p1', { x: 480, y: 880, productIndex: 0, volumeMl: 0.1, note: 'medial' }),
      chartPoint('p2', { x: 520, y: 880, productIndex: 1, depthMm: 5, needle: '32G-4mm', technique: 'nappage' }),
      chartPoint('p3', { x: 500, y: 940, injector: { kind: 'multi', needleCount: 5 } }),
    ],
    ...overrides,
  });
}
