import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AccessState, PractitionerSummary } from '../../../shared/access.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';

/**
 * Which screen the access gate shows for each answer of the main process, rendered as markup (no DOM):
 * the records only once a practitioner is unlocked and no recovery key waits to be kept.
 */

vi.hoisted(() => {
  // The screens' locale store reads the system's language when it loads (Node 20 has no navigator).
  (globalThis as { navigator?: unknown }).navigator ??= { language: 'en-GB' };
});
// What the gate reads of the store: the view made of the main process's answer (rendering on a server
// would only ever see the store's initial state).
const shown = vi.hoisted(() => ({ view: null as unknown }));
vi.mock('../../../renderer/access/accessStore.ts', async (original) => ({
  ...(await original<typeof import('../../../renderer/access/accessStore.ts')>()),
  useAccessView: () => shown.view,
}));

const { AccessGate } = await import('../../../renderer/access/AccessGate.tsx');
const { viewOf } = await import('../../../renderer/access/accessState.ts');

const marie: PractitionerSummary = { id: 'p-marie', displayName: 'Dr Marie Dupont', createdAt: '2025-01-01T00:00:00.000Z', disabled: false, language: null, registration: null, qualification: '' };
const KEY = '7KQ2-M9XD-A1B2-C3D4-E5F6-G7H8-J9K0-MNPQ';

async function gateFor(state: AccessState): Promise<string> {
  shown.view = viewOf(state, 'start');
  return renderToStaticMarkup(
    <AccessGate>
      <p>THE RECORDS</p>
    </AccessGate>,
  );
}

beforeAll(async () => {
  await createTranslator('en', [initReactI18next]);
});

describe('the access gate', () => {
  it('shows the records to an unlocked practitioner once no recovery key waits', async () => {
    const html = await gateFor({ practitioners: [marie], current: marie, idleMinutes: 10, recoveryKeyToShow: null, sealingProblem: null });
    expect(html).toContain('THE RECORDS');
  });

  it('shows the recovery key, and nothing of the records, until it is kept: no way around it', async () => {
    const html = await gateFor({ practitioners: [marie], current: marie, idleMinutes: 10, recoveryKeyToShow: KEY, sealingProblem: null });
    expect(html).not.toContain('THE RECORDS');
    expect(html).toMatch(/<h1 class="access__title"[^>]*>Your recovery key<\/h1>/);
    expect(html).toContain(`>${KEY}</p>`);
    // Read symbol by symbol to a screen reader.
    expect(html).toContain('7 K Q 2, M 9 X D, A 1 B 2');
    expect(html).toContain('Print the recovery sheet');
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*required=""/);
    expect(html).toContain('I have printed or written down the recovery key and keep it apart from this computer.');
    expect(html).toContain('>Continue</button>');
    // No close button, no dialog to dismiss.
    expect(html).not.toContain('modal__close');
    expect(html).not.toContain('<dialog');
  });

  it('says on the first-run screen that the records are sealed, and asks that it be understood', async () => {
    const html = await gateFor({ practitioners: [], current: null, idleMinutes: 10, recoveryKeyToShow: null, sealingProblem: null });
    expect(html).toContain('Your records are encrypted on this computer');
    expect(html).toContain('Without a passphrase and without the recovery key, the records are lost for good');
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*required=""[^>]*>.*I understand: without a passphrase or the recovery key/s);
    expect(html.indexOf('I understand')).toBeLessThan(html.indexOf('Create profile and open MesoChart'));
  });

  it('offers "Forgot your passphrase?" on the lock screen', async () => {
    const html = await gateFor({ practitioners: [marie], current: null, idleMinutes: 10, recoveryKeyToShow: null, sealingProblem: null });
    expect(html).toContain('MesoChart is locked');
    expect(html).toContain('Forgot your passphrase?');
    expect(html).not.toContain('THE RECORDS');
  });
});
