import type { Namespace, TFunction } from 'i18next';
import type { Formatter } from '../../shared/format/formatter.ts';
import { MAP_VIEWS, type MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import type { RegionChange, RegionStats } from '../../shared/sessionDiff.ts';

/** Words and numbers of the compare view's tables, in the language of `t` and `format`. Pure. */

type Words = { t: TFunction<Namespace>; format: Pick<Formatter, 'integer' | 'depth' | 'meanDepth' | 'volume'> };

/** A signed change: "+4", "−0.5 mm", "±0", the number as the locale writes it. */
function signed(n: number, text: (abs: number) => string): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${text(Math.abs(n))}`;
}

/** "12 points · 5 mm · 1.2 ml", or "—" when the region had no point in that session. */
export function statsLine({ t, format }: Words, s: RegionStats): string {
  if (s.points === 0) return '—';
  const parts = [t('compare:points', { count: s.points })];
  if (s.meanDepthMm !== null) parts.push(format.meanDepth(s.meanDepthMm));
  if (s.pointsWithVolume > 0) parts.push(format.volume(s.totalVolumeMl));
  return parts.join(' · ');
}

/** The change from one session to another, as short signed phrases: ["+4 points", "+0.5 mm depth", "+0.4 ml", "added Dutasteride"]. */
export function changePhrases({ t, format }: Words, c: RegionChange): string[] {
  const out: string[] = [];
  if (c.points !== 0) out.push(t('compare:changes.pointsChange', { count: Math.abs(c.points), signed: signed(c.points, format.integer) }));
  if (c.meanDepthMm !== null && c.meanDepthMm !== 0) out.push(t('compare:changes.depthChange', { signed: signed(c.meanDepthMm, format.depth) }));
  if (c.totalVolumeMl !== 0) out.push(signed(c.totalVolumeMl, format.volume));
  if (c.productsAdded.length > 0) out.push(t('compare:changes.added', { products: c.productsAdded.join(', ') }));
  if (c.productsRemoved.length > 0) out.push(t('compare:changes.dropped', { products: c.productsRemoved.join(', ') }));
  return out;
}

function changed(c: RegionChange): boolean {
  return c.points !== 0 || (c.meanDepthMm !== null && c.meanDepthMm !== 0) || c.totalVolumeMl !== 0 || c.productsAdded.length > 0 || c.productsRemoved.length > 0;
}

export function changeTone(c: RegionChange, firstPoints: number, lastPoints: number): 'new' | 'stopped' | 'changed' | 'same' {
  if (firstPoints === 0 && lastPoints > 0) return 'new';
  if (firstPoints > 0 && lastPoints === 0) return 'stopped';
  return changed(c) ? 'changed' : 'same';
}

/** Points per view over several charts: for the view tabs' counts. */
export function countByView(charts: readonly (readonly InjectionPoint[])[]): Record<MapViewId, number> {
  const counts = Object.fromEntries(MAP_VIEWS.map((v) => [v.id, 0])) as Record<MapViewId, number>;
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
