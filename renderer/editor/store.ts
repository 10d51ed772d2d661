import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DepthRange } from '../../shared/depth.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import { NEEDLES, type Needle } from '../../shared/needles.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import type { Session, SessionFields } from '../../shared/session.ts';
import * as commands from './commands.ts';
import { applyDiff, buildPointIndex, diffBetween, isEmptyDiff, mergeUpdates, reverseDiff } from './diff.ts';
import type { ChartDiff, ChartState, CommandResult, EditorMessage, HistoryEntry, PointPatch, StampPoint } from './types.ts';

/** How many undo steps are kept. */
const HISTORY_LIMIT = 500;

export type ChartInit = {
  session: Pick<Session, 'id' | 'points' | 'status' | keyof SessionFields>;
  depthRange: DepthRange;
  defaultDepthMm: number;
  /** The clinic's needle catalogue; the shipped one when left out. */
  needles?: readonly Needle[];
  view?: MapViewId;
  /**
   * The view of the session's treated areas (renderer/map/initialFraming.ts's treatedAreasView), which
   * a session with no points opens on: "Face" opens the face, not the body.
   */
  areasView?: MapViewId | null;
  newId?: () => string;
};

export function fieldsOf(s: Pick<Session, keyof SessionFields>): SessionFields {
  return {
    date: s.date,
    time: s.time,
    practitioner: s.practitioner,
    indication: s.indication,
    diagnosis: s.diagnosis,
    treatedAreas: s.treatedAreas,
    products: s.products,
    defaultTechnique: s.defaultTechnique,
    defaultNeedle: s.defaultNeedle,
    injector: s.injector,
    vasBefore: s.vasBefore,
    vasAfter: s.vasAfter,
    outcomes: s.outcomes,
    sideEffects: s.sideEffects,
    aftercare: s.aftercare,
    notes: s.notes,
  };
}

function initialChartState(init: ChartInit): ChartState {
  const points = init.session.points.slice();
  const signed = init.session.status === 'signed';
  return {
    sessionId: init.session.id,
    fields: fieldsOf(init.session),
    points,
    pointIndex: buildPointIndex(points),
    view: init.view ?? points[0]?.view ?? init.areasView ?? 'body-front',
    selection: [],
    depthRange: init.depthRange,
    defaultDepthMm: init.defaultDepthMm,
    needles: init.needles ?? NEEDLES,
    readOnly: signed,
    readOnlyReason: signed ? { key: 'signed' } : null,
    problem: null,
    dragging: false,
    history: { undos: [], redos: [] },
  };
}

/** A zustand store that can be read and watched, not written: what the editor hands out. */
type ReadonlyStore<T> = Pick<StoreApi<T>, 'getState' | 'getInitialState' | 'subscribe'>;

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The chart editor of one open session: a zustand store of plain data (ChartState) and the commands
 * that change it. Every edit goes through `run`, which applies a command's diff and records it for
 * undo; undo and redo replay the diffs backwards and forwards. A drag marks the history at its start
 * and squashes everything after the mark into one entry at its end, as tldraw's HistoryManager does.
 */
export class ChartEditor {
  /** The state for React (`useChart`) and for reading: only the editor's own methods change it. */
  readonly store: ReadonlyStore<ChartState>;
  private readonly data: StoreApi<ChartState>;
  private readonly newId: () => string;
  /** The chart as it was at each open mark (not part of the state: a squash needs it, nothing else). */
  private readonly markSnapshots = new Map<string, Pick<ChartState, 'points' | 'pointIndex' | 'fields' | 'selection'>>();
  private markSeq = 0;
  private drag: { mark: string; ids: string[] } | null = null;

  constructor(init: ChartInit) {
    this.newId = init.newId ?? (() => crypto.randomUUID());
    this.data = createStore<ChartState>()(() => initialChartState(init));
    this.store = this.data;
  }

  get state(): ChartState {
    return this.store.getState();
  }

  subscribe(listener: (state: ChartState, previous: ChartState) => void): () => void {
    return this.store.subscribe(listener);
  }

  // ---------- history ----------

  /** Applies a command's outcome: records its diff for undo, or keeps its problem for the inspector. */
  private run(outcome: commands.Outcome, coalesce: string | null = null): CommandResult {
    const s = this.state;
    if ('problem' in outcome) {
      this.data.setState({ problem: outcome.problem });
      return { ok: false, problem: outcome.problem };
    }
    if (isEmptyDiff(outcome.diff)) {
      if (!sameIds(outcome.selection, s.selection) || s.problem) this.data.setState({ selection: outcome.selection, problem: null });
      return { ok: true };
    }
    const data = applyDiff(s, outcome.diff);
    let undos = s.history.undos;
    const top = undos[undos.length - 1];
    const merged = coalesce !== null && top?.type === 'diff' && top.coalesce === coalesce && s.history.redos.length === 0 ? mergeUpdates(top.diff, outcome.diff) : null;
    if (merged && top?.type === 'diff') {
      undos = [...undos.slice(0, -1), { ...top, diff: merged, selectionAfter: outcome.selection }];
    } else {
      const entry: HistoryEntry = { type: 'diff', diff: outcome.diff, label: outcome.label, coalesce, selectionBefore: s.selection, selectionAfter: outcome.selection };
      undos = [...undos, entry];
      if (undos.length > HISTORY_LIMIT && this.markSnapshots.size === 0) undos = undos.slice(undos.length - HISTORY_LIMIT);
    }
    this.data.setState({ ...data, selection: outcome.selection, problem: null, history: { undos, redos: [] } });
    return { ok: true };
  }

