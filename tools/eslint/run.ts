// The literal-string lint over renderer/ and electron/pdf/: part of `npm test` (one check).
//
//   node tools/eslint/run.ts [paths...]      (default: renderer electron/pdf)
//
// ESLint with eslint-plugin-i18next's no-literal-string (eslint.config.js says what is checked) lives
// in a folder of its own with its own lockfile and TypeScript 5.9, because typescript-eslint's parser
// uses TypeScript's JavaScript API, which the project's TypeScript 7 no longer has. This script installs
// that folder (`npm ci --prefix tools/eslint`) when it is missing or stale, lints, prints every finding
// grouped by folder, writes test-reports/eslint.json, and fails on any finding. Inline `eslint-disable`
// comments have no effect (noInlineConfig): an exception is argued in eslint.config.js, in one place.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '../..');
const REPORTS = join(ROOT, 'test-reports');
const VERDICT = join(REPORTS, 'eslint.json');
const ESLINT = join(HERE, 'node_modules/eslint/lib/api.js');
export const DEFAULT_TARGETS = ['renderer', 'electron/pdf'];

type LintMessage = { ruleId: string | null; severity: number; message: string; line: number; column: number; fatal?: boolean };
type LintResult = { filePath: string; messages: LintMessage[] };
type ESLintClass = new (options: Record<string, unknown>) => { lintFiles: (patterns: string[]) => Promise<LintResult[]> };

export type Finding = { file: string; line: number; column: number; rule: string; message: string };

function fail(message: string): never {
  console.error(`eslint: ${message}`);
  process.exit(1);
}

function ensureInstalled(): void {
  const marker = join(HERE, 'node_modules/.package-lock.json');
  const fresh = existsSync(ESLINT) && existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(HERE, 'package-lock.json')).mtimeMs;
  if (fresh) return;
  console.log('eslint: installing tools/eslint (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', relative(process.cwd(), HERE) || '.', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(ESLINT)) fail('could not install tools/eslint');
}

/**
 * The findings of one lint: every error (a literal, a file that does not parse), and every attempt to
 * silence the rule with an inline comment (which noInlineConfig ignores, so it would mislead a reader).
 * Other warnings (directives for rules this lint does not run, e.g. react-hooks) are not findings.
 */
export function findingsOf(results: LintResult[], root: string): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const silencing = m.severity < 2 && /noInlineConfig/.test(m.message) && /no-literal-string/.test(m.message);
      if (m.severity < 2 && !silencing) continue;
      findings.push({
        file: relative(root, result.filePath),
        line: m.line,
        column: m.column,
        rule: m.ruleId ?? (m.fatal ? 'parse-error' : 'inline-directive'),
        message: m.message.replace(/\s+/g, ' ').trim(),
      });
    }
  }
  return findings;
}

/** Findings counted per folder (the first two levels of the path: renderer/patients, electron/pdf). */
export function byFolder(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const parts = f.file.split(/[\\/]/);
    const folder = parts.length > 2 ? parts.slice(0, 2).join('/') : parts.slice(0, -1).join('/') || parts[0]!;
    counts[folder] = (counts[folder] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Lints `targets` (paths relative to `cwd`) with the config of this folder; answers the findings. */
export async function lint(targets: string[], cwd: string = ROOT): Promise<Finding[]> {
  const { ESLint } = (await import(pathToFileURL(ESLINT).href)) as { ESLint: ESLintClass };
  const eslint = new ESLint({ cwd, overrideConfigFile: join(HERE, 'eslint.config.js'), errorOnUnmatchedPattern: false });
  return findingsOf(await eslint.lintFiles(targets), cwd);
}

if (import.meta.main) {
  ensureInstalled();
  const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_TARGETS;
  const started = Date.now();
  const findings = await lint(targets);
  const folders = byFolder(findings);
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(VERDICT, `${JSON.stringify({ targets, passed: findings.length === 0, byFolder: folders, findings }, null, 2)}\n`);
  for (const f of findings) console.log(`  ${f.file}:${f.line}:${f.column}  ${f.message}`);
  if (findings.length > 0) {
    console.log('eslint: findings by folder:');
    for (const [folder, count] of Object.entries(folders)) console.log(`  ${folder.padEnd(24)} ${count}`);
  }
  console.log(
    `eslint: ${findings.length} finding(s) in ${targets.join(', ')} (no-literal-string; ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `verdict: ${relative(ROOT, VERDICT)})`,
  );
  process.exit(findings.length === 0 ? 0 : 1);
}
