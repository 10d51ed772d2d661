import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrations.ts';
import { auditEntryHash, canonicalJson, GENESIS_HASH, verifyAuditChain } from '../../../electron/store/auditChain.ts';
import { actor, auditCount, defaults, openTestStore, patientFields, points, sessionDraft, tempDatabasePath } from './fixtures.ts';

/** A store with a few audited mutations; closed so that a raw connection can tamper with the file. */
function auditedDatabase() {
  const { store, path } = openTestStore();
  const patient = store.createPatient(patientFields(), actor);
  const session = store.createSession(sessionDraft(patient.id), defaults, actor);
  store.saveSession(session.id, { notes: 'First visit' }, points(5), actor);
  store.updatePatient(patient.id, patientFields({ phone: '+49 30 1234' }), actor);
  expect(store.verifyAudit()).toEqual({ ok: true, entries: 4 });
  store.close();
  return { path, patient, session };
}

function withRaw<T>(path: string, fn: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(path);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('the hash-chained audit trail', () => {
  it('chains every entry to the one before it', () => {
    const { path } = auditedDatabase();
    withRaw(path, (db) => {
      const rows = db.prepare('SELECT id, prev_hash, hash FROM audit ORDER BY id').all() as { id: number; prev_hash: string; hash: string }[];
      expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
      expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
      for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
      expect(new Set(rows.map((r) => r.hash)).size).toBe(4);
      expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 4 });
    });
  });

  it('detects an edit of a past entry (made by going around the trigger)', () => {
    const { path } = auditedDatabase();
    withRaw(path, (db) => {
      db.exec('DROP TRIGGER audit_update_refused');
      db.prepare("UPDATE audit SET actor = 'Someone else' WHERE id = 2").run();
      expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2, entries: 1, reason: expect.stringContaining('changed') });
    });
  });

  it('detects an edit that also recomputes the entry’s own hash, at the next entry', () => {
    const { path } = auditedDatabase();
    withRaw(path, (db) => {
      db.exec('DROP TRIGGER audit_update_refused');
      const row = db.prepare('SELECT * FROM audit WHERE id = 2').get() as Parameters<typeof auditEntryHash>[1] & { prev_hash: string };
      const forged = { ...row, detail: JSON.stringify({ fields: ['nothing'] }) };
      db.prepare('UPDATE audit SET detail = ?, hash = ? WHERE id = 2').run(forged.detail, auditEntryHash(row.prev_hash, forged));
      expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3 });
    });
  });

  it('detects a deleted entry', () => {
    const { path } = auditedDatabase();
    withRaw(path, (db) => {
      db.exec('DROP TRIGGER audit_delete_refused');
      db.prepare('DELETE FROM audit WHERE id = 2').run();
      expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringContaining('missing') });
    });
  });

  it('detects an entry inserted without its hashes', () => {
    const { path } = auditedDatabase();
    withRaw(path, (db) => {
      db.exec("INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES ('t', 'a', 'x', 'patient', 'p', '{}')");
      expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 5 });
    });
  });

  it('still refuses updates and deletes through the triggers after migration 3', () => {
    const { path } = auditedDatabase();
    withRaw(path, (db) => {
      expect(() => db.exec("UPDATE audit SET actor = 'x' WHERE id = 1")).toThrow(/cannot be changed/);
      expect(() => db.exec('DELETE FROM audit WHERE id = 1')).toThrow(/cannot be changed/);
    });
  });

  it('back-fills the chain of a version-2 database in id order (migration 3)', () => {
    const path = tempDatabasePath();
    withRaw(path, (db) => {
      migrate(db, 0, 2);
      const insert = db.prepare('INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)');
      for (let i = 0; i < 5; i++) insert.run(`2024-01-0${i + 1}T09:00:00.000Z`, 'Dr. A', 'patient.update', 'patient', `p${i}`, JSON.stringify({ fields: ['notes'], n: i }));
    });
    const { store } = openTestStore(path);
    expect(store.verifyAudit()).toEqual({ ok: true, entries: 5 });
    const patient = store.createPatient(patientFields(), actor);
    expect(store.listAudit(patient.id)).toHaveLength(1);
    expect(store.verifyAudit()).toEqual({ ok: true, entries: 6 });
  });

  it('hashes the canonical JSON: key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    const entry = { id: 1, at: 't', actor: 'a', action: 'x', entity: 'patient', entity_id: 'p' };
    expect(auditEntryHash(GENESIS_HASH, { ...entry, detail: '{"a":1,"b":2}' })).toBe(auditEntryHash(GENESIS_HASH, { ...entry, detail: '{"b":2,"a":1}' }));
    expect(auditEntryHash(GENESIS_HASH, { ...entry, detail: '{"a":1}' })).not.toBe(auditEntryHash(GENESIS_HASH, { ...entry, detail: '{"a":2}' }));
  });
});

describe('audited views', () => {
  it('writes one session.view entry when a person opens a session, none for an internal read', () => {
    const { store, path } = openTestStore();
    const patient = store.createPatient(patientFields(), actor);
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const before = auditCount(path);
    store.getSession(session.id);
    expect(auditCount(path)).toBe(before);
    store.getSession(session.id, { name: 'Nurse Petra' });
    expect(auditCount(path)).toBe(before + 1);
    expect(store.listAudit(session.id).at(-1)).toMatchObject({ action: 'session.view', actor: 'Nurse Petra', entity: 'session' });
    expect(store.verifyAudit()).toMatchObject({ ok: true });
  });

  it('writes nothing for a session that does not exist', () => {
    const { store, path } = openTestStore();
    expect(store.getSession('00000000-0000-4000-8000-000000000000', actor)).toBeNull();
    expect(auditCount(path)).toBe(0);
  });
});
