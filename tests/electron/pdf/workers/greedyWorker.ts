/** A PDF worker that keeps every page it makes in memory until its heap limit stops it. */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  const kept: string[][] = [];
  for (;;) kept.push(Array.from({ length: 10_000 }, (_, i) => `page ${kept.length} line ${i}`));
});
