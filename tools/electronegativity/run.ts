// Electronegativity over the built app (out/), offline, with a verdict: part of `npm test`.
//
//   node tools/electronegativity/run.ts      (after `npm run build`)
//
// It lives in a folder of its own with its own lockfile, because it parses code through TypeScript's
// JavaScript API, which the project's TypeScript 7 no longer has. This script installs that folder
// (`npm ci --prefix tools/electronegativity`) when it is missing or stale, runs the scanner with the
// installed Electron's version (else it looks the version up online), keeps it off the network
// (scan.cjs), then reads its findings: any finding above INFORMATIONAL fails, unless it is one of the
// exceptions in accepted.json, each argued in the README's Security section.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { judge, parseReport, unusedExceptions, type Accepted } from './findings.ts';

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '../..');
const REPORTS = join(ROOT, 'test-reports');
const REPORT = join(REPORTS, 'electronegativity-report.json');
const VERDICT = join(REPORTS, 'electronegativity.json');
const CLI = join(HERE, 'node_modules/@doyensec/electronegativity/dist/runner.js');

function fail(message: string): never {
  console.error(`electronegativity: ${message}`);
  process.exit(1);
}

function ensureInstalled(): void {
  const marker = join(HERE, 'node_modules/.package-lock.json');
  const fresh = existsSync(CLI) && existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(HERE, 'package-lock.json')).mtimeMs;
  if (fresh) return;
  console.log('electronegativity: installing tools/electronegativity (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', relative(process.cwd(), HERE) || '.', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(CLI)) fail('could not install tools/electronegativity');
}

const electronVersion = (): string => JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;

function scan(version: string): void {
  if (!existsSync(join(ROOT, 'out/main/main.js'))) fail('out/ is missing: run `npm run build` first');
  mkdirSync(REPORTS, { recursive: true });
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [join(HERE, 'scan.cjs'), join(ROOT, 'out'), version, REPORT],
    { cwd: ROOT, encoding: 'utf8', timeout: 180_000, env: { ...process.env, LANG: 'en-US' } },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error || result.status !== 0) fail(`the scanner failed (${result.error?.message ?? `exit ${result.status}`})\n${output}`);
  if (!existsSync(REPORT)) fail(`the scanner wrote no report\n${output}`);
  console.log(`electronegativity: scanned out/ as Electron ${version}, offline, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

ensureInstalled();
const version = electronVersion();
scan(version);

const accepted: Accepted[] = JSON.parse(readFileSync(join(HERE, 'accepted.json'), 'utf8'));
const report = parseReport(readFileSync(REPORT, 'utf8'));
// A file it could not parse is a file it did not check.
if (report.errors.length > 0) fail(`the scanner could not read ${report.errors.length} file(s):\n${report.errors.map((e) => `  ${e.file ?? ''} ${e.message}`).join('\n')}`);
const verdicts = judge(report.findings, accepted);
const failing = verdicts.filter((v) => v.status === 'failing');
const stale = unusedExceptions(verdicts, accepted);
writeFileSync(VERDICT, `${JSON.stringify({ electronVersion: version, checks: report.checks, passed: failing.length === 0, findings: verdicts, unusedExceptions: stale }, null, 2)}\n`);

for (const v of verdicts) {
  const mark = v.status === 'failing' ? 'FAIL' : v.status === 'accepted' ? 'accepted (README, Security)' : 'informational';
  console.log(`  ${v.severity.padEnd(13)} ${v.id.padEnd(28)} ${`${v.file}:${v.location}`.padEnd(28)} ${mark}`);
  if (v.status === 'failing') console.log(`      ${v.description}\n      ${v.sample}`);
}
for (const a of stale) console.log(`  note: the exception ${a.id} in ${a.file} no longer matches a finding; remove it from accepted.json`);
console.log(
  `electronegativity: ${verdicts.length} finding(s): ${failing.length} above informational and not argued, ` +
    `${verdicts.filter((v) => v.status === 'accepted').length} argued exception(s), ` +
    `${verdicts.filter((v) => v.status === 'informational').length} informational (report: ${relative(ROOT, REPORT)}, verdict: ${relative(ROOT, VERDICT)})`,
);
process.exit(failing.length === 0 ? 0 : 1);
