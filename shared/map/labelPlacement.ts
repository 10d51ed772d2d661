import RBush from 'rbush';

/**
 * Where each marker's number goes, so that numbers stay readable however crowded the markers: on the
 * marker when it fits there and the marker touches no other, otherwise moved aside to a free spot with
 * a leader line back to its marker, never over another marker, number or leader. Pure and unit-free:
 * the screen passes CSS pixels, the printed record points.
 *
 * Greedy in the order given (the points' numbers, so the result is the same at every draw): each
 * number takes the best free candidate of the nearest ring of candidate positions around its marker,
 * rings growing outwards; within a ring, the candidate whose leader crosses fewest markers and
 * leaders, then the one closest to the side away from the neighbouring markers (numbers fan out of a
 * cluster). Obstacles sit in an R-tree (rbush), so each candidate meets only its neighbours and
 * thousands of markers place in a few milliseconds. A number with no free spot within the rings is
 * left out (null): the caller draws the marker alone, and zooming in brings the number back.
 */

export type LabelBox = { minX: number; minY: number; maxX: number; maxY: number };
export type Segment = { x1: number; y1: number; x2: number; y2: number };

export type LabelSite = {
  /** The marker's centre and the radius it is drawn with: no other number or leader may cover it. */
  x: number;
  y: number;
  r: number;
  /** The number's box (its plate when moved aside). */
  w: number;
  h: number;
  /** The number fits inside the marker (a short number on a big enough marker). */
  fitsInside: boolean;
};

export type PlacedLabel = {
  /** The centre of the number's box. */
  x: number;
  y: number;
  /** Moved aside (true, with a leader from the marker's edge to the box) or written on the marker. */
  moved: boolean;
  leader: Segment | null;
};

export type PlacementOptions = {
  /** Clear space kept between a number's box and any marker or other number. */
  gap: number;
  /** The distance between two rings of candidate positions, and how many rings are tried. */
  step: number;
  rings: number;
  /** Boxes stay inside this box (the screen, the printed frame); absent: anywhere. */
  bounds?: LabelBox;
};

const DEFAULT_PLACEMENT: PlacementOptions = { gap: 2, step: 12, rings: 7 };

const MARKER = 0;
const LABEL = 1;
const LEADER = 2;
type Item = LabelBox & { kind: typeof MARKER | typeof LABEL | typeof LEADER; i: number; a: number; b: number; c: number; d: number };

/** How much a leader crossing is worth against the angle from the preferred side (radians). */
const CROSS_MARKER = 10;
const CROSS_LEADER = 6;

function circleHitsBox(cx: number, cy: number, r: number, b: LabelBox): boolean {
  const dx = cx < b.minX ? b.minX - cx : cx > b.maxX ? cx - b.maxX : 0;
  const dy = cy < b.minY ? b.minY - cy : cy > b.maxY ? cy - b.maxY : 0;
  return dx * dx + dy * dy < r * r;
}

function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** Liang–Barsky clipping: whether the segment passes through the box's interior. */
function segmentHitsBox(s: Segment, b: LabelBox): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.minX],
    [dx, b.maxX - s.x1],
    [-dy, s.y1 - b.minY],
    [dy, b.maxY - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t1 - t0 > 1e-9;
}

function segmentsCross(a: Segment, b: Segment): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = o(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = o(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = o(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = o(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function segmentHitsCircle(s: Segment, cx: number, cy: number, r: number): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((cx - s.x1) * dx + (cy - s.y1) * dy) / len2));
  const ex = s.x1 + t * dx - cx;
  const ey = s.y1 + t * dy - cy;
  return ex * ex + ey * ey < r * r;
}

/** The leader from the marker's edge towards the box, to the box's nearest point. */
function leaderTo(site: LabelSite, box: LabelBox): Segment {
  const nx = Math.max(box.minX, Math.min(box.maxX, site.x));
  const ny = Math.max(box.minY, Math.min(box.maxY, site.y));
  const dx = nx - site.x;
  const dy = ny - site.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x1: site.x + (dx / len) * site.r, y1: site.y + (dy / len) * site.r, x2: nx, y2: ny };
}

/** The side a moved number prefers: away from the markers around its own (up and right when alone). */
function preferredAngle(tree: RBush<Item>, site: LabelSite, index: number, reach: number): number {
  let sx = 0;
  let sy = 0;
  for (const it of tree.search({ minX: site.x - reach, minY: site.y - reach, maxX: site.x + reach, maxY: site.y + reach })) {
    if (it.kind !== MARKER || it.i === index) continue;
    sx += site.x - it.a;
    sy += site.y - it.b;
  }
  return Math.abs(sx) < 1e-6 && Math.abs(sy) < 1e-6 ? -Math.PI / 4 : Math.atan2(sy, sx);
}

