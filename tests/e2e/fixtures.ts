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

/** The practitioner the app starts unlocked as, unless a test says otherwise (practitioner: null). */
export const DEFAULT_PRACTITIONER = { name: 'Dr Test', passphrase: 'test passphrase 123' };

export class AppControl {
  private readonly page: Page;
  readonly dataDir: string;
  private harness: Harness | null = null;
  private lastOptions: Partial<HarnessOptions> = {};
  constructor(
    page: Page,
    dataDir: string,
  ) {
    this.page = page;
    this.dataDir = dataDir;
  }

  /**
   * Starts the app unlocked as a practitioner: the one named by `settings.practitionerName` if given,
   * else "Dr Test" (created on first start). `practitioner: null` starts it locked, or on the first-run
   * screen when the records have no profile yet.
   */
  async start(options: Partial<HarnessOptions> = {}): Promise<Harness> {
    this.lastOptions = options;
    const practitioner =
      options.practitioner === undefined
        ? { ...DEFAULT_PRACTITIONER, name: options.settings?.practitionerName || DEFAULT_PRACTITIONER.name }
        : options.practitioner;
    this.harness = await startHarness({ dataDir: this.dataDir, ...options, practitioner });
    await this.page.goto(this.harness.url);
    return this.harness;
  }

  async stop(): Promise<void> {
    await this.harness?.close();
    this.harness = null;
  }

  /** Closes the store and the server, then starts both again on the same data folder (as the same practitioner). */
  async restart(options: Partial<HarnessOptions> = this.lastOptions): Promise<Harness> {
    await this.stop();
    return this.start(options);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }
}

export { expect };
