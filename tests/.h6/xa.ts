import { openRecordStore } from '../../electron/store/recordStore.ts';
import { loadSessionRecord } from '../../electron/pdf/recordData.ts';
import { exportPdf } from '../../electron/pdf/exportPdf.ts';
import { populateCourse, SETTINGS } from '../electron/pdf/recordFixtures.ts';
const store = openRecordStore(':memory:');
const lang = (process.argv[2] ?? 'en-XA') as 'en-XA';
const fx = populateCourse(store, { sessions: 3, pointsPerSession: 10 });
for (const [i, s] of [fx.sessions[1]!, fx.sessions[2]!].entries()) {
  const data = await loadSessionRecord({ store, settings: SETTINGS, language: lang }, s.id);
  const r = await exportPdf(data, `/tmp/h6/session${i}-${lang}.pdf`);
  console.log(r.pages);
}
process.exit(0);
