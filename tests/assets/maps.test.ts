import { describe, expect, it } from 'vitest';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import type { MapArtwork } from '../../assets/maps/artwork.ts';
import { MAP_VIEWS, type MapViewId } from '../../shared/mapViews.ts';
import { pointInPolygon } from '../../shared/regions.ts';
import { centroidX, flattenPath, interiorPoint } from './polygonProbe.ts';

const VIEWS = MAP_VIEWS.map((v) => v.id);
const art = (view: MapViewId): MapArtwork => MAP_ARTWORK[view];

const LEVELS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12', 'l1', 'l2', 'l3', 'l4', 'l5', 's1'];
/** 'c1-c2' … 'l5-s1': every interspace the spine view charts, level by level. */
const interspaces = (): string[] => LEVELS.slice(1).map((lower, i) => `${LEVELS[i]}-${lower}`);

/** The treatable areas the charting issue asks for, by view ('-left'/'-right' pairs written once). */
const REQUIRED: Record<MapViewId, string[]> = {
  face: ['forehead', 'glabella', 'temple*', 'periorbital*', 'cheek*', 'nasolabial*', 'perioral', 'chin', 'jawline*', 'neck', 'decollete'],
  scalp: ['frontal', 'parietal*', 'vertex', 'occipital', 'temporal*'],
  'body-front': [
    'shoulder*', 'arm*', 'elbow*', 'forearm*', 'wrist*', 'decollete', 'chest*', 'abdomen-upper', 'periumbilical', 'abdomen-lower',
    'flank*', 'hip*', 'thigh-anterior*', 'thigh-inner*', 'thigh-outer*', 'knee*', 'shin*', 'ankle*',
  ],
  'body-back': [
    'cervical', 'dorsal', 'lumbar', 'sacroiliac*', 'shoulder*', 'upper-back*', 'arm*', 'elbow*', 'hand-back*', 'flank*', 'buttock*',
    'thigh-posterior*', 'thigh-outer*', 'knee*', 'calf*', 'ankle*', 'hip*',
  ],
  'knee-anterior': [
    'suprapatellar*', 'patella*', 'infrapatellar*', 'tibial-tuberosity*', 'joint-line-medial*', 'joint-line-lateral*', 'pes-anserinus*',
    'parapatellar-medial*', 'parapatellar-lateral*', 'thigh-medial*', 'thigh-anterior*', 'thigh-lateral*', 'shin-medial*', 'shin-lateral*',
  ],
  'knee-medial': ['medial-collateral*', 'joint-line-medial*', 'pes-anserinus*', 'medial-condyle*', 'popliteal-medial*', 'parapatellar-medial*'],
  'knee-lateral': ['lateral-collateral*', 'joint-line-lateral*', 'fibular-head*', 'iliotibial-band*', 'gerdy-tubercle*', 'popliteal-lateral*', 'parapatellar-lateral*'],
  'knee-posterior': ['popliteal-fossa*', 'hamstring-medial*', 'hamstring-lateral*', 'gastrocnemius-medial*', 'gastrocnemius-lateral*'],
  'shoulder-anterior': [
    'supraclavicular*', 'clavicle*', 'acromioclavicular*', 'acromion*', 'subacromial-anterior*', 'coracoid*', 'bicipital-groove*',
    'deltoid-anterior*', 'deltoid-lateral*', 'pectoral-upper*', 'arm-anterior*',
  ],
  'shoulder-posterior': [
    'trapezius-upper*', 'supraspinatus*', 'infraspinatus*', 'acromion*', 'subacromial-posterior*', 'deltoid-posterior*', 'interscapular*',
    'arm-posterior*',
  ],
  'elbow-lateral': [
    'lateral-epicondyle*', 'extensor-origin*', 'radial-head*', 'olecranon-lateral*', 'arm-lateral*', 'brachioradialis*', 'forearm-extensor*',
  ],
  'elbow-medial': [
    'medial-epicondyle*', 'flexor-origin*', 'cubital-tunnel*', 'olecranon-medial*', 'arm-medial*', 'antecubital-medial*', 'forearm-flexor*',
  ],
  'hand-dorsal': [
    'forearm-dorsal*', 'wrist-dorsal*', 'radial-styloid*', 'ulnar-styloid*', 'snuffbox*', 'hand-dorsum*', 'knuckles*', 'thumb*',
    'index-finger*', 'middle-finger*', 'ring-finger*', 'little-finger*',
  ],
  'hand-palmar': [
    'forearm-palmar*', 'wrist-palmar*', 'carpal-tunnel*', 'thenar*', 'hypothenar*', 'palm*', 'finger-bases*', 'thumb*',
    'index-finger*', 'middle-finger*', 'ring-finger*', 'little-finger*',
  ],
  'ankle-lateral': ['leg-lateral*', 'achilles*', 'lateral-malleolus*', 'peroneal*', 'ankle-anterior*', 'atfl*', 'sinus-tarsi*', 'heel-lateral*', 'foot-lateral*'],
  'ankle-medial': ['leg-medial*', 'achilles*', 'medial-malleolus*', 'tarsal-tunnel*', 'tibialis-posterior*', 'ankle-anterior*', 'heel-medial*', 'arch-medial*', 'foot-medial*'],
  'foot-plantar': ['plantar-fascia-origin*', 'heel*', 'arch*', 'midfoot-lateral*', 'metatarsal-heads*', 'toes*'],
  spine: ['suboccipital*', ...interspaces().flatMap((l) => [`midline-${l}`, `paravertebral-left-${l}`, `paravertebral-right-${l}`]), 'sacrum', 'sacroiliac*'],
  'hip-lateral': ['greater-trochanter*', 'trochanteric-bursa*', 'gluteus-medius*', 'iliac-crest*', 'iliotibial-band-upper*', 'anterior-superior-iliac-spine*', 'tensor-fasciae-latae*', 'gluteus-maximus*'],
};
const expand = (ids: string[]): string[] => ids.flatMap((id) => (id.endsWith('*') ? [`${id.slice(0, -1)}-left`, `${id.slice(0, -1)}-right`] : [id]));

