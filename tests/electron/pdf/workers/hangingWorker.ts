/** A PDF worker that takes the job and never answers: its thread spins (no event loop, no progress). */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  for (;;) {
    // Stuck, as a layout caught in an endless loop would be.
  }
});
