// Child process of crash.test.ts: opens the store and saves sessions in a loop until it is killed.
// After each save RETURNS it prints "<session id> <version>": the parent holds the store to every
// line it has read. Run as: node crashWriter.ts <database path> <patient id>
import { openRecordStore } from '../../../electron/store/recordStore.ts';

const [path, patientId] = process.argv.slice(2) as [string, string];
const store = openRecordStore(path);
const actor = { name: 'Crash Writer' };
const defaults = { defaultTechnique: 'point', defaultNeedle: '30G-4mm', injector: { kind: 'single' } } as const;

/** Version n of a session's content: notes and a chart of (n % 40) + 1 points, all derived from n. */
export function chartOf(version: number) {
  return Array.from({ length: (version % 40) + 1 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    view: 'body-front' as const, x: 100 + i, y: 100 + version % 1000, region: 'abdomen', depthMm: 4, needle: '30G-4mm' as const,
    injector: { kind: 'single' as const }, technique: 'point' as const, productIndex: null, volumeMl: null, note: `v${version}`,
  }));
}

let sessionId = '';
for (let version = 1; ; version++) {
  if (version % 7 === 1) {
    sessionId = store.createSession(
      { patientId, courseId: null, date: '2025-01-06', time: '09:30', practitioner: 'Crash Writer', indication: 'pain', treatedAreas: ['Lumbar'], notes: '', screening: { kind: 'unchanged' }, consentOverride: 'Consent on paper (test)' },
      defaults,
      actor,
    ).id;
  }
  store.saveSession(sessionId, { notes: `version ${version}` }, chartOf(version), actor);
  process.stdout.write(`${sessionId} ${version}\n`);
}
