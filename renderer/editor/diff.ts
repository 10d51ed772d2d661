import type { InjectionPoint } from '../../shared/point.ts';
import type { SessionFields } from '../../shared/session.ts';
import type { ChartDiff } from './types.ts';

export function emptyDiff(): ChartDiff {
  return { added: {}, removed: {}, updated: {}, fields: {} };
}

function hasKey(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

export function isEmptyDiff(d: ChartDiff): boolean {
  return !hasKey(d.added) && !hasKey(d.removed) && !hasKey(d.updated) && !hasKey(d.fields);
}

export function reverseDiff(d: ChartDiff): ChartDiff {
  const updated: ChartDiff['updated'] = {};
  for (const id in d.updated) {
    const pair = d.updated[id];
    if (pair) updated[id] = [pair[1], pair[0]];
  }
  const fields: Record<string, [unknown, unknown]> = {};
  for (const key in d.fields) {
    const pair = (d.fields as Record<string, [unknown, unknown] | undefined>)[key];
    if (pair) fields[key] = [pair[1], pair[0]];
  }
  return { added: d.removed, removed: d.added, updated, fields: fields as ChartDiff['fields'] };
}

export function buildPointIndex(points: readonly InjectionPoint[]): Record<string, number> {
  const index: Record<string, number> = {};
  for (let i = 0; i < points.length; i += 1) index[(points[i] as InjectionPoint).id] = i;
  return index;
}

type ChartData = { points: InjectionPoint[]; pointIndex: Record<string, number>; fields: SessionFields };

/**
 * The chart after the diff: removed points go, added ones are inserted at their recorded index (in
 * ascending order, so each index is right once the earlier ones are in), updated ones are replaced.
 * Returns new arrays/objects only for what changed.
 */
export function applyDiff(data: ChartData, d: ChartDiff): ChartData {
  let { points, pointIndex, fields } = data;
  const removedIds = Object.keys(d.removed);
  const added = Object.values(d.added).sort((a, b) => a.index - b.index);
  if (removedIds.length > 0 || added.length > 0) {
    const removed = new Set(removedIds);
    const kept = removed.size > 0 ? points.filter((p) => !removed.has(p.id)) : points;
    if (added.length === 0) {
      points = kept;
    } else {
      const next: InjectionPoint[] = [];
      let k = 0;
      for (const a of added) {
        while (next.length < a.index && k < kept.length) next.push(kept[k++] as InjectionPoint);
        next.push(a.point);
      }
      while (k < kept.length) next.push(kept[k++] as InjectionPoint);
      points = next;
    }
    pointIndex = buildPointIndex(points);
  }
  const updatedIds = Object.keys(d.updated);
  if (updatedIds.length > 0) {
    points = points === data.points ? points.slice() : points;
    for (const id of updatedIds) {
      const i = pointIndex[id];
      const pair = d.updated[id];
      if (i !== undefined && pair) points[i] = pair[1];
    }
  }
  if (hasKey(d.fields)) {
    const next: Record<string, unknown> = { ...fields };
    for (const key in d.fields) {
      const pair = (d.fields as Record<string, [unknown, unknown] | undefined>)[key];
      if (pair) next[key] = pair[1];
    }
    fields = next as SessionFields;
  }
  return { points, pointIndex, fields };
}

/**
 * The one diff that takes `before` to `after`: what a squash produces from a run of edits (a drag).
 * O(points) with reference comparisons, since an unchanged point keeps its object.
 */
export function diffBetween(before: ChartData, after: ChartData): ChartDiff {
  const d = emptyDiff();
  if (before.points !== after.points) {
    for (let i = 0; i < before.points.length; i += 1) {
      const p = before.points[i] as InjectionPoint;
      const j = after.pointIndex[p.id];
      if (j === undefined) d.removed[p.id] = { point: p, index: i };
      else {
        const q = after.points[j] as InjectionPoint;
        if (q !== p) d.updated[p.id] = [p, q];
      }
    }
    for (let j = 0; j < after.points.length; j += 1) {
      const q = after.points[j] as InjectionPoint;
      if (before.pointIndex[q.id] === undefined) d.added[q.id] = { point: q, index: j };
    }
  }
  if (before.fields !== after.fields) {
    const out: Record<string, [unknown, unknown]> = {};
    for (const key of Object.keys(after.fields) as (keyof SessionFields)[]) {
      if (before.fields[key] !== after.fields[key]) out[key] = [before.fields[key], after.fields[key]];
    }
    d.fields = out as ChartDiff['fields'];
  }
  return d;
}

/** `a` then `b` where both only update points and fields (a drag's moves, typing): one diff. */
export function mergeUpdates(a: ChartDiff, b: ChartDiff): ChartDiff | null {
  if (hasKey(a.added) || hasKey(a.removed) || hasKey(b.added) || hasKey(b.removed)) return null;
  const updated = { ...a.updated };
  for (const id in b.updated) {
    const pb = b.updated[id];
    if (!pb) continue;
    const pa = updated[id];
    updated[id] = pa ? [pa[0], pb[1]] : pb;
  }
  const fields: Record<string, [unknown, unknown]> = { ...(a.fields as Record<string, [unknown, unknown]>) };
  for (const key in b.fields) {
    const pb = (b.fields as Record<string, [unknown, unknown] | undefined>)[key];
    if (!pb) continue;
    const pa = fields[key];
    fields[key] = pa ? [pa[0], pb[1]] : pb;
  }
  return { added: {}, removed: {}, updated, fields: fields as ChartDiff['fields'] };
}
