import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every file the main process writes goes through electron/atomicWrite.ts (temporary file, fsync,
 * rename, fsync of the folder): a file written in place is half a file after a power cut. This test
 * reads the sources of electron/ and fails on a write made any other way, unless it is listed below with
 * the reason it must stay.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const WRITER = 'electron/atomicWrite.ts';

/** Calls that create or change a file's content. */
const RAW_WRITE = /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|copyFile|copyFileSync|cp|cpSync|writeSync|writev|writevSync|truncate|truncateSync|ftruncate|ftruncateSync)\s*\(/g;
/** A file opened for writing: a string of flags with w, a or +, or the numeric flags that write. */
const OPEN_FOR_WRITE = /\bopen(?:Sync)?\s*\(\s*[^,()]+,\s*['"`][^'"`]*[wa+][^'"`]*['"`]|\bO_(?:WRONLY|RDWR|APPEND|CREAT|TRUNC)\b/g;

type Allowed = { file: string; code: string; reason: string };

const ALLOWED: Allowed[] = [
  {
    file: 'electron/backup/encryption.ts',
    code: "open(target, 'wx'",
    reason: 'writes, by position, the temporary file that writeAtomicFrom hands it (the header and its tag last); the writer flushes and commits it',
  },
];

/** Comments removed (a comment may name a call it does not make); line comments only after a space, so that 'app://' stays. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

function rawWrites(source: string): string[] {
  const text = code(source);
  return [...text.matchAll(RAW_WRITE), ...text.matchAll(OPEN_FOR_WRITE)].map((m) => {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    return text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
  });
}

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function findings(): { file: string; line: string }[] {
  return sources(join(ROOT, 'electron'))
    .map((path) => relative(ROOT, path).split('\\').join('/'))
    .filter((file) => file !== WRITER)
    .flatMap((file) => rawWrites(readFileSync(join(ROOT, file), 'utf8')).map((line) => ({ file, line })));
}

const allowed = (f: { file: string; line: string }) => ALLOWED.some((a) => a.file === f.file && f.line.includes(a.code));

describe('one atomic writer', () => {
  it('finds writes made around it', () => {
    expect(rawWrites("await writeFile(path, data);\nfs.copyFileSync(a, b);\nconst s = createWriteStream(p, { flags: 'w' });")).toHaveLength(3);
    expect(rawWrites("const h = await open(p, 'r+');\nconst g = openSync(p, 'a');\nfs.openSync(p, constants.O_WRONLY);")).toHaveLength(3);
    expect(rawWrites("await writeFileAtomic(p, d); await copyFileAtomic(a, b); const h = await open(p, 'r'); // writeFile(x)\n/* copyFile(a, b) */ readFileSync(p);")).toEqual([]);
  });

  it('is the only way electron/ writes a file, but for the writes listed with their reason', () => {
    expect(findings().filter((f) => !allowed(f))).toEqual([]);
  });

  it('lists no write that is gone', () => {
    const found = findings();
    expect(ALLOWED.filter((a) => !found.some((f) => f.file === a.file && f.line.includes(a.code)))).toEqual([]);
  });
});
