import type { DepthRange } from '../../shared/depth.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { Needle } from '../../shared/needles.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import type { SessionFields } from '../../shared/session.ts';

/**
 * The chart editor's state: plain data only (arrays, records, strings, numbers), so that it can be
 * logged, snapshotted and compared. Every value is replaced, never mutated: a changed point is a new
 * object, a changed list a new array, which lets autosave and the canvas tell what changed by reference.
 */
export type ChartState = {
  sessionId: string;
  /** The session fields the editor may change (sessionFieldsSchema); the session form edits them here too. */
  fields: SessionFields;
  /** Every point of the session, all views, in charting order (a point's number is its rank in its view). */
  points: InjectionPoint[];
  /** Point id → its position in `points`. Rebuilt when points are added or removed, kept on moves. */
  pointIndex: Record<string, number>;
  view: MapViewId;
  /** Selected point ids, in the order they were selected. Only points of the active view. */
  selection: string[];
  /** What the editor needs from the settings. */
  depthRange: DepthRange;
  defaultDepthMm: number;
  /** The clinic's needle catalogue (retired needles included: points that carry them still read them). */
  needles: readonly Needle[];
  /** Signed sessions (or a 'locked' answer from the store, or edits kept aside for their author) make the editor read-only. */
  readOnly: boolean;
  readOnlyReason: EditorMessage | null;
  /** The last refused command, shown by the inspector (e.g. a depth outside the allowed range). */
  problem: Problem | null;
  /** True between beginDrag and endDrag: the canvas keeps the points layer still meanwhile. */
  dragging: boolean;
  history: { undos: HistoryEntry[]; redos: HistoryEntry[] };
};

/**
 * Words for the screen kept as data: a key of the `map` namespace's `problems` and its values (numbers,
 * names, instants), worded by the screen in its language when shown (renderer/map/editorText.ts), so that
 * a message already on screen follows a change of language.
 */
export type EditorMessageKey =
  | 'signed'
  | 'signedBy'
  | 'locked'
  | 'otherPractitioner'
  | 'checkingScreening'
  | 'awaitingAck'
  | 'emptyProtocol'
  | 'depthNotNumber'
  | 'depthOutOfRange'
  | 'depthOffGrid'
  | 'needle'
  | 'technique'
  | 'needleCount'
  | 'deeperThanNeedle'
  | 'noProducts'
  | 'product'
  | 'volume'
  | 'note'
  | 'field';
export type EditorMessage = { key: EditorMessageKey; values?: Record<string, string | number> };

export type Problem = { field: string; message: EditorMessage };

/** A field's value before and after. */
export type FieldPair<K extends keyof SessionFields = keyof SessionFields> = [SessionFields[K], SessionFields[K]];

/**
 * What one edit changed. Added points carry their index in the points array after the change, removed
 * ones their index before it; updated ones their value before and after. Reversing swaps the two sides.
 */
export type ChartDiff = {
  added: Record<string, { point: InjectionPoint; index: number }>;
  removed: Record<string, { point: InjectionPoint; index: number }>;
  updated: Record<string, [InjectionPoint, InjectionPoint]>;
  fields: { [K in keyof SessionFields]?: FieldPair<K> };
};

/**
 * The undo stack holds diffs and marks. A mark (e.g. the start of a drag) lets the edits after it be
 * squashed into one diff; `coalesce` lets consecutive edits of one kind (typing into a note) merge.
 * `selection` is the selection before (undo) / after (redo) the entry, restored with it. `label` names
 * the edit for logs and tests only: it is never shown, so it is not worded in the catalogue.
 */
export type HistoryEntry =
  | { type: 'diff'; diff: ChartDiff; label: string; coalesce: string | null; selectionBefore: string[]; selectionAfter: string[] }
  | { type: 'mark'; id: string };

/** The editable properties of a point, as the inspector changes them for the whole selection. */
export type PointPatch = Partial<Pick<InjectionPoint, 'depthMm' | 'needle' | 'injector' | 'technique' | 'productIndex' | 'volumeMl' | 'note'>>;

/** A point of a protocol to stamp: its offset from where the practitioner clicks, and its properties. */
export type StampPoint = { dx: number; dy: number } & PointPatch;

/** The result of a command: done, or refused with the reason (nothing changed then). */
export type CommandResult = { ok: true } | { ok: false; problem: Problem };
