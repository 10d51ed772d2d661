import { MAP_ARTWORK } from '../../../assets/maps/index.ts';
import type { MapViewId } from '../../../shared/mapViews.ts';
import type { Session } from '../../../shared/session.ts';
import { ChartEditor } from '../../../renderer/editor/store.ts';
import { interiorPoint } from '../../assets/polygonProbe.ts';
import { draftSession } from '../../shared/sessionFixtures.ts';

export const SESSION_ID = '7c0e5f1a-3b2d-4c6e-8f9a-0b1c2d3e4f5a';

export function session(overrides: Partial<Session> = {}): Session {
  return draftSession({
    id: SESSION_ID,
    patientId: '5b1f2d4e-8c7a-4d3b-9e2f-1a2b3c4d5e6f',
    practitioner: 'Dr Martin',
    defaultTechnique: 'nappage',
    // Long enough for every depth of the 4–6 mm range (a point is never deeper than its needle is long).
    defaultNeedle: '32G-6mm',
    ...overrides,
  });
}

/** Deterministic ids: p1, p2... (uuid-shaped, so the domain schema accepts them). */
export function idFactory(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
}

export function editor(overrides: Partial<Session> = {}): ChartEditor {
  return new ChartEditor({ session: session(overrides), depthRange: { min: 4, max: 6 }, defaultDepthMm: 4.5, newId: idFactory() });
}

/** A point well inside a named region of a view. */
export function inside(view: MapViewId, regionId: string): { x: number; y: number } {
  const region = MAP_ARTWORK[view].regions.find((r) => r.id === regionId);
  if (!region) throw new Error(`no region ${regionId} on ${view}`);
  const p = interiorPoint(region.polygon);
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
