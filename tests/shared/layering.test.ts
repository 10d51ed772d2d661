import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `shared/` is the domain and stands on its own: it imports nothing of the project outside itself
 * (the artwork in assets/ refers to the domain's regions, not the other way round), no Node, no DOM,
 * no Electron, only small pure libraries; and its modules form no import cycle.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = join(ROOT, 'shared');

/** The small pure libraries the domain may use (rbush: the spatial index of label placement, no I/O). */
const LIBRARIES = new Set(['zod', 'i18next', 'rbush']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The code without its comments (strings kept as they are, so a '//' inside one stays). */
function withoutComments(source: string): string {
  return source.replace(/("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (_, text?: string) => text ?? '');
}

/** Every module specifier a file names: static imports and re-exports (type-only too), bare imports, import(). */
function specifiers(source: string): string[] {
  const code = withoutComments(source);
  const found: string[] = [];
  for (const pattern of [
    /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]) {
    for (const m of code.matchAll(pattern)) if (m[1]) found.push(m[1]);
  }
  return found;
}

const FILES = sourceFiles(SHARED);
const rel = (path: string): string => relative(ROOT, path).split('\\').join('/');

describe('shared/ imports only itself and small pure libraries', () => {
  it('finds the domain files and reads their imports', () => {
    expect(FILES.length).toBeGreaterThan(40);
    const source = [
      "import type { A } from './a.ts'; // and not from './z.ts'",
      'import {\n  b,\n  c,\n} from "../b.ts";',
      "export { d } from './d.ts';",
      "import './e.ts';",
      "const f = await import('./f.ts');",
      "const words = ['export / import', // import 'y'\n  'sessions'];",
      "/* import { g } from './g.ts'; */ const url = 'https://example.org';",
    ].join('\n');
    expect(specifiers(source)).toEqual([
      './a.ts',
      '../b.ts',
      './d.ts',
      './e.ts',
      './f.ts',
    ]);
  });

  it.each(FILES.map(rel))('%s', (file) => {
    const wrong: string[] = [];
    for (const spec of specifiers(readFileSync(join(ROOT, file), 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(join(ROOT, file)), spec);
        if (!target.startsWith(SHARED + '/')) wrong.push(`${spec} (outside shared/: ${rel(target)})`);
      } else {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
        // node:*, fs, path, electron, react, konva... : nothing of Node, the DOM side or Electron.
        if (!LIBRARIES.has(pkg)) wrong.push(`${spec} (not one of ${[...LIBRARIES].join(', ')})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('uses no DOM or Node globals', () => {
    const globals = /(?<![\w.])(window|document|localStorage|sessionStorage|navigator|process|Buffer|require|__dirname)\s*[.([]/;
    const users = FILES.filter((f) => {
      const code = withoutComments(readFileSync(f, 'utf8')).replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, "''");
      return globals.test(code);
    });
    expect(users.map(rel)).toEqual([]);
  });
});

describe('shared/ has no import cycle', () => {
  /** Module graph of shared/, by relative path; imports of JSON and libraries are leaves and left out. */
  const graph = new Map<string, string[]>(
    FILES.map((f) => [
      rel(f),
      specifiers(readFileSync(f, 'utf8'))
        .filter((s) => s.startsWith('.') && /\.tsx?$/.test(s))
        .map((s) => rel(resolve(dirname(f), s))),
    ]),
  );

  /** The cycles found by a depth-first walk, each written as the path that closes it. */
  function cycles(g: Map<string, string[]>): string[] {
    const found: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (node: string): void => {
      state.set(node, 'open');
      stack.push(node);
      for (const next of g.get(node) ?? []) {
        if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(node, 'done');
    };
    for (const node of [...g.keys()].sort()) if (!state.has(node)) visit(node);
    return found;
  }

  it('finds a cycle where there is one', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(g)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });

  it('resolves every relative import of shared/ to a file of shared/', () => {
    const missing = [...graph.entries()].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${file} → ${t}`));
    expect(missing).toEqual([]);
  });

  it('has none, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });
});
