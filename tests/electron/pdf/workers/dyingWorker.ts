/** A PDF worker that dies on the job, after starting the file, as a crash in a native library would. */
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', (job: { file: string }) => {
  writeFileSync(job.file, '%PDF-1.7\n% half a record');
  process.exit(7);
});
