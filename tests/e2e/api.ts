import type { Page } from '@playwright/test';

type Envelope<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Calls a channel through the page's bridge, as a screen does: how a spec sets up records faster than
 * through the screens. A refusal throws, naming the channel and the error.
 */
export async function call<T = any>(page: Page, channel: string, input: unknown): Promise<T> {
  const answer = (await page.evaluate(([c, i]) => (window as any).mesochart[c as string](i), [channel, input] as const)) as Envelope<T>;
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}
