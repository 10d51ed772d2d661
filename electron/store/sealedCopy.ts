import { pathToFileURL } from 'node:url';
import type { SqlConnectOptions, SqlDatabase } from './sqlDatabase.ts';

/** The connection option that opens a file sealed with `key` (none for a plaintext file). */
export function sealingKeyOptions(key: Uint8Array | undefined): Pick<SqlConnectOptions, 'encryptionKey'> {
  return key ? { encryptionKey: Buffer.from(key).toString('hex') } : {};
}

/**
 * A whole copy of `db`'s database at `target` (VACUUM INTO: one read transaction, compacted), sealed
 * with `key` when given: the `key` URI parameter is SQLite3MultipleCiphers' way of naming the new
 * file's key, the same key (in hex) the connection option takes.
 */
export function copySealedDatabase(db: SqlDatabase, target: string, key: Uint8Array | undefined): void {
  const url = pathToFileURL(target);
  if (key) url.searchParams.set('key', Buffer.from(key).toString('hex'));
  db.exec(`VACUUM INTO '${url.href.replaceAll("'", "''")}'`);
}
