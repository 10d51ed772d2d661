import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { DEPTH_STEP_MM } from '../../shared/depth.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import { findNeedle, injectorForNewPoints, MAX_INJECTOR_NEEDLES, MIN_INJECTOR_NEEDLES } from '../../shared/needles.ts';
import { needleProblem } from '../../shared/pointRules.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { regionAt } from '../../shared/regions.ts';
import { sessionFieldRulesSchema, type SessionFields } from '../../shared/session.ts';
import { techniqueIdSchema } from '../../shared/techniques.ts';
import { emptyDiff } from './diff.ts';
import type { ChartDiff, ChartState, EditorMessage, PointPatch, Problem, StampPoint } from './types.ts';

/**
 * The editor's commands as pure functions: each reads the state and answers the diff it makes and the
 * selection after it, or the problem that refuses it (then nothing changes). The store applies them.
 */
export type Outcome = { diff: ChartDiff; selection: string[]; label: string } | { problem: Problem };

export type IdFactory = () => string;

/** How far a duplicate lands from its original, in map units (about 1 cm on the body views). */
const DUPLICATE_OFFSET = 16;
/** One arrow-key nudge, in map units; Shift moves ten times as far. */
export const NUDGE_STEP = 1;

function clampToView(view: MapViewId, x: number, y: number): { x: number; y: number } {
  const art = MAP_ARTWORK[view];
  const round = (v: number) => Math.round(v * 10) / 10;
  return { x: round(Math.min(art.width, Math.max(0, x))), y: round(Math.min(art.height, Math.max(0, y))) };
}

function regionId(view: MapViewId, x: number, y: number): string {
  return regionAt(view, x, y)?.id ?? '';
}

/** The properties a new point takes: the session's defaults and the settings' default depth. */
function newPointDefaults(state: ChartState): Omit<InjectionPoint, 'id' | 'view' | 'x' | 'y' | 'region'> {
  const { min, max } = state.depthRange;
  // Never deeper than the session's needle is long (a 4 mm needle with a 6 mm default depth), unless the
  // needle is shorter than the whole range allows: then the chart's own refusal says so.
  const length = findNeedle(state.needles, state.fields.defaultNeedle)?.lengthMm ?? max;
  const depth = Math.max(min, Math.min(max, length, state.defaultDepthMm));
  return {
    depthMm: depth,
    needle: state.fields.defaultNeedle,
    // A draft started before the 3–18 rule may hold a default of 1 or 2 needles: new points do not take it.
    injector: injectorForNewPoints(state.fields.injector),
    technique: state.fields.defaultTechnique,
    productIndex: state.fields.products.length === 1 ? 0 : null,
    volumeMl: null,
    note: '',
  };
}

function refused(field: string, message: EditorMessage): Outcome {
  return { problem: { field, message } };
}

function lockedProblem(state: ChartState): Problem | null {
  return state.readOnly ? { field: 'session', message: state.readOnlyReason ?? { key: 'locked' } } : null;
}

export function placePoint(state: ChartState, newId: IdFactory, x: number, y: number, view: MapViewId = state.view): Outcome {
  const locked = lockedProblem(state);
  if (locked) return { problem: locked };
  const at = clampToView(view, x, y);
  const point: InjectionPoint = { id: newId(), view, ...at, region: regionId(view, at.x, at.y), ...newPointDefaults(state) };
  const diff = emptyDiff();
  diff.added[point.id] = { point, index: state.points.length };
  return { diff, selection: [point.id], label: 'Place point' };
}

/** Places a protocol's points around (x, y); each takes its region there. */
export function stampPoints(state: ChartState, newId: IdFactory, x: number, y: number, stamp: readonly StampPoint[], view: MapViewId = state.view): Outcome {
  const locked = lockedProblem(state);
  if (locked) return { problem: locked };
  if (stamp.length === 0) return refused('points', { key: 'emptyProtocol' });
  const defaults = newPointDefaults(state);
  const diff = emptyDiff();
  const selection: string[] = [];
  for (const s of stamp) {
    const { dx, dy, ...patch } = s;
    const at = clampToView(view, x + dx, y + dy);
    const point: InjectionPoint = { id: newId(), view, ...at, region: regionId(view, at.x, at.y), ...defaults, ...patch };
    if (point.depthMm < state.depthRange.min || point.depthMm > state.depthRange.max) point.depthMm = defaults.depthMm;
    if (point.productIndex !== null && point.productIndex >= state.fields.products.length) point.productIndex = null;
    diff.added[point.id] = { point, index: state.points.length + selection.length };
    selection.push(point.id);
  }
  return { diff, selection, label: `Stamp ${stamp.length} points` };
}

