import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judge, parseReport, unusedExceptions, type Accepted, type Finding } from '../../tools/electronegativity/findings.ts';

const finding = (over: Partial<Finding>): Finding => ({
  id: 'NODE_INTEGRATION_JS_CHECK',
  severity: 'INFORMATIONAL',
  confidence: 'FIRM',
  manualReview: false,
  file: 'main/main.js',
  location: '1:0',
  sample: 'nodeIntegration: true',
  description: '…',
  ...over,
});

describe('the verdict on Electronegativity’s findings', () => {
  const accepted: Accepted[] = [{ id: 'PRELOAD_JS_CHECK', file: 'main/main.js', sample: 'preload: preloadPath,', reason: 'argued' }];

  it('passes informational findings and fails anything above, unless argued', () => {
    const verdicts = judge(
      [
        finding({ severity: 'INFORMATIONAL' }),
        finding({ severity: 'LOW' }),
        finding({ severity: 'HIGH', id: 'CONTEXT_ISOLATION_JS_CHECK' }),
        finding({ severity: 'MEDIUM', id: 'PRELOAD_JS_CHECK', sample: 'preload: preloadPath,' }),
      ],
      accepted,
    );
    expect(verdicts.map((v) => v.status)).toEqual(['informational', 'failing', 'failing', 'accepted']);
  });

  it('re-opens an argued finding when its code changes', () => {
    const [verdict] = judge([finding({ severity: 'MEDIUM', id: 'PRELOAD_JS_CHECK', sample: 'preload: somethingElse,' })], accepted);
    expect(verdict!.status).toBe('failing');
    expect(unusedExceptions([verdict!], accepted)).toEqual(accepted);
  });

  it('refuses a file that is not a report', () => {
    expect(() => parseReport('{"issues": []}')).toThrow(/not an Electronegativity report/);
  });

  it('argues every exception in accepted.json in the README', () => {
    const list: Accepted[] = JSON.parse(readFileSync('tools/electronegativity/accepted.json', 'utf8'));
    const readme = readFileSync('README.md', 'utf8');
    const security = readme.slice(readme.indexOf('## Security'));
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      expect(entry.reason.length, entry.id).toBeGreaterThan(80);
      expect(security, entry.id).toContain(entry.id);
    }
  });
});

// The scanner itself, on a deliberately insecure app: proves that the pipeline finds what it should
// (a scan that silently checks nothing would otherwise pass). Needs tools/electronegativity installed,
// which `npm test` and .ci/run do.
const scanner = 'tools/electronegativity/node_modules/@doyensec/electronegativity/dist/runner.js';
describe.skipIf(!existsSync(scanner))('Electronegativity, offline, on an insecure app', () => {
  it('fails no context isolation, no sandbox, no web security, http content, open navigation and permissions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mesochart-eng-'));
    writeFileSync(
      join(dir, 'main.js'),
      `const { BrowserWindow } = require('electron');
const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false, sandbox: false } });
win.loadURL('http://example.com/');`,
    );
    const report = join(dir, 'report.json');
    const started = Date.now();
    const result = spawnSync(process.execPath, ['tools/electronegativity/scan.cjs', dir, '40.10.2', report], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    const { findings } = parseReport(readFileSync(report, 'utf8'));
    const failing = judge(findings, []).filter((v) => v.status === 'failing').map((v) => v.id);
    expect(failing).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'HTTP_RESOURCES_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
  });
});