describe.each(VIEWS)('map artwork: %s', (view) => {
  const a = art(view);

  it('is keyed by its own view and fits the 0–2000 coordinate box', () => {
    expect(a.view).toBe(view);
    expect(a.width).toBeGreaterThan(0);
    expect(a.height).toBeGreaterThan(0);
    expect(a.width).toBeLessThanOrEqual(2000);
    expect(a.height).toBeLessThanOrEqual(2000);
  });

  it('draws with smooth Bézier path data inside the box', () => {
    expect(a.outline.length).toBeGreaterThan(0);
    expect(a.details.length).toBeGreaterThan(0);
    for (const d of [...a.outline, ...a.details]) {
      expect(d).toMatch(/^M-?[\d.]+ -?[\d.]+( C(-?[\d.]+ ){5}-?[\d.]+)+( Z)?$/);
      for (const line of flattenPath(d)) {
        for (const [x, y] of line) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(a.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(a.height);
        }
      }
    }
  });

  it('has every required region, with unique kebab-case ids and labels', () => {
    const ids = a.regions.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    // Their names: every id has one in every language (tests/shared/clinicalLabels.test.ts).
    expect(ids).toEqual(expect.arrayContaining(expand(REQUIRED[view])));
  });

  it('keeps every region polygon within the artwork box, with a real interior', () => {
    for (const r of a.regions) {
      expect(r.polygon.length, r.id).toBeGreaterThanOrEqual(3);
      for (const [x, y] of r.polygon) {
        expect(x, r.id).toBeGreaterThanOrEqual(0);
        expect(x, r.id).toBeLessThanOrEqual(a.width);
        expect(y, r.id).toBeGreaterThanOrEqual(0);
        expect(y, r.id).toBeLessThanOrEqual(a.height);
      }
      // room for a fingertip: at least 8 px from every edge somewhere inside
      expect(interiorPoint(r.polygon).clearance, r.id).toBeGreaterThan(8);
    }
  });

  it('has no two regions overlapping (a 3 px grid over the whole view)', () => {
    const overlaps: string[] = [];
    const boxed = a.regions.map((r) => {
      const xs = r.polygon.map((p) => p[0]);
      const ys = r.polygon.map((p) => p[1]);
      return { r, minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
    });
    // Offsets off the round numbers the artwork is drawn on: a sample exactly on a shared edge says
    // nothing about overlap, only about floating-point rounding.
    for (let x = 0.37; x < a.width; x += 3) {
      for (let y = 0.61; y < a.height; y += 3) {
        const hits = boxed.filter((b) => x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY && pointInPolygon(b.r.polygon, x, y)).map((b) => b.r);
        if (hits.length > 1 && overlaps.length < 5) overlaps.push(`(${x}, ${y}): ${hits.map((r) => r.id).join(' & ')}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('has no region polygon crossing itself', () => {
    const cross = (p: readonly number[], q: readonly number[], r: readonly number[], s: readonly number[]): boolean => {
      const o = (a: readonly number[], b: readonly number[], c: readonly number[]): number =>
        Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
      return o(p, q, r) * o(p, q, s) < 0 && o(r, s, p) * o(r, s, q) < 0;
    };
    for (const { id, polygon } of a.regions) {
      const n = polygon.length;
      for (let i = 0; i < n; i += 1) {
        for (let j = i + 2; j < n; j += 1) {
          if (i === 0 && j === n - 1) continue;
          const crossed = cross(polygon[i]!, polygon[(i + 1) % n]!, polygon[j]!, polygon[(j + 1) % n]!);
          expect(crossed, `${id}: edges ${i} and ${j}`).toBe(false);
        }
      }
    }
  });
});

describe('regions lie inside the drawn silhouette', () => {
  // The face view's neck and décolleté lie between open neck lines rather than in a closed outline.
  const OPEN = new Set(['face:neck', 'face:decollete']);
  it.each(VIEWS)('%s', (view) => {
    const a = art(view);
    // A detail view draws one silhouette per panel (the right knee, the left knee): a region lies in one of them.
    const silhouettes = a.outline.filter((d) => d.endsWith('Z')).map((d) => flattenPath(d, 24)[0] ?? []);
    for (const r of a.regions) {
      if (OPEN.has(`${view}:${r.id}`)) continue;
      // every vertex within a pixel of the outline's inside, and the interior point well inside
      const p = interiorPoint(r.polygon);
      const silhouette = silhouettes.find((ring) => pointInPolygon(ring, p.x, p.y));
      expect(silhouette, r.id).toBeDefined();
      const outside = r.polygon.filter(([x, y]) => !pointInPolygon(silhouette ?? [], x, y) && !nearRing(silhouette ?? [], x, y, 1.5));
      expect(outside, r.id).toEqual([]);
    }
  });
});

function nearRing(ring: [number, number][], x: number, y: number, tolerance: number): boolean {
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [a, b] = [ring[i]!, ring[j]!];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const l2 = dx * dx + dy * dy || 1;
    const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / l2));
    if (Math.hypot(x - a[0] - t * dx, y - a[1] - t * dy) <= tolerance) return true;
  }
  return false;
}

describe('left and right', () => {
  const x = (view: MapViewId, id: string): number => {
    const r = art(view).regions.find((q) => q.id === id);
    if (!r) throw new Error(`no ${id} on ${view}`);
    return centroidX(r.polygon);
  };
  // Seen from the front (body front, face), the patient's left is on the image's right.
  it.each([
    ['body-front', 'thigh-outer'],
    ['body-front', 'shoulder'],
    ['body-front', 'wrist'],
    ['face', 'cheek'],
    ['face', 'periorbital'],
    ['face', 'jawline'],
  ] as const)('%s %s: the left one is on the image right', (view, stem) => {
    expect(x(view, `${stem}-left`)).toBeGreaterThan(x(view, `${stem}-right`));
  });
  // Seen from behind, and from above with the forehead at the top, the patient's left is on the image's left.
  it.each([
    ['body-back', 'thigh-outer'],
    ['body-back', 'hand-back'],
    ['body-back', 'sacroiliac'],
    ['scalp', 'parietal'],
    ['scalp', 'temporal'],
  ] as const)('%s %s: the left one is on the image left', (view, stem) => {
    expect(x(view, `${stem}-left`)).toBeLessThan(x(view, `${stem}-right`));
  });
  it('puts each side of a detail view on the side its leftSide says', () => {
    for (const view of VIEWS) {
      const a = art(view);
      for (const panel of a.detail?.panels ?? []) {
        if (!panel.side) continue;
        const onImageLeft = panel.box.x + panel.box.w / 2 < a.width / 2;
        expect(onImageLeft === (a.leftSide === 'image-left') === (panel.side === 'left'), `${view} ${panel.side}`).toBe(true);
      }
    }
  });
  it('mirrors each pair across the midline', () => {
    for (const view of VIEWS) {
      const a = art(view);
      for (const r of a.regions.filter((q) => /-left(-|$)/.test(q.id))) {
        const twin = r.id.replace(/-left(-|$)/, '-right$1');
        expect(x(view, r.id) + x(view, twin), `${view} ${r.id}`).toBeCloseTo(a.width, 0);
      }
    }
  });
});
