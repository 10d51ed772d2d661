import { z } from 'zod';
import { mapViewIdSchema, type MapViewId } from './mapViews.ts';
import { MAP_EXTENT, pointSchema, type InjectionPoint } from './point.ts';
import { entityId, requiredLine } from './text.ts';

/**
 * Protocols: a selection of points saved under a name ("knee, anterior, 12 points") and stamped onto
 * any session where the practitioner clicks. A protocol keeps the points' shape, relative to their
 * centroid, and what was injected; not their region (looked up again where it is stamped) nor their
 * product (an index into one session's cocktail, meaningless in another).
 */

const MAX_PROTOCOL_POINTS = 500;

/** What a protocol point keeps of an injection point besides its place: what is injected, and how. The one list. */
type KeptField = 'depthMm' | 'needle' | 'injector' | 'technique' | 'volumeMl' | 'note';

/** A protocol point: its offset from the protocol's centroid, in map units, and what is injected. */
export type ProtocolPoint = { dx: number; dy: number } & Pick<InjectionPoint, KeptField>;

/** The fields a protocol keeps of a point (KeptField), copied: the injector is an object of its own. */
export function keptPointFields(p: Pick<InjectionPoint, KeptField>): Pick<InjectionPoint, KeptField> {
  return { depthMm: p.depthMm, needle: p.needle, injector: { ...p.injector }, technique: p.technique, volumeMl: p.volumeMl, note: p.note } satisfies Record<KeptField, unknown>;
}

export type Protocol = {
  id: string;
  name: string;
  view: MapViewId;
  points: ProtocolPoint[];
  createdAt: string;
  createdBy: string;
};

/** Saving a selection as a protocol: the points as the editor holds them, all on the protocol's view. */
export const protocolInputSchema = z
  .object({
    name: requiredLine(120),
    view: mapViewIdSchema,
    points: z
      .array(pointSchema)
      .min(1)
      .max(MAX_PROTOCOL_POINTS),
  })
  .superRefine((input, ctx) => {
    input.points.forEach((point, index) => {
      if (point.view !== input.view) {
        ctx.addIssue({ code: 'custom', path: ['points', index, 'view'], params: { reason: 'not-protocol-view', view: input.view } });
      }
    });
  });
export type ProtocolFields = z.output<typeof protocolInputSchema>;

export const protocolListQuerySchema = z.object({ view: mapViewIdSchema.optional() });
export const protocolIdSchema = z.object({ id: entityId });

/** Names are unique regardless of case and spacing: "Knee,  anterior" is "knee, anterior". */
export function protocolNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
}

/** The points' shape relative to their centroid (the mean of their positions), with what is injected. */
export function protocolPointsFrom(points: readonly InjectionPoint[]): ProtocolPoint[] {
  if (points.length === 0) return [];
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  return points.map((p) => ({ dx: p.x - cx, dy: p.y - cy, ...keptPointFields(p) }));
}

/** Which region of a view a position lies in: `regionAt` of shared/regions.ts, or a stand-in in tests. */
export type RegionLookup = (view: MapViewId, x: number, y: number) => { id: string; label: string } | null;

/** The least shift that keeps [lo, hi] (offsets from `at`) within the map; centred if it cannot fit. */
function placeAxis(at: number, lo: number, hi: number): number {
  const min = -lo;
  const max = MAP_EXTENT - hi;
  if (min > max) return (min + max) / 2;
  return Math.min(Math.max(at, min), max);
}

const onMap = (value: number) => Math.min(Math.max(value, 0), MAP_EXTENT);

/**
 * The protocol's points, stamped so that their centroid lands at `at`, each with a new id (`newId`
 * is called once per point, in order), its region looked up where it lands, and no product.
 *
 * Near the edge of the map the whole pattern is shifted, as little as needed, so that every point lies
 * on the map (0–2000): the protocol keeps its shape and its number of points, and the centroid lands
 * as close to the click as the map allows. Nothing is dropped and no point is squeezed onto the edge
 * on its own; only a pattern wider than the map itself (which no saved selection can be) would have
 * its outlying points clamped to the edge.
 */
export function stampProtocol(
  protocol: Pick<Protocol, 'view' | 'points'>,
  at: { x: number; y: number },
  newId: () => string,
  regionLookup: RegionLookup,
): InjectionPoint[] {
  if (protocol.points.length === 0) return [];
  const dxs = protocol.points.map((p) => p.dx);
  const dys = protocol.points.map((p) => p.dy);
  const cx = placeAxis(at.x, Math.min(...dxs), Math.max(...dxs));
  const cy = placeAxis(at.y, Math.min(...dys), Math.max(...dys));
  return protocol.points.map((p) => {
    // Clamped as well: floating-point sums may overshoot the edge by a hair.
    const x = onMap(cx + p.dx);
    const y = onMap(cy + p.dy);
    return {
      id: newId(),
      view: protocol.view,
      x,
      y,
      region: regionLookup(protocol.view, x, y)?.id ?? '',
      ...keptPointFields(p),
      productIndex: null,
    };
  });
}
