import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findingsOf, scan } from '../../tools/knip/run.ts';

// The dead-code check of `npm test` (tools/knip), with the project's own knip.jsonc on projects made for
// the purpose: it must find an unused export, an unused file and an unused dependency, and pass the same
// project once each is used. Needs tools/knip installed, which `npm test` (tools/knip/run.ts) and .ci/run do.

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mesochart-knip-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const PACKAGE = JSON.stringify({ name: 'probe', private: true, type: 'module', dependencies: { 'left-pad': '1.3.0' } });
const SHARED = `export function regionOf(x: number): string {
  return x > 0 ? 'abdomen' : 'face';
}
export function forgotten(): number {
  return 42;
}
`;

const installed = existsSync('tools/knip/node_modules/knip/bin/knip.js');

describe.skipIf(!installed)('the dead-code check (tools/knip)', () => {
  it('finds an unused export, an unused type, an unused file and an unused dependency', () => {
    const findings = scan(
      project({
        'package.json': PACKAGE,
        'electron/main.ts': `import { regionOf } from '../shared/regions.ts';\nimport { make } from '../shared/shapes.ts';\nconsole.log(regionOf(1), make());\n`,
        'shared/regions.ts': SHARED,
        'shared/shapes.ts': `export type Orphaned = { id: string };\nexport type Made = { id: string };\nexport function make(): Made {\n  return { id: 'a' };\n}\n`,
        'shared/orphan.ts': `export const ORPHAN = 1;\n`,
      }),
    );
    const found = findings.map((f) => `${f.kind} ${f.file} ${f.name}`);
    expect(found).toContain('exports shared/regions.ts forgotten');
    expect(found).toContain('files shared/orphan.ts shared/orphan.ts');
    expect(found.some((f) => f.startsWith('dependencies package.json left-pad'))).toBe(true);
    expect(found).not.toContain('exports shared/regions.ts regionOf');
    // An exported type is found when no one names it; one that is part of an exported signature is not.
    expect(found).toContain('types shared/shapes.ts Orphaned');
    expect(found.some((f) => f.includes(' Made'))).toBe(false);
  });

  it('passes the same project once everything is used (a test counts as a user)', () => {
    const findings = scan(
      project({
        'package.json': PACKAGE,
        'electron/main.ts': `import leftPad from 'left-pad';\nimport { regionOf } from '../shared/regions.ts';\nconsole.log(leftPad(regionOf(1), 9));\n`,
        'shared/regions.ts': SHARED,
        'tests/shared/regions.test.ts': `import { forgotten } from '../../shared/regions.ts';\nconsole.log(forgotten());\n`,
      }),
    );
    expect(findings).toEqual([]);
  });
});

describe('the check’s verdict', () => {
  it('turns every issue of knip’s report into one finding, and an empty report into none', () => {
    const findings = findingsOf({
      issues: [
        { file: 'shared/a.ts', exports: [{ name: 'unused', line: 3, col: 17 }], types: [{ name: 'Unused', line: 9, col: 13 }], files: [], enumMembers: [] },
        { file: 'package.json', dependencies: [{ name: 'left-pad' }], unlisted: [] },
      ],
    });
    expect(findings).toEqual([
      { kind: 'exports', file: 'shared/a.ts', name: 'unused', line: 3 },
      { kind: 'types', file: 'shared/a.ts', name: 'Unused', line: 9 },
      { kind: 'dependencies', file: 'package.json', name: 'left-pad', line: null },
    ]);
    expect(findingsOf({ issues: [{ file: 'shared/b.ts', exports: [], files: [] }] })).toEqual([]);
  });
});