/** Moves points by (dx, dy) in map units, kept on the map; each one's region is looked up again. */
export function movePoints(state: ChartState, ids: readonly string[], dx: number, dy: number, label = 'Move'): Outcome {
  const locked = lockedProblem(state);
  if (locked) return { problem: locked };
  const diff = emptyDiff();
  for (const id of ids) {
    const i = state.pointIndex[id];
    if (i === undefined) continue;
    const p = state.points[i] as InjectionPoint;
    const at = clampToView(p.view, p.x + dx, p.y + dy);
    if (at.x === p.x && at.y === p.y) continue;
    diff.updated[id] = [p, { ...p, ...at, region: regionId(p.view, at.x, at.y) }];
  }
  return { diff, selection: state.selection, label };
}

/** Puts points at given positions (a drag's end, a keyboard placement), regions looked up again. */
export function movePointsTo(state: ChartState, positions: Readonly<Record<string, { x: number; y: number }>>): Outcome {
  const locked = lockedProblem(state);
  if (locked) return { problem: locked };
  const diff = emptyDiff();
  for (const id in positions) {
    const i = state.pointIndex[id];
    const pos = positions[id];
    if (i === undefined || !pos) continue;
    const p = state.points[i] as InjectionPoint;
    const at = clampToView(p.view, pos.x, pos.y);
    if (at.x === p.x && at.y === p.y) continue;
    diff.updated[id] = [p, { ...p, ...at, region: regionId(p.view, at.x, at.y) }];
  }
  return { diff, selection: state.selection, label: 'Move' };
}

export function deletePoints(state: ChartState, ids: readonly string[]): Outcome {
  const locked = lockedProblem(state);
  if (locked) return { problem: locked };
  const diff = emptyDiff();
  for (const id of ids) {
    const i = state.pointIndex[id];
    if (i !== undefined) diff.removed[id] = { point: state.points[i] as InjectionPoint, index: i };
  }
  const gone = new Set(ids);
  return { diff, selection: state.selection.filter((id) => !gone.has(id)), label: 'Delete points' };
}

export function duplicatePoints(state: ChartState, newId: IdFactory, ids: readonly string[], offset = DUPLICATE_OFFSET): Outcome {
  const locked = lockedProblem(state);
  if (locked) return { problem: locked };
  const diff = emptyDiff();
  const selection: string[] = [];
  const sources = ids.map((id) => state.pointIndex[id]).filter((i): i is number => i !== undefined).sort((a, b) => a - b);
  for (const i of sources) {
    const p = state.points[i] as InjectionPoint;
    const at = clampToView(p.view, p.x + offset, p.y + offset);
    const copy: InjectionPoint = { ...p, id: newId(), ...at, region: regionId(p.view, at.x, at.y) };
    diff.added[copy.id] = { point: copy, index: state.points.length + selection.length };
    selection.push(copy.id);
  }
  return { diff, selection, label: 'Duplicate points' };
}

/** Whether a depth is allowed: within the settings' range and on the 0.5 mm grid. */
function depthProblem(depth: number, range: { min: number; max: number }): EditorMessage | null {
  if (!Number.isFinite(depth)) return { key: 'depthNotNumber' };
  if (depth < range.min || depth > range.max) return { key: 'depthOutOfRange', values: { depth, min: range.min, max: range.max } };
  if (Math.abs(depth / DEPTH_STEP_MM - Math.round(depth / DEPTH_STEP_MM)) > 1e-9) {
    return { key: 'depthOffGrid', values: { step: DEPTH_STEP_MM, depth } };
  }
  return null;
}