  /** Sets a mark; edits after it can be squashed into one entry or abandoned. Returns the mark's id. */
  mark(label = 'mark'): string {
    const id = `${label}:${(this.markSeq += 1)}`;
    const s = this.state;
    this.markSnapshots.set(id, { points: s.points, pointIndex: s.pointIndex, fields: s.fields, selection: s.selection });
    this.data.setState({ history: { undos: [...s.history.undos, { type: 'mark', id }], redos: s.history.redos } });
    return id;
  }

  /** Replaces the mark and every entry after it with one diff: from the chart at the mark to now. */
  squashToMark(id: string, label = 'Move'): void {
    const s = this.state;
    const at = s.history.undos.findIndex((e) => e.type === 'mark' && e.id === id);
    const snapshot = this.markSnapshots.get(id);
    this.markSnapshots.delete(id);
    if (at < 0 || !snapshot) return;
    const diff = diffBetween(snapshot, s);
    const undos = s.history.undos.slice(0, at);
    if (!isEmptyDiff(diff)) undos.push({ type: 'diff', diff, label, coalesce: null, selectionBefore: snapshot.selection, selectionAfter: s.selection });
    this.data.setState({ history: { undos, redos: s.history.redos } });
  }

  /** Undoes everything after the mark, without keeping it for redo (a cancelled drag). */
  bailToMark(id: string): void {
    const s = this.state;
    const at = s.history.undos.findIndex((e) => e.type === 'mark' && e.id === id);
    const snapshot = this.markSnapshots.get(id);
    this.markSnapshots.delete(id);
    if (at < 0 || !snapshot) return;
    const back = diffBetween(s, snapshot);
    this.data.setState({ ...applyDiff(s, back), selection: snapshot.selection, history: { undos: s.history.undos.slice(0, at), redos: s.history.redos } });
  }

  canUndo(): boolean {
    return !this.drag && this.state.history.undos.some((e) => e.type === 'diff');
  }

  canRedo(): boolean {
    return !this.drag && this.state.history.redos.length > 0;
  }

  undo(): boolean {
    if (this.drag || this.state.readOnly) return false;
    const s = this.state;
    const undos = s.history.undos.slice();
    let entry = undos.pop();
    while (entry && entry.type === 'mark') entry = undos.pop();
    if (!entry || entry.type !== 'diff') return false;
    const diff = reverseDiff(entry.diff);
    const data = applyDiff(s, diff);
    this.data.setState({
      ...data,
      view: this.viewOf(entry.diff, s.view),
      selection: this.existing(entry.selectionBefore, data.pointIndex),
      problem: null,
      history: { undos, redos: [...s.history.redos, entry] },
    });
    return true;
  }

  redo(): boolean {
    if (this.drag || this.state.readOnly) return false;
    const s = this.state;
    const redos = s.history.redos.slice();
    const entry = redos.pop();
    if (!entry || entry.type !== 'diff') return false;
    const data = applyDiff(s, entry.diff);
    this.data.setState({
      ...data,
      view: this.viewOf(entry.diff, s.view),
      selection: this.existing(entry.selectionAfter, data.pointIndex),
      problem: null,
      history: { undos: [...s.history.undos, entry], redos },
    });
    return true;
  }

  /** The view an undone or redone change happened on, so the practitioner sees it happen. */
  private viewOf(diff: ChartDiff, current: MapViewId): MapViewId {
    for (const group of [diff.updated, diff.added, diff.removed]) {
      for (const id in group) {
        const v = group[id];
        const point = Array.isArray(v) ? (v[1] as InjectionPoint) : (v as { point: InjectionPoint }).point;
        return point.view;
      }
    }
    return current;
  }

  private existing(ids: readonly string[], index: Record<string, number>): string[] {
    return ids.filter((id) => index[id] !== undefined);
  }

  // ---------- chart commands ----------

  place(x: number, y: number): CommandResult {
    return this.run(commands.placePoint(this.state, this.newId, x, y));
  }

  stamp(x: number, y: number, points: readonly StampPoint[]): CommandResult {
    return this.run(commands.stampPoints(this.state, this.newId, x, y, points));
  }

  moveSelection(dx: number, dy: number): CommandResult {
    return this.run(commands.movePoints(this.state, this.state.selection, dx, dy, 'Nudge'), 'nudge');
  }

  /** Arrow keys: one map unit, or ten with Shift. Consecutive nudges make one undo step. */
  nudge(direction: 'left' | 'right' | 'up' | 'down', large = false): CommandResult {
    const step = commands.NUDGE_STEP * (large ? 10 : 1);
    const [dx, dy] = direction === 'left' ? [-step, 0] : direction === 'right' ? [step, 0] : direction === 'up' ? [0, -step] : [0, step];
    return this.moveSelection(dx, dy);
  }

