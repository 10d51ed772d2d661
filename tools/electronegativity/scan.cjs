// Runs Electronegativity through its programmatic API and writes its findings as JSON:
//   node scan.cjs <input folder> <electron version> <report.json>
// Its own -o writers are not used: the CSV one writes the header and the rows in two racing
// asynchronous writes (the header can overwrite the first finding), and SARIF drops the severity.
'use strict';
const Module = require('node:module');
const { writeFileSync } = require('node:fs');

// Offline: Electronegativity fetches translations and Electron's release list through `got`; every
// such request fails at once here (it then uses its bundled English texts), so the scan never waits
// on the network and sends nothing anywhere.
const originalLoad = Module._load;
const offline = () => Promise.reject(new Error('offline: MesoChart runs Electronegativity without network'));
offline.head = offline;
offline.get = offline;
Module._load = function load(request, parent, isMain) {
  if (request === 'got') return offline;
  return originalLoad.call(this, request, parent, isMain);
};

const run = require('@doyensec/electronegativity');

async function main() {
  const [input, electronVersion, reportPath] = process.argv.slice(2);
  if (!input || !electronVersion || !reportPath) throw new Error('usage: node scan.cjs <input> <electron version> <report.json>');
  const result = await run(
    {
      input,
      isRelative: true,
      isVerbose: true,
      electronVersionOverride: electronVersion,
      customScan: [],
      excludeFromScan: [],
      parserPlugins: [],
    },
    false,
  );
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    manualReview: Boolean(issue.manualReview),
    file: issue.file,
    location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
    sample: issue.sample ?? '',
    description: issue.description,
  }));
  const report = {
    electronVersion,
    checks: { global: result.globalChecks, atomic: result.atomicChecks },
    errors: result.errors.map((e) => (typeof e === 'object' ? { file: e.file, message: String(e.message ?? e.error ?? JSON.stringify(e)) } : { message: String(e) })),
    findings,
  };
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error?.stack ?? String(error));
  process.exit(1);
});
