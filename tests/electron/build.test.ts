import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

// The built output is what Electron loads; these checks stand in for running it (no Electron binary here).
// `npm test` builds before the unit tests run.
const read = (path: string) => {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return readFileSync(path, 'utf8');
};

describe('the built application', () => {
  it('builds the preload as CommonJS, which a sandboxed renderer requires', () => {
    const preload = read('out/preload/preload.cjs');
    expect(preload).toMatch(/require\(["']electron["']\)/);
    expect(preload).not.toMatch(/^\s*import\s|^\s*export\s/m);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('keeps the preload small: it does not bundle the validation library', () => {
    const preload = read('out/preload/preload.cjs');
    expect(preload.length).toBeLessThan(10_000);
    expect(preload).not.toMatch(/zod/i);
  });

  it('leaves electron and the SQLite engine (libsql, a native module) external in the main bundle', () => {
    const main = read('out/main/main.js');
    expect(main).toMatch(/from ["']electron["']/);
    expect(main).toMatch(/from ["']libsql["']/);
    // libsql's loader picks its platform's binary at run time: bundled, it could not find it.
    expect(main).not.toMatch(/databaseOpen|@neon-rs\/load/);
    // One engine on the records file: a second SQLite library in the process could corrupt it.
    expect(main).not.toMatch(/["']node:sqlite["']/);
  });

  it('ships the Content-Security-Policy in the built page', () => {
    expect(read('out/renderer/index.html')).toContain("default-src 'none'");
  });
});
