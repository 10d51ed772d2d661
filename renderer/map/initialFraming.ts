import type { Namespace, TFunction } from 'i18next';
import { clinicalText, idKey } from '../../shared/clinicalText.ts';
import { SUGGESTED_AREA_IDS } from '../../shared/indications.ts';
import { areaRegions } from '../../shared/map/areaRegions.ts';
import { boundingBox } from '../../shared/map/boundingBox.ts';
import { MAP_GEOMETRY } from '../../shared/map/index.ts';
import type { MapRegion } from '../../shared/map/viewGeometry.ts';
import { pointsSeenOn } from '../../shared/map/viewProjection.ts';
import { MAP_VIEWS, type MapViewId } from '../../shared/mapViews.ts';
import type { MapBox } from './gestures.ts';

/**
 * What a session's map opens framed on, per view (the gesture reducer's opening frames): the view's
 * points, or else the regions of its treated areas, or else nothing (the whole view, fitted). A
 * knee session opens on the knee, not on the whole body.
 */

/** Room around the framed points, as a share of their extent (labels moved aside need some). */
const MARGIN_SHARE = 0.3;
/** ...and never less than this, in view units. */
const MIN_MARGIN = 60;
/**
 * The smallest frame, as a share of the view's shorter side: one point opens on its surroundings (about
 * a knee on the body, an eye and a cheek on the face), not magnified to the zoom limit.
 */
const MIN_FRAME_SHARE = 0.3;

type Box = MapBox;
type Placed = { view: MapViewId; x: number; y: number };


/** A box grown by its margin, then to the smallest frame about its centre. */
function framed(box: Box, view: MapViewId): Box {
  const { width, height } = MAP_GEOMETRY[view];
  const margin = Math.max(MIN_MARGIN, MARGIN_SHARE * Math.max(box.maxX - box.minX, box.maxY - box.minY));
  const least = MIN_FRAME_SHARE * Math.min(width, height);
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  const hw = Math.max(least, box.maxX - box.minX + margin * 2) / 2;
  const hh = Math.max(least, box.maxY - box.minY + margin * 2) / 2;
  return { minX: cx - hw, minY: cy - hh, maxX: cx + hw, maxY: cy + hh };
}

/**
 * The frame of one view: the points it shows (its own, and those placed on a detail view of it: the body
 * view opens on the knee charted on the knee's view), else its treated regions', else null (fitted).
 */
export function initialFraming(view: MapViewId, points: readonly Placed[], regions: readonly MapRegion[]): Box | null {
  const seen = pointsSeenOn(points, view);
  const box = seen.length > 0 ? boundingBox(seen) : boundingBox(regions.flatMap((r) => r.polygon.map(([x, y]) => ({ x, y }))));
  return box ? framed(box, view) : null;
}

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase();

/**
 * The regions of `view` that a session's treated areas name, as the practitioner typed or picked them
 * (in the catalogue's words): a region's own name ("Right knee": that knee) or a suggested area's
 * ("Knee": both knees). Areas in other words frame nothing.
 */
export function treatedRegions(t: TFunction<Namespace>, view: MapViewId, areas: readonly string[]): MapRegion[] {
  const wanted = new Set(areas.map(plain));
  const out = new Set<MapRegion>();
  for (const r of MAP_GEOMETRY[view].regions) if (wanted.has(plain(clinicalText(t, `region.${idKey(view)}.${idKey(r.id)}`)))) out.add(r);
  for (const id of SUGGESTED_AREA_IDS) if (wanted.has(plain(clinicalText(t, `area.${idKey(id)}`)))) for (const r of areaRegions(id, view)) out.add(r);
  return [...out];
}

/** How much closer a later view's look at the treated areas must be to open on it rather than an earlier one's. */
const CLOSER = 1.25;

/**
 * The view a session with no points opens on, by its treated areas: the view that shows the most of
 * them ("Face": the face, not the whole body), and among views that show as many, the one whose
 * drawing their regions fill the most, a closer look ("Neck": the face view, where the neck is larger
 * than on the body), else the first in the views' order ("Knee": the body's front). Null when no area
 * names a drawn region.
 */
export function treatedAreasView(t: TFunction<Namespace>, areas: readonly string[]): MapViewId | null {
  let best: { view: MapViewId; shown: number; share: number } | null = null;
  for (const { id } of MAP_VIEWS) {
    const shown = areas.filter((area) => treatedRegions(t, id, [area]).length > 0).length;
    const box = boundingBox(treatedRegions(t, id, areas).flatMap((r) => r.polygon.map(([x, y]) => ({ x, y }))));
    if (shown === 0 || !box) continue;
    const { width, height } = MAP_GEOMETRY[id];
    const share = ((box.maxX - box.minX) * (box.maxY - box.minY)) / (width * height);
    if (!best || shown > best.shown || (shown === best.shown && share > best.share * CLOSER)) best = { view: id, shown, share };
  }
  return best?.view ?? null;
}

/** The opening frame of every view that has one, for a session's points and treated areas. */
export function sessionFrames(t: TFunction<Namespace>, points: readonly Placed[], areas: readonly string[]): Partial<Record<MapViewId, Box>> {
  const out: Partial<Record<MapViewId, Box>> = {};
  for (const { id } of MAP_VIEWS) {
    const box = initialFraming(id, points, areas.length > 0 ? treatedRegions(t, id, areas) : []);
    if (box) out[id] = box;
  }
  return out;
}