/** How surrounded a marker is: its neighbours within `reach`, less how much they lean to one side. */
function enclosed(tree: RBush<Item>, site: LabelSite, index: number, reach: number): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (const it of tree.search({ minX: site.x - reach, minY: site.y - reach, maxX: site.x + reach, maxY: site.y + reach })) {
    if (it.kind !== MARKER || it.i === index) continue;
    const d = Math.hypot(it.a - site.x, it.b - site.y) || 1;
    n += 1;
    sx += (it.a - site.x) / d;
    sy += (it.b - site.y) / d;
  }
  return n - Math.hypot(sx, sy);
}

function neighbours(tree: RBush<Item>, site: LabelSite, index: number, reach: number): number {
  let n = 0;
  for (const it of tree.search({ minX: site.x - reach, minY: site.y - reach, maxX: site.x + reach, maxY: site.y + reach })) if (it.kind === MARKER && it.i !== index) n += 1;
  return n;
}

function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % (Math.PI * 2);
  return d > Math.PI ? Math.PI * 2 - d : d;
}

/** How many candidate directions a ring has: more further out, where the circumference is longer. */
function directions(ring: number): number {
  return Math.min(24, 8 + ring * 4);
}

/** Whether a number's box (padded by the gap) would cover a marker, a number or a leader. */
function boxBlocked(tree: RBush<Item>, padded: LabelBox): boolean {
  for (const it of tree.search(padded)) {
    if (it.kind === MARKER ? circleHitsBox(it.a, it.b, it.c, padded) : it.kind === LABEL ? boxesOverlap(it, padded) : segmentHitsBox({ x1: it.a, y1: it.b, x2: it.c, y2: it.d }, padded)) return true;
  }
  return false;
}

/**
 * What a leader costs: `base` plus its crossings of other markers and leaders; Infinity when it would
 * cross a number, or once the cost reaches `worst` (a better candidate is already known).
 */
function leaderCost(tree: RBush<Item>, own: number, leader: Segment, base: number, worst: number): number {
  let cost = base;
  const area = { minX: Math.min(leader.x1, leader.x2), minY: Math.min(leader.y1, leader.y2), maxX: Math.max(leader.x1, leader.x2), maxY: Math.max(leader.y1, leader.y2) };
  for (const it of tree.search(area)) {
    if (it.i === own) continue;
    if (it.kind === LABEL) {
      if (segmentHitsBox(leader, it)) return Infinity;
    } else if (it.kind === MARKER) {
      if (segmentHitsCircle(leader, it.a, it.b, it.c)) cost += CROSS_MARKER;
    } else if (segmentsCross(leader, { x1: it.a, y1: it.b, x2: it.c, y2: it.d })) cost += CROSS_LEADER;
    if (cost >= worst) return Infinity;
  }
  return cost;
}

/**
 * Whether the markers within reach and the numbers they need off them would fill nearly all the
 * square a number could go in: then the search is skipped, the number left out (thousands of markers
 * in sight would otherwise test every candidate of every marker, in vain).
 */
function saturated(tree: RBush<Item>, s: LabelSite, reach: number): boolean {
  let covered = 0;
  const limit = 0.9 * (2 * reach) * (2 * reach);
  for (const it of tree.search({ minX: s.x - reach, minY: s.y - reach, maxX: s.x + reach, maxY: s.y + reach })) {
    if (it.kind === MARKER) covered += Math.PI * it.c * it.c + it.d;
    if (covered > limit) return true;
  }
  return false;
}

