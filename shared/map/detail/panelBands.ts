/**
 * Regions of a two-panel detail view (a right and a left shoulder side by side), cut as bands
 * (shared/map/bands.ts) from the outline of the panel on the image's right, and mirrored onto the panel
 * on the image's left: the two sides are mirror images, region for region.
 *
 * A band's top and bottom are level lines. Where the landmarks that part regions run at a slant (the
 * clavicle, the spine of the scapula), the bands are cut in a sheared frame in which those landmarks lie
 * level, and sheared back: a shear keeps vertical lines vertical and neighbours' shared edges shared.
 */
import { bandPolygon, type BandSpec, type Side } from '../bands.ts';
import { mirrorLine, roundRing, type Pt } from '../curves.ts';
import type { MapRegion } from '../viewGeometry.ts';

/** y' = y − slope·(x − pivot): a band's heights are read where it crosses x = pivot. */
export type Shear = { slope: number; pivot: number };

const LEVEL: Shear = { slope: 0, pivot: 0 };

const shearLine = (line: readonly Pt[], s: Shear, sign: 1 | -1): Pt[] =>
  line.map(([x, y]): Pt => [x, y - sign * s.slope * (x - s.pivot)]);

function shearSpec(spec: BandSpec, s: Shear): BandSpec {
  const bound = (b: BandSpec['from']): BandSpec['from'] => (b && 'line' in b ? { line: shearLine(b.line, s, 1) } : b);
  return { ...spec, guide: shearLine(spec.guide, s, 1), from: bound(spec.from), to: bound(spec.to) };
}

/** One band of the panel, its lines and heights given in the view's own coordinates (heights at the pivot). */
export function panelBand(outline: readonly Pt[], spec: BandSpec, shear: Shear = LEVEL): Pt[] {
  const polygon = bandPolygon(shearLine(outline, shear, 1), shearSpec(spec, shear));
  if (!polygon) throw new Error(`region ${spec.id} is empty`);
  return shearLine(polygon, shear, -1);
}

/**
 * The regions of both panels: each spec cut from the image-right panel's outline, named for `imageRight`
 * (the patient's side that panel draws), and its mirror image across x = midline named for the other side.
 */
export function mirroredPanelRegions(outline: readonly Pt[], midline: number, imageRight: Side, specs: readonly BandSpec[], shear: Shear = LEVEL): MapRegion[] {
  const imageLeft: Side = imageRight === 'left' ? 'right' : 'left';
  return specs.flatMap((spec) => {
    const ring = panelBand(outline, spec, shear);
    return [
      { id: `${spec.id}-${imageRight}`, polygon: roundRing(ring) },
      { id: `${spec.id}-${imageLeft}`, polygon: roundRing(mirrorLine(ring, midline).reverse()) },
    ];
  });
}
