import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The record store depends on no service: it imports Node's modules, the domain (shared/) and itself,
 * never electron/access, backup, pdf, photos, settings or the handlers, which use the store instead
 * (patient-export row code and the stored scrypt parameters' schema live in the store and in shared/;
 * opening the store with its way out, electron/openOutcome.ts, sits with the startup code).
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const STORE = join(ROOT, 'electron/store');
const SHARED = join(ROOT, 'shared');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Module specifiers of static imports and re-exports (type-only too) and of import(). */
function specifiers(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => (m[1] ?? m[2]) as string);
}

const FILES = sourceFiles(STORE);

describe('electron/store depends on no service', () => {
  it('reads the store and its imports', () => {
    expect(FILES.length).toBeGreaterThan(20);
    expect(specifiers("import type { A } from '../access/a.ts';\nimport {\n  b,\n} from './b.ts';\nexport { c } from 'node:sqlite';")).toEqual([
      '../access/a.ts',
      './b.ts',
      'node:sqlite',
    ]);
  });

  it.each(FILES.map((f) => relative(ROOT, f)))('%s imports only node:, the SQLite engine, shared/ and the store', (file) => {
    const outside = specifiers(readFileSync(join(ROOT, file), 'utf8')).filter((spec) => {
      // libsql is the SQLite engine itself (electron/store/sqlDatabase.ts wraps it).
      if (spec.startsWith('node:') || spec === 'libsql') return false;
      if (!spec.startsWith('.')) return true;
      const target = resolve(dirname(join(ROOT, file)), spec);
      return !target.startsWith(STORE + '/') && !target.startsWith(SHARED + '/');
    });
    expect(outside).toEqual([]);
  });
});
