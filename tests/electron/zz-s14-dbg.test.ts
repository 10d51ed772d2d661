import { it } from 'vitest';
import { join } from 'node:path';
import { createBackup } from '../../electron/backup/backup.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { tempDir } from './store/fixtures.ts';
it('y', async () => {
  const dir = tempDir(); const p = join(dir, 'r.sqlite');
  const s = openRecordStore(p); s.createPatient({ firstName: 'a', lastName: 'b', dateOfBirth: '1980-01-01', sex: 'female', phone: '', email: '', address: '', allergies: '', notes: '', screening: null, medication: '', language: null }, { name: 'x' });
  try { await createBackup(p, join(dir, 'b')); console.log('OK'); } catch (e) { console.log('ERR', (e as Error).cause); }
});
