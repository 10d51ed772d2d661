import type { MapViewId } from '../../../shared/mapViews.ts';
import type { NeedleId } from '../../../shared/needles.ts';
import { pointSchema, type InjectionPoint } from '../../../shared/point.ts';
import { regionAt } from '../../../shared/regions.ts';
import { MAP_GEOMETRY } from '../../../shared/map/index.ts';
import { interiorPoint } from '../../assets/polygonProbe.ts';
import { random } from './recordFixtures.ts';

/**
 * Charts as practitioners draw them, for the printed map's legibility: a knee treated for pain (16
 * points round the right knee on the body-front view), a face (40 points of a mesolift), cellulite (120
 * points over the buttocks and thighs on the body-back view) and a knee with a shoulder (two distant
 * areas of one view). Positions are in the views' own coordinates (body 800 × 1800, about a millimetre
 * per unit; face 1000 × 1200); each point carries the region it lies in.
 */

type Spot = readonly [number, number];

/** Points at `spots`, alternating `needles`, varied depths; the shots at `multi` (indices) with a five-needle injector. */
function points(view: MapViewId, spots: readonly Spot[], seed: number, needles: NeedleId[], multi: number[] = []): InjectionPoint[] {
  return spots.map(([x, y], i) =>
    pointSchema.parse({
      id: `00000000-0000-4000-8000-${String(seed).padStart(4, '0')}${String(i).padStart(8, '0')}`,
      view,
      x: Math.round(x),
      y: Math.round(y),
      region: regionAt(view, x, y)?.id ?? '',
      depthMm: [4, 4.5, 5, 5.5, 6][i % 5],
      needle: needles[i % needles.length],
      technique: 'point',
      injector: multi.includes(i) ? { kind: 'multi', needleCount: 5 } : { kind: 'single' },
      productIndex: i % 2,
      volumeMl: 0.1,
    }),
  );
}

/** A ring round the patella, the joint line on both sides, the pes anserinus and above the patella. */
export function kneeSession(): InjectionPoint[] {
  const [cx, cy] = [320, 1290];
  const ring = Array.from({ length: 8 }, (_, i): Spot => [cx + 40 * Math.cos((i * Math.PI) / 4), cy + 44 * Math.sin((i * Math.PI) / 4)]);
  const jointLine: Spot[] = [[286, 1330], [298, 1338], [342, 1338], [354, 1330]];
  const pesAnserinus: Spot[] = [[344, 1364], [348, 1382]];
  const suprapatellar: Spot[] = [[306, 1226], [334, 1226]];
  return points('body-front', [...ring, ...jointLine, ...pesAnserinus, ...suprapatellar], 7101, ['30G-4mm', '30G-4mm', '27G-13mm']);
}

/** Forehead, crow's feet, cheeks, nasolabial folds and jawline, on both sides. */
export function faceSession(): InjectionPoint[] {
  const both = (spots: Spot[]): Spot[] => spots.flatMap(([x, y]): Spot[] => [[x, y], [1000 - x, y]]);
  const forehead: Spot[] = [380, 460, 540, 620].flatMap((x): Spot[] => [[x, 255], [x, 310]]);
  const crowsFeet = both([[292, 405], [288, 432], [296, 459]]);
  const cheeks = both([[335, 495], [375, 490], [415, 500], [345, 535], [385, 530], [420, 545]]);
  const nasolabial = both([[440, 575], [430, 605], [418, 635]]);
  const jawline = both([[300, 640], [322, 680], [352, 712], [392, 738]]);
  return points('face', [...forehead, ...crowsFeet, ...cheeks, ...nasolabial, ...jawline], 7102, ['32G-4mm', '32G-4mm', '30G-4mm']);
}

const CELLULITE_REGIONS = /^(buttock|thigh-posterior|thigh-outer)-/;

/** A jittered grid about 2.3 cm apart over both buttocks and the back and outside of both thighs. */
export function celluliteSession(): InjectionPoint[] {
  const rnd = random(7103);
  const spots: Spot[] = [];
  for (let y = 815; y < 1215; y += 23) {
    for (let x = 246; x < 560; x += 23) {
      const at: Spot = [x + (rnd() - 0.5) * 8, y + (rnd() - 0.5) * 8];
      if (CELLULITE_REGIONS.test(regionAt('body-back', at[0], at[1])?.id ?? '')) spots.push(at);
    }
  }
  if (spots.length < 120) throw new Error(`only ${spots.length} places for the cellulite chart`);
  // Every k-th place, so that the 120 points cover the whole area.
  const step = spots.length / 120;
  return points('body-back', Array.from({ length: 120 }, (_, i) => spots[Math.floor(i * step)]!), 7103, ['27G-4mm', '30G-6mm'], [40, 95]);
}

/** A right knee and the left shoulder on the body-front view: two areas far apart. */
export function kneeAndShoulderSession(): InjectionPoint[] {
  const knee = kneeSession().map((p): Spot => [p.x, p.y]);
  const shoulder: Spot[] = [[540, 380], [562, 372], [584, 384], [552, 404], [576, 410], [598, 400], [566, 432], [590, 440]];
  return points('body-front', [...knee, ...shoulder], 7104, ['30G-4mm', '27G-13mm']);
}

/**
 * The same knee charted on the knee's detail view (front): sixteen points over the right knee's landmark
 * regions (the patella's rim, the joint lines, the pes anserinus, the tibial tuberosity...), each region's
 * inner point first, then more round them while room is left.
 */
export function kneeDetailSession(): InjectionPoint[] {
  return points('knee-anterior', spreadOver('knee-anterior', /-right$/, 16, 26), 7105, ['30G-4mm', '30G-4mm', '27G-13mm']);
}

/** Lumbar pain on the spine's view: the paravertebral bands both sides and the midline, L2 to S1. */
export function spineSession(): InjectionPoint[] {
  return points('spine', spreadOver('spine', /-(l[2-5]-(l[3-5]|s1))$/, 14, 18), 7106, ['30G-4mm', '27G-13mm']);
}

/** `count` spots inside the view's regions whose ids match, at least `apart` units from one another. */
function spreadOver(view: MapViewId, ids: RegExp, count: number, apart: number): Spot[] {
  const regions = MAP_GEOMETRY[view].regions.filter((r) => ids.test(r.id));
  const out: Spot[] = [];
  const far = ([x, y]: Spot) => out.every(([qx, qy]) => Math.hypot(qx - x, qy - y) >= apart);
  for (let ring = 0; ring < 6 && out.length < count; ring += 1) {
    for (const r of regions) {
      const c = interiorPoint(r.polygon);
      for (let k = 0; k < (ring === 0 ? 1 : 6) && out.length < count; k += 1) {
        const a = (k / 6) * Math.PI * 2 + ring;
        const spot: Spot = ring === 0 ? [c.x, c.y] : [c.x + Math.cos(a) * apart * ring, c.y + Math.sin(a) * apart * ring];
        if (regionAt(view, spot[0], spot[1])?.id === r.id && far(spot)) out.push(spot);
      }
    }
  }
  return out;
}
