// `npm run bench`: runs every benchmark suite, prints one table, writes bench/results.json.
//
// A suite is a folder bench/<name>/ with a `suite.ts` (or `suite.mjs`) run on Node 24 as its own
// process. It measures its own baseline in the same run and writes its figures as JSON to the file
// named by the BENCH_OUT environment variable:
//   { "figures": [ { "name": "store.open_ms", "value": 12.3, "budget": 100, "better": "lower",
//                    "note": "open + first page of 2,000 patients" } ] }
// `budget` and `note` are optional; `better` is "lower" (default) or "higher".
// Run some suites only: `npm run bench -- store map`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BENCH_DIR = 'bench';
const RESULTS = join(BENCH_DIR, 'results.json');
const wanted = process.argv.slice(2);

const suites = readdirSync(BENCH_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (wanted.length === 0 || wanted.includes(d.name)))
  .map((d) => ({ name: d.name, file: ['suite.ts', 'suite.mjs'].map((f) => join(BENCH_DIR, d.name, f)).find(existsSync) }))
  .filter((s) => s.file);

const scratch = mkdtempSync(join(tmpdir(), 'mesochart-bench-'));
const figures = [];
let failedSuites = 0;
for (const suite of suites) {
  const out = join(scratch, `${suite.name}.json`);
  console.log(`\n# ${suite.name} (${suite.file})`);
  const status = spawnSync(process.execPath, [suite.file], { stdio: 'inherit', env: { ...process.env, BENCH_OUT: out } }).status;
  if (status !== 0 || !existsSync(out)) {
    console.error(`suite ${suite.name} failed (exit ${status})`);
    failedSuites += 1;
    continue;
  }
  figures.push(...JSON.parse(readFileSync(out, 'utf8')).figures);
}

const withinBudget = (f) => f.budget === undefined || ((f.better ?? 'lower') === 'lower' ? f.value <= f.budget : f.value >= f.budget);
const format = (v) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : String(v));
const rows = figures.map((f) => [f.name, format(f.value), f.budget === undefined ? '' : `${(f.better ?? 'lower') === 'lower' ? '≤' : '≥'} ${f.budget}`, withinBudget(f) ? 'ok' : 'OVER', f.note ?? '']);
const header = ['figure', 'value', 'budget', '', 'what'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rows.map(line).join('\n')}`);

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const merged = { ...previous, ...Object.fromEntries(figures.map((f) => [f.name, f.value])) };
writeFileSync(RESULTS, `${JSON.stringify(merged, null, 2)}\n`);
console.log(`\nwrote ${RESULTS}`);
process.exit(failedSuites > 0 || figures.some((f) => !withinBudget(f)) ? 1 : 0);
