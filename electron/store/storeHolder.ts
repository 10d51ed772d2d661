import type { RecordStore } from '../../shared/repository.ts';

/**
 * The record store in use, held in one place that every channel reads through at each call. A restore
 * is the one thing that replaces it: the store is closed before its file is replaced, then opened
 * again on what is there (the restored file, or the old one if the replacement failed half-way).
 * No code reassigns the store anywhere else.
 */
export type StoreHolder = {
  current(): RecordStore;
  /** Whether the store can be opened again after a restore; without `reopen`, restores are not available. */
  readonly canReopen: boolean;
  /** Closes the store before its file is replaced; reopenIfClosed() opens it again. */
  closeForRestore(): void;
  /** Opens the store again on its file if it was closed for a restore; answers whether it did. */
  reopenIfClosed(): boolean;
};

/** `reopen` opens the store on the database file again (after a restore); tests without restores leave it out. */
export function holdStore(first: RecordStore, reopen?: () => RecordStore): StoreHolder {
  let store = first;
  let closed = false;
  return {
    current: () => store,
    canReopen: reopen !== undefined,
    closeForRestore() {
      store.close();
      closed = true;
    },
    reopenIfClosed() {
      if (!closed || !reopen) return false;
      store = reopen();
      closed = false;
      return true;
    },
  };
}