  movePointsTo(positions: Readonly<Record<string, { x: number; y: number }>>): CommandResult {
    return this.run(commands.movePointsTo(this.state, positions));
  }

  deleteSelection(): CommandResult {
    return this.run(commands.deletePoints(this.state, this.state.selection));
  }

  deletePoints(ids: readonly string[]): CommandResult {
    return this.run(commands.deletePoints(this.state, ids));
  }

  duplicateSelection(): CommandResult {
    return this.run(commands.duplicatePoints(this.state, this.newId, this.state.selection));
  }

  /** Sets properties of every selected point (depth, needle, injector, technique, product, volume, note). */
  updateSelection(patch: PointPatch, options: { coalesce?: string } = {}): CommandResult {
    return this.run(commands.updatePoints(this.state, this.state.selection, patch), options.coalesce ?? null);
  }

  updatePoints(ids: readonly string[], patch: PointPatch): CommandResult {
    return this.run(commands.updatePoints(this.state, ids, patch));
  }

  /**
   * Sets session fields through the same history as the chart. Text typed into one field should pass
   * `coalesce: 'notes'` (say), so that a run of keystrokes is one undo step.
   */
  setFields(patch: Partial<SessionFields>, options: { coalesce?: string } = {}): CommandResult {
    return this.run(commands.setFields(this.state, patch), options.coalesce ?? null);
  }

  // ---------- drag ----------

  /** Starts dragging points (the selection by default): marks the history. */
  beginDrag(ids: readonly string[] = this.state.selection): void {
    if (this.state.readOnly || this.drag || ids.length === 0) return;
    const mark = this.mark('drag');
    this.drag = { mark, ids: ids.slice() };
    this.data.setState({ dragging: true });
  }

  /** Moves the dragged points by (dx, dy) from where they were when the drag began. */
  dragTo(dx: number, dy: number): void {
    if (!this.drag) return;
    const snapshot = this.markSnapshots.get(this.drag.mark);
    if (!snapshot) return;
    const positions: Record<string, { x: number; y: number }> = {};
    for (const id of this.drag.ids) {
      const i = snapshot.pointIndex[id];
      const p = i === undefined ? undefined : snapshot.points[i];
      if (p) positions[id] = { x: p.x + dx, y: p.y + dy };
    }
    this.run(commands.movePointsTo(this.state, positions));
  }

  /** Ends the drag: every move since its start becomes one undo step. */
  endDrag(): void {
    if (!this.drag) return;
    const { mark } = this.drag;
    this.drag = null;
    this.squashToMark(mark, 'Move points');
    this.data.setState({ dragging: false });
  }

  /** Escape during a drag: the points go back, nothing is recorded. */
  cancelDrag(): void {
    if (!this.drag) return;
    const { mark } = this.drag;
    this.drag = null;
    this.bailToMark(mark);
    this.data.setState({ dragging: false });
  }

  get draggedIds(): readonly string[] {
    return this.drag?.ids ?? [];
  }

  // ---------- selection and view (not undoable edits) ----------

  select(ids: readonly string[], mode: 'replace' | 'add' | 'toggle' = 'replace'): void {
    const s = this.state;
    const valid = ids.filter((id) => {
      const i = s.pointIndex[id];
      return i !== undefined && s.points[i]?.view === s.view;
    });
    let selection: string[];
    if (mode === 'replace') selection = valid;
    else if (mode === 'add') selection = [...s.selection, ...valid.filter((id) => !s.selection.includes(id))];
    else {
      const current = new Set(s.selection);
      for (const id of valid) {
        if (current.has(id)) current.delete(id);
        else current.add(id);
      }
      selection = [...current];
    }
    if (!sameIds(selection, s.selection)) this.data.setState({ selection });
  }

  selectAll(): void {
    const s = this.state;
    this.data.setState({ selection: s.points.filter((p) => p.view === s.view).map((p) => p.id) });
  }

  clearSelection(): void {
    if (this.state.selection.length > 0 || this.state.problem) this.data.setState({ selection: [], problem: null });
  }

  setView(view: MapViewId): void {
    if (view !== this.state.view) this.data.setState({ view, selection: [], problem: null });
  }

  clearProblem(): void {
    if (this.state.problem) this.data.setState({ problem: null });
  }

  /** A signed session, or the store answering 'locked': no more edits. */
  setReadOnly(reason: EditorMessage): void {
    this.cancelDrag();
    this.data.setState({ readOnly: true, readOnlyReason: reason });
  }

  /** Lifts a read-only state this caller set, and only that one (never a signature's lock). */
  clearReadOnly(reason: EditorMessage): void {
    const s = this.state;
    if (s.readOnly && s.readOnlyReason?.key === reason.key) this.data.setState({ readOnly: false, readOnlyReason: null });
  }

  /** The store's copy after a save: the chart itself stays as the editor holds it. */
  setDepthRange(depthRange: DepthRange, defaultDepthMm: number): void {
    this.data.setState({ depthRange, defaultDepthMm });
  }
}
