import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connectSql, sqliteKeyText } from '../../../electron/store/sqlDatabase.ts';
import { tempDatabasePath, thrownBy } from './fixtures.ts';

function table(path = tempDatabasePath()) {
  const db = connectSql(path);
  db.exec('PRAGMA journal_mode = WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, n INTEGER)');
  return { db, path };
}

describe('the SQLite connection over libsql', () => {
  it('answers rows as node:sqlite did: no timing metadata, run() with changes and the new row id', () => {
    const { db } = table();
    expect(db.prepare('INSERT INTO t (text, n) VALUES (?, ?)').run('a', 1)).toEqual({ changes: 1, lastInsertRowid: 1 });
    expect(db.prepare('SELECT * FROM t WHERE id = :id').get({ id: 1 })).toEqual({ id: 1, text: 'a', n: 1 });
    expect(db.prepare('SELECT * FROM t').all()).toEqual([{ id: 1, text: 'a', n: 1 }]);
    expect([...db.prepare('SELECT id FROM t').iterate()]).toEqual([{ id: 1 }]);
    db.close();
  });

  it('refuses what libsql would mangle or die on: a boolean, undefined, an object, text with a NUL', () => {
    const { db } = table();
    const insert = db.prepare('INSERT INTO t (text, n) VALUES (?, ?)');
    expect(thrownBy(() => insert.run('a', true as never))).toBeInstanceOf(TypeError);
    expect(thrownBy(() => insert.run('a', undefined as never))).toBeInstanceOf(TypeError);
    expect(thrownBy(() => db.prepare('INSERT INTO t (text, n) VALUES (:text, :n)').run({ text: 'a', n: { x: 1 } as never }))).toBeInstanceOf(TypeError);
    expect(thrownBy(() => insert.run('before\u0000after', 1))).toMatchObject({ code: 'invalid-input', reason: 'nul-character' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });
    db.close();
  });

  it('opens read-only for real (libsql ignores its own option): writes refused, a missing file not created', () => {
    const { db, path } = table();
    db.close();
    const reader = connectSql(path, { readOnly: true });
    expect(thrownBy(() => reader.exec("INSERT INTO t (text) VALUES ('x')"))).toMatchObject({ code: expect.stringMatching(/^SQLITE_READONLY/) });
    reader.close();
    const missing = `${tempDatabasePath()}-missing`;
    expect(thrownBy(() => connectSql(missing, { readOnly: true }).prepare('SELECT 1').get())).toBeDefined();
    expect(existsSync(missing)).toBe(false);
  });

  it('leaves no write-ahead log behind at close, though libsql keeps the connection until its statements are collected', () => {
    const { db, path } = table();
    db.prepare("INSERT INTO t (text) VALUES ('x')").run();
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    db.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('gives the cipher a key text of 32 characters in which every byte of the data key counts', () => {
    const key = Buffer.alloc(32, 1);
    const other = Buffer.from(key);
    other[31] = 2;
    expect(sqliteKeyText(key)).toHaveLength(32);
    expect(sqliteKeyText(key)).not.toBe(sqliteKeyText(other));
  });
});