/** Checks a patch of point properties against the settings and the session; the first problem or null. */
function patchProblem(state: ChartState, patch: PointPatch): Problem | null {
  if (patch.depthMm !== undefined) {
    const m = depthProblem(patch.depthMm, state.depthRange);
    if (m) return { field: 'depthMm', message: m };
  }
  if (patch.needle !== undefined && !findNeedle(state.needles, patch.needle)) return { field: 'needle', message: { key: 'needle' } };
  if (patch.technique !== undefined && !techniqueIdSchema.safeParse(patch.technique).success) return { field: 'technique', message: { key: 'technique' } };
  if (patch.injector !== undefined && patch.injector.kind === 'multi') {
    const n = patch.injector.needleCount;
    if (!Number.isInteger(n) || n < MIN_INJECTOR_NEEDLES || n > MAX_INJECTOR_NEEDLES) {
      return { field: 'injector', message: { key: 'needleCount', values: { min: MIN_INJECTOR_NEEDLES, max: MAX_INJECTOR_NEEDLES, n } } };
    }
  }
  if (patch.productIndex !== undefined && patch.productIndex !== null) {
    const count = state.fields.products.length;
    if (!Number.isInteger(patch.productIndex) || patch.productIndex < 0 || patch.productIndex >= count) {
      return { field: 'productIndex', message: { key: count === 0 ? 'noProducts' : 'product' } };
    }
  }
  if (patch.volumeMl !== undefined && patch.volumeMl !== null) {
    if (!Number.isFinite(patch.volumeMl) || patch.volumeMl < 0 || patch.volumeMl > 10) return { field: 'volumeMl', message: { key: 'volume' } };
  }
  if (patch.note !== undefined && patch.note.length > 500) return { field: 'note', message: { key: 'note' } };
  return null;
}

/**
 * A point may not be deeper than its needle is long: checked on every point the change touches, and
 * named by the field the change sets (a shorter needle is refused at the needle, a deeper depth at the depth).
 */
function needleLengthProblem(state: ChartState, ids: readonly string[], patch: PointPatch): Problem | null {
  if (patch.depthMm === undefined && patch.needle === undefined) return null;
  for (const id of ids) {
    const i = state.pointIndex[id];
    const p = i === undefined ? undefined : state.points[i];
    if (!p) continue;
    const found = needleProblem({ needle: patch.needle ?? p.needle, depthMm: patch.depthMm ?? p.depthMm }, state.needles);
    if (found?.reason === 'deeper-than-needle') {
      return { field: patch.depthMm !== undefined ? 'depthMm' : 'needle', message: { key: 'deeperThanNeedle', values: { depth: found.params.depth, length: found.params.maximum } } };
    }
  }
  return null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** Sets properties on every listed point; refused as a whole when any value is not allowed. */
export function updatePoints(state: ChartState, ids: readonly string[], patch: PointPatch): Outcome {
  const locked = lockedProblem(state);
  if (locked) return { problem: locked };
  const problem = patchProblem(state, patch) ?? needleLengthProblem(state, ids, patch);
  if (problem) return { problem };
  const diff = emptyDiff();
  const keys = Object.keys(patch) as (keyof PointPatch)[];
  for (const id of ids) {
    const i = state.pointIndex[id];
    if (i === undefined) continue;
    const p = state.points[i] as InjectionPoint;
    if (keys.every((k) => sameValue(p[k], patch[k]))) continue;
    diff.updated[id] = [p, { ...p, ...patch }];
  }
  const what = keys.length === 1 ? (keys[0] as string) : 'properties';
  return { diff, selection: state.selection, label: `Change ${what}` };
}

/** Sets session fields (the session form dispatches here too); each value is checked by the domain schema. */
export function setFields(state: ChartState, patch: Partial<SessionFields>): Outcome {
  const locked = lockedProblem(state);
  if (locked) return { problem: locked };
  const parsed = sessionFieldRulesSchema.partial().safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issue.path.map(String).join('.') : 'fields';
    return refused(field, { key: 'field', values: { field } });
  }
  const diff = emptyDiff();
  const fields: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(parsed.data) as (keyof SessionFields)[]) {
    const value = parsed.data[key];
    if (value === undefined || sameValue(state.fields[key], value)) continue;
    fields[key] = [state.fields[key], value];
  }
  diff.fields = fields as ChartDiff['fields'];
  // A shorter cocktail leaves no product behind for the points that named one past its end.
  const products = parsed.data.products;
  if (products && products.length < state.fields.products.length) {
    for (const p of state.points) {
      if (p.productIndex !== null && p.productIndex >= products.length) diff.updated[p.id] = [p, { ...p, productIndex: null }];
    }
  }
  return { diff, selection: state.selection, label: 'Edit session' };
}
