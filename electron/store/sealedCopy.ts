import { pathToFileURL } from 'node:url';
import { sqliteKeyText, type SqlConnectOptions, type SqlDatabase } from './sqlDatabase.ts';

/** The connection option that opens a file sealed with `key` (none for a plaintext file). */
export function sealingKeyOptions(key: Uint8Array | undefined): Pick<SqlConnectOptions, 'key'> {
  return key ? { key } : {};
}

/**
 * A whole copy of `db`'s database at `target` (VACUUM INTO: one read transaction, compacted), sealed
 * with `key` when given: the `key` URI parameter is SQLite3MultipleCiphers' way of naming the new
 * file's key, the same text the connection option gives (sqliteKeyText).
 */
export function copySealedDatabase(db: SqlDatabase, target: string, key: Uint8Array | undefined): void {
  const url = pathToFileURL(target);
  if (key) url.searchParams.set('key', sqliteKeyText(key));
  db.exec(`VACUUM INTO '${url.href.replaceAll("'", "''")}'`);
}
