import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiErrorCode } from '../../shared/errors.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import type { SessionFields, SessionSave } from '../../shared/session.ts';
import type { ChartEditor } from './store.ts';
import type { ChartState } from './types.ts';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

export type SaveStatus = {
  state: SaveState;
  /** The store's message when the last save failed (for logs: the screen words `error` in its language). */
  message: string | null;
  /** What the store answered when the last save failed (an ApiError), worded by the screen with errorText. */
  error?: unknown;
  code: ApiErrorCode | null;
  /** The field the store named when it refused the last save (ApiError.field, e.g. "fields.products.0.lot"), or null. */
  field: string | null;
  /** When the chart was last saved (ms since the epoch), or null before the first save. */
  savedAt: number | null;
  /** When the next automatic attempt is due after an error, or null when none is planned. */
  retryAt: number | null;
};

export type SaveInput = SessionSave & { fields: Partial<SessionFields>; points?: InjectionPoint[] };
export type SaveFn = (input: SaveInput) => Promise<unknown>;

export type AutosaveOptions = {
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** Waits before automatic retries after a failed save; the last one repeats. */
  retryDelaysMs?: readonly number[];
  now?: () => number;
  /** The practitioner unlocked while these edits are made: every save carries them (`madeBy`). */
  madeBy?: string;
  /** Edits the store refused because someone else is unlocked now: kept aside here, never retried. */
  setAside?: (input: SaveInput) => void;
};

type Saved = { fields: SessionFields; points: InjectionPoint[] };

/** The store's refusal of edits made under another practitioner than the one unlocked now. */
export function isOtherPractitioner(error: unknown): boolean {
  return (error as { reason?: unknown } | null)?.reason === 'other-practitioner';
}

function errorInfo(error: unknown): { code: ApiErrorCode; message: string; field: string | null } {
  const e = error as { code?: unknown; message?: unknown; field?: unknown } | null;
  const code = typeof e?.code === 'string' ? (e.code as ApiErrorCode) : 'internal';
  const message = typeof e?.message === 'string' && e.message ? e.message : 'The session could not be saved.';
  const field = typeof e?.field === 'string' && e.field ? e.field : null;
  return { code, message, field };
}

/**
 * Saves the open session's chart and fields through the API a short while after each edit: only the
 * fields that changed, and all points when any point changed (the store replaces the chart as a whole).
 * A failed save keeps the edits in the editor and is tried again (after 2 s, 5 s, 15 s, then every 30 s,
 * at the next edit, or on Retry); a 'locked' answer (the session was signed) makes the editor read-only.
 * Every save names the practitioner the edits were made under: when the store answers that someone else
 * is unlocked now (a retry after a lock), the edits are kept aside for their author, never retried.
 * `flush()` saves at once: on leaving the page, hiding or closing the window.
 */
export class Autosave {
  private saved: Saved;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private disposed = false;
  private readonly unsubscribe: () => void;
  private readonly delayMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly now: () => number;
  private readonly madeBy: string | undefined;
  private readonly setAside: ((input: SaveInput) => void) | undefined;
  /** The save status as a zustand store, for the screen (`useSaveStatus`); `status` reads it. */
  readonly statusStore: Pick<StoreApi<SaveStatus>, 'getState' | 'getInitialState' | 'subscribe'>;
  private readonly statusData: StoreApi<SaveStatus>;

  private readonly editor: ChartEditor;
  private readonly save: SaveFn;

  constructor(editor: ChartEditor, save: SaveFn, options: AutosaveOptions = {}) {
    this.editor = editor;
    this.save = save;
    this.delayMs = options.delayMs ?? 600;
    this.retryDelaysMs = options.retryDelaysMs ?? [2000, 5000, 15000, 30000];
    this.now = options.now ?? (() => Date.now());
    this.madeBy = options.madeBy;
    this.setAside = options.setAside;
    this.statusData = createStore<SaveStatus>()(() => ({ state: 'saved', message: null, code: null, field: null, savedAt: null, retryAt: null }));
    this.statusStore = this.statusData;
    const s = editor.state;
    this.saved = { fields: s.fields, points: s.points };
    this.unsubscribe = editor.subscribe((state, previous) => this.onChange(state, previous));
  }

  get status(): SaveStatus {
    return this.statusData.getState();
  }

  private setStatus(patch: Partial<SaveStatus>): void {
    this.statusData.setState(patch);
  }

  /** True when the editor holds edits the store does not have yet. */
  isDirty(state: ChartState = this.editor.state): boolean {
    return state.fields !== this.saved.fields || state.points !== this.saved.points;
  }