export function placeLabels(sites: readonly LabelSite[], options: PlacementOptions = DEFAULT_PLACEMENT): (PlacedLabel | null)[] {
  const { gap, step, rings, bounds } = options;
  const tree = new RBush<Item>(16);
  // A marker's `d`: the room its number needs off the marker (0 once the number is on it).
  const markerItems: Item[] = sites.map((s, i) => ({ minX: s.x - s.r, minY: s.y - s.r, maxX: s.x + s.r, maxY: s.y + s.r, kind: MARKER, i, a: s.x, b: s.y, c: s.r, d: (s.w + gap * 2) * (s.h + gap * 2) }));
  tree.load(markerItems);
  const out: (PlacedLabel | null)[] = new Array(sites.length).fill(null);

  // First, every number that fits on a marker touching no other stays there (its box is then an
  // obstacle too: it may reach past a small marker's edge).
  const aside: number[] = [];
  sites.forEach((s, i) => {
    const box = labelBox(s, s);
    const area = { minX: Math.min(box.minX, s.x - s.r), minY: Math.min(box.minY, s.y - s.r), maxX: Math.max(box.maxX, s.x + s.r), maxY: Math.max(box.maxY, s.y + s.r) };
    const clear =
      s.fitsInside &&
      tree.search(area).every((it) => it.i === i || (it.kind === MARKER ? Math.hypot(it.a - s.x, it.b - s.y) >= it.c + s.r && !circleHitsBox(it.a, it.b, it.c, box) : !boxesOverlap(it, box)));
    if (!clear) {
      aside.push(i);
      return;
    }
    out[i] = { x: s.x, y: s.y, moved: false, leader: null };
    (markerItems[i] as Item).d = 0;
    tree.insert({ ...box, kind: LABEL, i, a: 0, b: 0, c: 0, d: 0 });
  });

  // The most enclosed markers first (the middle of a cluster): their leaders must reach the outside
  // while the way is still open; a marker on the rim finds a spot next to it afterwards.
  const enclosure = new Map(aside.map((i) => [i, enclosed(tree, sites[i] as LabelSite, i, (sites[i] as LabelSite).r * 2 + step * 2)]));
  aside.sort((a, b) => (enclosure.get(b) ?? 0) - (enclosure.get(a) ?? 0) || a - b);
  for (const i of aside) {
    const s = sites[i] as LabelSite;
    if (saturated(tree, s, s.r + gap + rings * step + Math.max(s.w, s.h))) continue;
    const want = preferredAngle(tree, s, i, s.r * 2 + step * 2);
    let placed: { box: LabelBox; leader: Segment; cost: number } | null = null;
    // A crowd's numbers go round it in one layer: starting as far out as the circle that holds one
    // number per neighbour, so that the leaders of the middle ones are not walled in by a first layer.
    const crowd = neighbours(tree, s, i, s.r * 2 + step * 2);
    const first = Math.max(0, Math.min(rings - 1, Math.floor(((crowd + 1) * (s.w + gap * 2)) / (Math.PI * 2 * step) - (s.r + gap) / step)));
    for (let ring = first; ring < rings && !placed; ring += 1) {
      const distance = s.r + gap + ring * step;
      const n = directions(ring);
      for (let j = 0; j < n; j += 1) {
        const angle = want + (j % 2 === 0 ? 1 : -1) * Math.ceil(j / 2) * ((Math.PI * 2) / n);
        const cos = Math.cos(angle);
        const sin = Math.sin(angle);
        // The box beyond `distance` along the direction: its centre pushed out by its half extent there.
        const reach = distance + (s.w / 2) * Math.abs(cos) + (s.h / 2) * Math.abs(sin);
        const cx = s.x + cos * reach;
        const cy = s.y + sin * reach;
        const box = { minX: cx - s.w / 2, minY: cy - s.h / 2, maxX: cx + s.w / 2, maxY: cy + s.h / 2 };
        if (bounds && (box.minX < bounds.minX || box.minY < bounds.minY || box.maxX > bounds.maxX || box.maxY > bounds.maxY)) continue;
        const padded = { minX: box.minX - gap, minY: box.minY - gap, maxX: box.maxX + gap, maxY: box.maxY + gap };
        const base = angleBetween(angle, want);
        if ((placed && base >= placed.cost) || boxBlocked(tree, padded)) continue;
        const leader = leaderTo(s, box);
        const cost = leaderCost(tree, i, leader, base, placed ? placed.cost : Infinity);
        if (cost < (placed ? placed.cost : Infinity)) placed = { box, leader, cost };
      }
    }
    if (!placed) continue;
    const { box, leader } = placed;
    tree.insert({ ...box, kind: LABEL, i, a: 0, b: 0, c: 0, d: 0 });
    tree.insert({
      minX: Math.min(leader.x1, leader.x2),
      minY: Math.min(leader.y1, leader.y2),
      maxX: Math.max(leader.x1, leader.x2),
      maxY: Math.max(leader.y1, leader.y2),
      kind: LEADER,
      i,
      a: leader.x1,
      b: leader.y1,
      c: leader.x2,
      d: leader.y2,
    });
    out[i] = { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2, moved: true, leader };
  }
  return out;
}

/** The box of a placed number of `site`, for drawing and for checks. */
export function labelBox(site: Pick<LabelSite, 'w' | 'h'>, placed: Pick<PlacedLabel, 'x' | 'y'>): LabelBox {
  return { minX: placed.x - site.w / 2, minY: placed.y - site.h / 2, maxX: placed.x + site.w / 2, maxY: placed.y + site.h / 2 };
}
