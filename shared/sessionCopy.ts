import { injectorForNewPoints } from './needles.ts';
import type { InjectionPoint } from './point.ts';
import type { Session, SessionFields } from './session.ts';

/** What a new session takes over from the previous one of the course. */
export type SessionCopy = Pick<SessionFields, 'indication' | 'treatedAreas' | 'products' | 'defaultTechnique' | 'defaultNeedle' | 'injector'> & {
  points: InjectionPoint[];
};

/**
 * The start of the next session, from the previous one (pass its corrected view, see
 * sessionWithAmendments): the same chart under new point ids (`newId` is called once per point, in
 * chart order), the cocktail without lot and expiry (those belong to the vial used that day, and must
 * be entered again; so does the reason for using an expired one), the needle, technique and injector defaults, the indication and treated areas.
 * What happened in that session (VAS, side effects, aftercare, notes) is not copied.
 */
export function copyForNextSession(previous: Pick<Session, keyof SessionCopy>, newId: () => string): SessionCopy {
  return {
    indication: previous.indication,
    treatedAreas: [...previous.treatedAreas],
    products: previous.products.map((product) => ({ ...product, lot: '', expiry: '', expiredLotReason: '' })),
    defaultTechnique: previous.defaultTechnique,
    defaultNeedle: previous.defaultNeedle,
    // The copy is a new chart: its default injector and its points follow today's rule (3–18 needles on a
    // multi-injector), or its first autosave would be refused.
    injector: injectorForNewPoints(previous.injector),
    points: previous.points.map((point) => ({ ...point, injector: { ...injectorForNewPoints(point.injector) }, id: newId() })),
  };
}
