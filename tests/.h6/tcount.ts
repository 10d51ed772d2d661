import { createWriteStream } from 'node:fs';
import { loadCourseRecord } from '../../electron/pdf/recordData.ts';
import { renderRecord, recordWords } from '../../electron/pdf/renderRecord.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { populateCourse, SETTINGS } from '../electron/pdf/recordFixtures.ts';
const store = openRecordStore(':memory:');
const fx = populateCourse(store, { sessions: 15, pointsPerSession: 100, plannedSessions: 10 });
const data = await loadCourseRecord({ store, settings: SETTINGS }, fx.course.id);
const t = await recordWords('en');
let calls = 0;
const t0 = performance.now();
for (let i = 0; i < 10000; i++) { t('pdf:points.view'); t('clinical:viewShort.bodyFront' as 'pdf:points.view'); }
console.log('20000 t calls ms', (performance.now() - t0).toFixed(1));
const times: number[] = [];
for (let i = 0; i < 4; i++) { const s = performance.now(); await renderRecord(data, createWriteStream('/tmp/h6/x.pdf')); times.push(performance.now() - s); }
console.log('render ms', times.map((x) => x.toFixed(0)).join(' '));
void calls;
process.exit(0);