  private onChange(state: ChartState, previous: ChartState): void {
    if (this.disposed) return;
    const edited = state.fields !== previous.fields || state.points !== previous.points;
    const dragEnded = previous.dragging && !state.dragging;
    if (!edited && !dragEnded) return;
    if (!this.isDirty(state)) {
      if (this.status.state === 'unsaved') this.setStatus({ state: 'saved' });
      return;
    }
    if (state.readOnly) return;
    if (this.status.state !== 'error' && this.status.state !== 'saving') this.setStatus({ state: 'unsaved' });
    // A drag saves when it ends, not at every move.
    if (!state.dragging) this.schedule(this.delayMs);
  }

  private schedule(ms: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Saves now what has changed; resolves when the store has answered (or at once when nothing changed). */
  flush(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.cancelTimer();
    const state = this.editor.state;
    if (!this.isDirty(state) || state.readOnly) return Promise.resolve();
    const snapshot: Saved = { fields: state.fields, points: state.points };
    this.setStatus({ state: 'saving', retryAt: null });
    this.inFlight = this.save(this.inputFor(state)).then(
      () => this.succeeded(snapshot),
      (error: unknown) => this.failed(error),
    );
    return this.inFlight;
  }

  /** What `state` changed since the last save: the changed fields, and all points when any changed. */
  private inputFor(state: ChartState): SaveInput {
    const fields: Partial<Record<keyof SessionFields, unknown>> = {};
    for (const key of Object.keys(state.fields) as (keyof SessionFields)[]) {
      if (state.fields[key] !== this.saved.fields[key]) fields[key] = state.fields[key];
    }
    return {
      id: state.sessionId,
      fields: fields as Partial<SessionFields>,
      ...(state.points !== this.saved.points ? { points: state.points } : {}),
      ...(this.madeBy !== undefined ? { madeBy: this.madeBy } : {}),
    };
  }

  private succeeded(snapshot: Saved): void {
    this.inFlight = null;
    this.saved = snapshot;
    this.failures = 0;
    if (this.disposed) return;
    const dirty = this.isDirty();
    this.setStatus({ state: dirty ? 'unsaved' : 'saved', message: null, code: null, field: null, error: null, savedAt: this.now(), retryAt: null });
    const again = this.again;
    this.again = false;
    if (dirty && !this.editor.state.dragging) this.schedule(again ? 0 : this.delayMs);
  }

  private failed(error: unknown): void {
    this.inFlight = null;
    this.again = false;
    const { code, message, field } = errorInfo(error);
    this.failures += 1;
    if (isOtherPractitioner(error)) {
      this.keepAside();
      this.setStatus({ state: 'error', code, message, field, error, retryAt: null });
      return;
    }
    if (code === 'locked') {
      this.editor.setReadOnly({ key: 'locked' });
      this.setStatus({ state: 'error', code, message, field, error, retryAt: null });
      return;
    }
    // Even after the page was left, a failed save keeps being retried: the edits exist nowhere else.
    // Input the store refuses will be refused again: wait for the next edit or the Retry button.
    const retryIn = code === 'invalid-input' ? null : (this.retryDelaysMs[Math.min(this.failures - 1, this.retryDelaysMs.length - 1)] ?? 30000);
    this.setStatus({ state: 'error', code, message, field, error, retryAt: retryIn === null ? null : this.now() + retryIn });
    if (retryIn !== null) this.schedule(retryIn);
  }

  /**
   * Someone else unlocked after these edits were made: they go aside (said so by the screen that shows
   * them) and count as handled here, so that no retry and no later flush sends them in that name.
   */
  private keepAside(): void {
    const state = this.editor.state;
    const input = this.inputFor(state);
    this.saved = { fields: state.fields, points: state.points };
    this.cancelTimer();
    this.setAside?.(input);
    if (!this.disposed) this.editor.setReadOnly({ key: 'otherPractitioner' });
  }

  /** The Retry button: saves at once. */
  retry(): Promise<void> {
    return this.flush();
  }

  /**
   * Saves on the way out: when the window is about to close or be hidden. The save's IPC message is
   * sent before the page goes, so the main process writes it even though nobody awaits the answer.
   */
  attachTo(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, doc?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>): () => void {
    const flush = () => void this.flush();
    const onVisibility = () => {
      if (doc?.visibilityState === 'hidden') flush();
    };
    target.addEventListener('beforeunload', flush);
    target.addEventListener('pagehide', flush);
    doc?.addEventListener('visibilitychange', onVisibility);
    return () => {
      target.removeEventListener('beforeunload', flush);
      target.removeEventListener('pagehide', flush);
      doc?.removeEventListener('visibilitychange', onVisibility);
    };
  }

  /** Stops listening; a pending save is flushed first (leaving the session page). */
  dispose(): Promise<void> {
    const done = this.flush();
    this.disposed = true;
    this.cancelTimer();
    this.unsubscribe();
    return done;
  }
}
