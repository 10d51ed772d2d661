import { lockedOut } from '../../shared/errors.ts';
import type { RecordStore } from '../../shared/repository.ts';

/**
 * The record store in use, held in one place that every channel reads through at each call. Sealed
 * records start closed: the first unlock opens them (with the data key its passphrase unwraps). A
 * restore, and the sealing of a plaintext folder, are the other things that replace the store: it is
 * closed before its file is replaced, then opened again on what is there. No code reassigns the store
 * anywhere else.
 */
export type StoreHolder = {
  /** The store; while sealed records are not yet opened, the lock's refusal ('locked-out'). */
  current(): RecordStore;
  isOpen(): boolean;
  /** The records opened (first unlock of sealed records, or after sealing a plaintext folder). */
  open(store: RecordStore): void;
  /** Whether the store can be opened again after a restore; without `reopen`, restores are not available. */
  readonly canReopen: boolean;
  /** Closes the store before its file is replaced; reopenIfClosed() opens it again. */
  closeForRestore(): void;
  /** Opens the store again on its file if it was closed for a restore; answers whether it did. */
  reopenIfClosed(): boolean;
};

/**
 * `first`: the store, or null for sealed records not yet opened. `reopen` opens the store on the
 * database file again (after a restore); tests without restores leave it out.
 */
export function holdStore(first: RecordStore | null, reopen?: () => RecordStore): StoreHolder {
  let store = first;
  let closedForRestore = false;
  return {
    current: () => {
      if (!store) throw lockedOut();
      return store;
    },
    isOpen: () => store !== null && !closedForRestore,
    open(next) {
      store?.close();
      store = next;
      closedForRestore = false;
    },
    canReopen: reopen !== undefined,
    closeForRestore() {
      store?.close();
      closedForRestore = true;
    },
    reopenIfClosed() {
      if (!closedForRestore || !reopen) return false;
      store = reopen();
      closedForRestore = false;
      return true;
    },
  };
}
