import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness, type HarnessOptions } from './harness/server.ts';

export const SCREENSHOT_DIR = join('tests', '.artifacts', 'screenshots');

/** A fresh data folder per test, and a way to (re)start the app on it as a restart would. */
export const test = base.extend<{ dataDir: string; app: AppControl }>({
  dataDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'mesochart-e2e-')));
  },
  app: async ({ page, dataDir }, use) => {
    const control = new AppControl(page, dataDir);
    await use(control);
    await control.stop();
  },
});

export class AppControl {
  private harness: Harness | null = null;
  constructor(
    private readonly page: Page,
    readonly dataDir: string,
  ) {}

  async start(options: Partial<HarnessOptions> = {}): Promise<Harness> {
    this.harness = await startHarness({ dataDir: this.dataDir, ...options });
    await this.page.goto(this.harness.url);
    return this.harness;
  }

  async stop(): Promise<void> {
    await this.harness?.close();
    this.harness = null;
  }

  /** Closes the store and the server, then starts both again on the same data folder. */
  async restart(): Promise<Harness> {
    await this.stop();
    return this.start();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }
}

export { expect };
