// What the suites that open the built app in Chromium share: the build, the channels called as the
// renderer calls them (through the e2e harness, tests/e2e/harness/server.ts), the browser, and the mark
// of a frame painted. One copy, so that every suite's figure is taken the same way.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Harness } from '../tests/e2e/harness/server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const PRACTITIONER = { name: 'Dr Bench', passphrase: 'bench passphrase 123' };

/**
 * The app built: MESOCHART_OUT (a folder electron-vite built into) if set, else a fresh
 * `electron-vite build --outDir <scratch>/out`, so that the figure is the current code's.
 */
export function buildApp(scratch: string): string {
  if (process.env.MESOCHART_OUT) return resolve(process.env.MESOCHART_OUT);
  const out = join(scratch, 'out');
  const started = performance.now();
  const result = spawnSync(join('node_modules', '.bin', 'electron-vite'), ['build', '--outDir', out], { encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(join(out, 'renderer', 'index.html'))) {
    throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`built the app into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message?: string } };

/** A channel called as the renderer calls it, through the real handlers and record store. */
export async function call<T>(harness: Harness, channel: string, input: unknown): Promise<T> {
  const response = await fetch(`${harness.url}api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const envelope = (await response.json()) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

/** `count` calls made by `concurrency` workers at once (populating thousands of records in seconds). */
export async function inParallel(count: number, concurrency: number, each: (index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) await each(i);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/**
 * Page-side source of `afterPaint(done)`: calls `done(performance.now())` once the frame that shows the
 * DOM as it is now has been painted (a requestAnimationFrame runs before that frame's paint; a message
 * posted from it runs after). Spliced into the scripts the suites add to the page.
 */
export const AFTER_PAINT = `(done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done(performance.now());
  channel.port2.postMessage(null);
})`;
