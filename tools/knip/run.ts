// The dead-code check: part of `npm test` (one check).
//
//   node tools/knip/run.ts
//
// knip (knip.jsonc says what starts code and what is checked) lives in a folder of its own with its own
// lockfile, like tools/eslint, so that it stays out of the project's dependencies. This script installs
// that folder (`npm ci --prefix tools/knip`) when it is missing or stale, runs knip over the project
// (offline, a few seconds), prints every finding, writes test-reports/knip.json, and fails on any
// finding: an unused file, export, type or dependency, a dependency used but not listed, a program run
// but not known. What is kept on purpose is argued in knip.jsonc, in one place.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '../..');
const REPORTS = join(ROOT, 'test-reports');
const VERDICT = join(REPORTS, 'knip.json');
const KNIP = join(HERE, 'node_modules/knip/bin/knip.js');
export const CONFIG = join(HERE, 'knip.jsonc');

type Item = { name: string; line?: number; col?: number };
type FileIssues = { file: string } & Record<string, unknown>;
type KnipReport = { issues: FileIssues[] };

export type Finding = { kind: string; file: string; name: string; line: number | null };

function fail(message: string): never {
  console.error(`knip: ${message}`);
  process.exit(1);
}

function ensureInstalled(): void {
  const marker = join(HERE, 'node_modules/.package-lock.json');
  const fresh = existsSync(KNIP) && existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(HERE, 'package-lock.json')).mtimeMs;
  if (fresh) return;
  console.log('knip: installing tools/knip (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', relative(process.cwd(), HERE) || '.', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(KNIP)) fail('could not install tools/knip');
}

/** Every finding of knip's JSON report, one per unused or unlisted thing, in file order. */
export function findingsOf(report: KnipReport): Finding[] {
  const findings: Finding[] = [];
  for (const entry of report.issues) {
    for (const [kind, value] of Object.entries(entry)) {
      if (kind === 'file' || !Array.isArray(value)) continue;
      for (const item of value as Item[]) findings.push({ kind, file: entry.file, name: item.name, line: item.line ?? null });
    }
  }
  return findings;
}

/** Runs knip over the project at `cwd` with `config`; answers its findings. */
export function scan(cwd: string = ROOT, config: string = CONFIG): Finding[] {
  const result = spawnSync(
    process.execPath,
    [KNIP, '--directory', cwd, '--config', config, '--reporter', 'json', '--no-progress', '--no-config-hints', '--no-exit-code'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`knip failed (${result.status}): ${result.stderr || result.stdout}`);
  return findingsOf(JSON.parse(result.stdout) as KnipReport);
}

if (import.meta.main) {
  ensureInstalled();
  const started = Date.now();
  let findings: Finding[];
  try {
    findings = scan();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(VERDICT, `${JSON.stringify({ passed: findings.length === 0, findings }, null, 2)}\n`);
  for (const f of findings) console.log(`  ${f.kind.padEnd(16)} ${f.file}${f.line === null ? '' : `:${f.line}`}  ${f.name}`);
  console.log(
    `knip: ${findings.length} finding(s) (unused files, exports, types, dependencies; ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `verdict: ${relative(ROOT, VERDICT)})`,
  );
  process.exit(findings.length === 0 ? 0 : 1);
}
