import { MAP_VIEWS, type MapViewId } from './mapViews.ts';
import type { InjectionPoint } from './point.ts';
import { regionsOf } from './regions.ts';
import type { Session } from './session.ts';

/**
 * What changed between sessions, region by region: for 2–4 sessions of a patient, each region's
 * points, mean depth, total volume and products in every session, and the change from one session to
 * the next; and, over a course, the date each region was last treated. Pure. Give it the sessions as
 * corrected (sessionWithAmendments), which is what the compare view and the record show.
 */

/** A point with no stored region (outside every named region): regionName (regions.ts) words it. */
export const UNCHARTED_REGION = '';

export type DiffSession = Pick<Session, 'id' | 'date' | 'time' | 'numberInCourse' | 'points' | 'products'>;

export type RegionStats = {
  points: number;
  /** Mean of the points' depths, rounded to 0.1 mm; null without points. */
  meanDepthMm: number | null;
  /** Sum of the volumes the points name, in ml (rounded to 0.01); points without volume add nothing. */
  totalVolumeMl: number;
  /** Points that name a volume, out of `points`. */
  pointsWithVolume: number;
  /** Product names the points name, in cocktail order, each once. */
  products: string[];
};

export type RegionChange = {
  points: number;
  /** Null when either side has no points. */
  meanDepthMm: number | null;
  totalVolumeMl: number;
  productsAdded: string[];
  productsRemoved: string[];
};

/** Rows carry ids only: the reader words them in their language with regionName(t, view, region). */
export type RegionDiff = {
  view: MapViewId;
  region: string;
  /** One entry per session, in the order of `sessions` (oldest first); a session with no point there has zero stats. */
  stats: RegionStats[];
  /** One entry per session: the change from the session before (null for the first). */
  changes: (RegionChange | null)[];
  /** From the first session to the last. */
  overall: RegionChange;
};

export type SessionDiff = {
  sessions: { id: string; date: string; time: string; numberInCourse: number | null }[];
  regions: RegionDiff[];
};

const EMPTY: RegionStats = { points: 0, meanDepthMm: null, totalVolumeMl: 0, pointsWithVolume: 0, products: [] };
const round = (n: number, step: number) => Math.round(n / step) * step;
const r1 = (n: number) => Number(round(n, 0.1).toFixed(1));
const r2 = (n: number) => Number(round(n, 0.01).toFixed(2));

const key = (view: MapViewId, region: string) => `${view}\u0000${region}`;

/** The stats of a set of points of one session (all in one region, or any set). */
export function regionStats(points: readonly InjectionPoint[], products: DiffSession['products']): RegionStats {
  if (points.length === 0) return EMPTY;
  let depth = 0;
  let volume = 0;
  let withVolume = 0;
  const used = new Set<number>();
  for (const p of points) {
    depth += p.depthMm;
    if (p.volumeMl !== null) {
      volume += p.volumeMl;
      withVolume += 1;
    }
    if (p.productIndex !== null && products[p.productIndex]) used.add(p.productIndex);
  }
  const names: string[] = [];
  for (const i of [...used].sort((a, b) => a - b)) {
    const name = products[i]?.name;
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return { points: points.length, meanDepthMm: r1(depth / points.length), totalVolumeMl: r2(volume), pointsWithVolume: withVolume, products: names };
}

function regionChange(from: RegionStats, to: RegionStats): RegionChange {
  return {
    points: to.points - from.points,
    meanDepthMm: from.meanDepthMm === null || to.meanDepthMm === null ? null : r1(to.meanDepthMm - from.meanDepthMm),
    totalVolumeMl: r2(to.totalVolumeMl - from.totalVolumeMl),
    productsAdded: to.products.filter((p) => !from.products.includes(p)),
    productsRemoved: from.products.filter((p) => !to.products.includes(p)),
  };
}

/** Oldest first: by date, then time, then number in course. */
export function chronological<S extends Pick<DiffSession, 'date' | 'time' | 'numberInCourse'>>(sessions: readonly S[]): S[] {
  return [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || (a.numberInCourse ?? 0) - (b.numberInCourse ?? 0));
}

/** The order regions are listed in: views as MAP_VIEWS lists them, regions as the artwork draws them, the uncharted last. */
function regionOrder(): Map<string, number> {
  const order = new Map<string, number>();
  MAP_VIEWS.forEach((view, v) => {
    regionsOf(view.id).forEach((region, r) => order.set(key(view.id, region.id), v * 10_000 + r));
    order.set(key(view.id, UNCHARTED_REGION), v * 10_000 + 9_999);
  });
  return order;
}

/** Points grouped by view and region. */
function byRegion(points: readonly InjectionPoint[]): Map<string, InjectionPoint[]> {
  const groups = new Map<string, InjectionPoint[]>();
  for (const p of points) {
    const k = key(p.view, p.region);
    const list = groups.get(k);
    if (list) list.push(p);
    else groups.set(k, [p]);
  }
  return groups;
}

/**
 * Region by region across `sessions` (2–4 for the compare view; any number works), oldest first.
 * Only regions with a point in at least one session are listed.
 */
export function diffSessions(sessions: readonly DiffSession[]): SessionDiff {
  const ordered = chronological(sessions);
  const grouped = ordered.map((s) => byRegion(s.points));
  const keys = new Map<string, { view: MapViewId; region: string }>();
  for (const s of ordered) for (const p of s.points) keys.set(key(p.view, p.region), { view: p.view, region: p.region });
  const order = regionOrder();
  const regions = [...keys.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b))
    .map(([k, { view, region }]): RegionDiff => {
      const stats = ordered.map((s, i) => regionStats(grouped[i]?.get(k) ?? [], s.products));
      const changes = stats.map((st, i) => (i === 0 ? null : regionChange(stats[i - 1] ?? EMPTY, st)));
      return { view, region, stats, changes, overall: regionChange(stats[0] ?? EMPTY, stats[stats.length - 1] ?? EMPTY) };
    });
  return {
    sessions: ordered.map((s) => ({ id: s.id, date: s.date, time: s.time, numberInCourse: s.numberInCourse })),
    regions,
  };
}

export type RegionLastTreated = {
  view: MapViewId;
  region: string;
  /** The latest session with a point in the region. */
  date: string;
  sessionId: string;
  numberInCourse: number | null;
  /** How many of the sessions treated it. */
  sessions: number;
};

/** For every region treated in `sessions` (e.g. a course), when it was last treated and how often. */
export function lastTreatedByRegion(sessions: readonly DiffSession[]): RegionLastTreated[] {
  const out = new Map<string, RegionLastTreated>();
  for (const s of chronological(sessions)) {
    const seen = new Set<string>();
    for (const p of s.points) {
      const k = key(p.view, p.region);
      if (seen.has(k)) continue;
      seen.add(k);
      const before = out.get(k);
      out.set(k, { view: p.view, region: p.region, date: s.date, sessionId: s.id, numberInCourse: s.numberInCourse, sessions: (before?.sessions ?? 0) + 1 });
    }
  }
  const order = regionOrder();
  return [...out.entries()].sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b)).map(([, v]) => v);
}
