import type { SqlDatabase } from '../sqlDatabase.ts';
import { ApiError } from '../../../shared/errors.ts';
import type { Actor, AuditEntry } from '../../../shared/repository.ts';
import { writeAudit } from '../audit.ts';
import { transaction } from '../transaction.ts';
import { storageFailureOf } from '../storageFailure.ts';

/** The SQLite store answers synchronously: the same methods as the store interfaces, without the promises. */
export type Synchronous<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Awaited<R> : T[K];
};

/**
 * What every domain's store methods are given (electron/store/methods/<domain>.ts): the connection,
 * and the one way to read and to change it. recordStore.ts opens the database and makes this once.
 */
export type StoreContext = {
  db: SqlDatabase;
  /** Opened read-only: the audit of a view or an unlock cannot be written (nothing can). */
  readOnly: boolean;
  /** A change and its audit entry, committed together or not at all. */
  mutate<T>(actor: Actor, change: (at: string) => T): T;
  /** A read; SQLite's failures come out as 'storage' errors. */
  read<T>(query: () => T): T;
  audit(at: string, actor: Actor, action: string, entity: AuditEntry['entity'], entityId: string, detail: object): void;
};

/** How long without a write before the write-ahead log is folded into the database file. */
const IDLE_CHECKPOINT_MS = 1_000;

export type StoreContextOptions = { now: () => Date; readOnly: boolean; inMemory: boolean };

/** The context over an open connection, and `stop()` for the store's close (the idle checkpoint's timer). */
export function createStoreContext(db: SqlDatabase, options: StoreContextOptions): StoreContext & { stop(): void } {
  /**
   * Checkpoints run when the application is idle, not inside a save: with synchronous=FULL a
   * checkpoint flushes the database file, which would otherwise land on whichever save crosses
   * SQLite's threshold. database.ts raises that threshold, so it remains only as a backstop.
   */
  let checkpointTimer: ReturnType<typeof setTimeout> | null = null;
  function checkpointWhenIdle(): void {
    if (options.readOnly || options.inMemory) return;
    if (checkpointTimer) clearTimeout(checkpointTimer);
    checkpointTimer = setTimeout(() => {
      checkpointTimer = null;
      try {
        if (db.isOpen) db.exec('PRAGMA wal_checkpoint(PASSIVE)');
      } catch {
        // Busy or failing: the next idle moment, or SQLite's own threshold, will do it.
      }
    }, IDLE_CHECKPOINT_MS);
    checkpointTimer.unref?.();
  }

  return {
    db,
    readOnly: options.readOnly,
    mutate(actor, change) {
      requireActor(actor);
      const result = withStorageErrors(() => transaction(db, () => change(options.now().toISOString())));
      checkpointWhenIdle();
      return result;
    },
    read: withStorageErrors,
    audit(at, actor, action, entity, entityId, detail) {
      writeAudit(db, { at, actor: actor.name, actorId: actor.id ?? null, action, entity, entityId, detail });
    },
    stop() {
      if (checkpointTimer) clearTimeout(checkpointTimer);
      checkpointTimer = null;
    },
  };
}

/** Every audit entry names who made the change; a mutation without an actor is refused. */
function requireActor(actor: Actor): void {
  if (typeof actor?.name !== 'string' || actor.name.trim() === '') {
    throw new ApiError({ code: 'invalid-input', field: 'actor', reason: 'required' });
  }
}

/** Storage failures (full disk, I/O, constraint, lock) reach the caller as 'storage' errors, after rollback. */
function withStorageErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw storageFailureOf(error) ?? error;
  }
}
