import { MAP_VIEWS, type MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import type { RegionChange, RegionStats } from '../../shared/sessionDiff.ts';

/** Words and numbers of the compare view's tables. Pure. */

const signed = (n: number, digits: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(digits)}`;

/** "12 points · 5.0 mm · 1.20 ml", or "—" when the region had no point in that session. */
export function statsLine(s: RegionStats): string {
  if (s.points === 0) return '—';
  const parts = [`${s.points} ${s.points === 1 ? 'point' : 'points'}`];
  if (s.meanDepthMm !== null) parts.push(`${s.meanDepthMm.toFixed(1)} mm`);
  if (s.pointsWithVolume > 0) parts.push(`${s.totalVolumeMl.toFixed(2)} ml`);
  return parts.join(' · ');
}

/** The change from one session to another, as short signed phrases: ["+4 points", "+0.5 mm", "+0.40 ml", "added Dutasteride"]. */
export function changePhrases(c: RegionChange): string[] {
  const out: string[] = [];
  if (c.points !== 0) out.push(`${signed(c.points, 0)} ${Math.abs(c.points) === 1 ? 'point' : 'points'}`);
  if (c.meanDepthMm !== null && c.meanDepthMm !== 0) out.push(`${signed(c.meanDepthMm, 1)} mm depth`);
  if (c.totalVolumeMl !== 0) out.push(`${signed(c.totalVolumeMl, 2)} ml`);
  if (c.productsAdded.length > 0) out.push(`added ${c.productsAdded.join(', ')}`);
  if (c.productsRemoved.length > 0) out.push(`dropped ${c.productsRemoved.join(', ')}`);
  return out;
}

export function changeTone(c: RegionChange, firstPoints: number, lastPoints: number): 'new' | 'stopped' | 'changed' | 'same' {
  if (firstPoints === 0 && lastPoints > 0) return 'new';
  if (firstPoints > 0 && lastPoints === 0) return 'stopped';
  return changePhrases(c).length === 0 ? 'same' : 'changed';
}

/** Points per view over several charts: for the view tabs' counts. */
export function countByView(charts: readonly (readonly InjectionPoint[])[]): Record<MapViewId, number> {
  const counts = { 'body-front': 0, 'body-back': 0, face: 0, scalp: 0 } as Record<MapViewId, number>;
  for (const points of charts) for (const p of points) counts[p.view] += 1;
  return counts;
}

/** The view to open on: the one with most points over the charts (body front when none has any). */
export function busiestView(charts: readonly (readonly InjectionPoint[])[]): MapViewId {
  const counts = countByView(charts);
  let best: MapViewId = 'body-front';
  for (const v of MAP_VIEWS) if (counts[v.id] > counts[best]) best = v.id;
  return best;
}

/** Columns of panes for `n` maps side by side in a box `width` wide: all in a row when each gets 220 px, else two. */
export function paneColumns(n: number, width: number): number {
  if (n <= 2) return Math.max(1, n);
  return width / n >= 220 ? n : 2;
}
