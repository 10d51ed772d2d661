/**
 * A two-panel detail view (a right and a left shoulder side by side) drawn once, on the image's right,
 * and mirrored onto the image's left: the two sides are mirror images, panel for panel and region for
 * region. Regions are cut as bands (shared/map/bands.ts) from the image-right panel's outline.
 *
 * A band's top and bottom are level lines. Where the landmarks that part regions run at a slant (the
 * clavicle, the spine of the scapula), the bands are cut in a sheared frame in which those landmarks lie
 * level, and sheared back: a shear keeps vertical lines vertical and neighbours' shared edges shared.
 */
import { bandPolygon, type BandSpec, type Side } from '../bands.ts';
import { mirrorLine, roundRing, sampleCubics, smoothCubics, type Knot, type Pt } from '../curves.ts';
import type { DetailPanel, MapRegion, ViewBox } from '../viewGeometry.ts';

/** A panel's closed outline as the dense ring its regions are cut from (as finely as the tests flatten it). */
export const outlineRing = (knots: readonly Knot[]): Pt[] => sampleCubics(smoothCubics(knots, true), 24);

const mirrorBox = (b: ViewBox, width: number): ViewBox => ({ ...b, x: width - b.x - b.w });
const BODY_VIEW_WIDTH = 800;

/**
 * Both panels from the image-right one, `imageRight` being the patient's side it draws: the other is its
 * mirror image across the detail view's middle, and its skin on the body view the mirror image across the body's.
 */
export function mirroredPanels(viewWidth: number, imageRight: Side, box: ViewBox, onBody: ViewBox, facesBody: boolean): DetailPanel[] {
  const imageLeft: Side = imageRight === 'left' ? 'right' : 'left';
  return [
    { side: imageLeft, box: mirrorBox(box, viewWidth), onBody: mirrorBox(onBody, BODY_VIEW_WIDTH), facesBody },
    { side: imageRight, box, onBody, facesBody },
  ];
}

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
function panelBand(outline: readonly Pt[], spec: BandSpec, shear: Shear = LEVEL): Pt[] {
  const polygon = bandPolygon(shearLine(outline, shear, 1), shearSpec(spec, shear));
  if (!polygon) throw new Error(`region ${spec.id} is empty`);
  return shearLine(polygon, shear, -1);
}

const ON_EDGE = 1e-6;

function onSegment(p: Pt, a: Pt, b: Pt): number | null {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const l2 = dx * dx + dy * dy;
  if (l2 === 0) return null;
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2;
  if (t <= ON_EDGE || t >= 1 - ON_EDGE) return null;
  const off = Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / Math.sqrt(l2);
  return off < ON_EDGE ? t : null;
}

/**
 * Neighbours parted by a slanting row edge meet it at different vertices (one ends its row where the
 * other goes on), and rounding each polygon's vertices to a tenth would then open slivers of overlap
 * along it. Each ring takes in the other rings' vertices that lie on its edges, so that shared edges
 * have the very same vertices, rounded alike.
 */
function conform(rings: readonly Pt[][]): Pt[][] {
  return rings.map((ring, i) => {
    const others = rings.flatMap((other, j) => (j === i ? [] : other));
    const out: Pt[] = [];
    ring.forEach((a, k) => {
      const b = ring[(k + 1) % ring.length] as Pt;
      out.push(a);
      const between = others.flatMap((p) => {
        const t = onSegment(p, a, b);
        return t === null ? [] : [{ p, t }];
      });
      between.sort((m, n) => m.t - n.t);
      for (const { p } of between) if (out.at(-1)?.[0] !== p[0] || out.at(-1)?.[1] !== p[1]) out.push(p);
    });
    return out;
  });
}

/**
 * The regions of both panels: each spec cut from the image-right panel's outline, named for `imageRight`
 * (the patient's side that panel draws), and its mirror image across x = midline named for the other side.
 */
export function mirroredPanelRegions(outline: readonly Pt[], midline: number, imageRight: Side, specs: readonly BandSpec[], shear: Shear = LEVEL): MapRegion[] {
  const imageLeft: Side = imageRight === 'left' ? 'right' : 'left';
  const rings = conform(specs.map((spec) => panelBand(outline, spec, shear)));
  return specs.flatMap((spec, i) => {
    const ring = rings[i] as Pt[];
    return [
      { id: `${spec.id}-${imageRight}`, polygon: roundRing(ring) },
      { id: `${spec.id}-${imageLeft}`, polygon: roundRing(mirrorLine(ring, midline).reverse()) },
    ];
  });
}
