import { describe, expect, it } from 'vitest';
import type { ChannelHandlers } from '../../../electron/channels/context.ts';
import { createHandlers } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import { CHANNEL_NAMES } from '../../../shared/api.ts';
import type { PROTOCOL_CHANNELS } from '../../../shared/channels/protocols.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { testAccess } from '../access/fixtures.ts';
import { openTestStore } from '../store/fixtures.ts';

describe('the channel table, combined from the domains', () => {
  it('answers every channel of the contract, and only those', () => {
    const { store } = openTestStore();
    const api = createHandlers({
      store: holdStore(store),
      settings: { get: () => DEFAULT_SETTINGS, update: () => DEFAULT_SETTINGS },
      access: testAccess({ name: 'Dr Weiß' }),
      appInfo: () => ({ version: 't', dataDir: '', databasePath: '', schemaVersion: store.schemaVersion }),
    });
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    store.close();
  });

  it('does not compile a domain with a channel left out, or with one its contract does not name', () => {
    const refuse = () => {
      throw new Error('never called');
    };
    // @ts-expect-error deleteProtocol is left out
    const missing: ChannelHandlers<typeof PROTOCOL_CHANNELS> = { listProtocols: refuse, saveProtocol: refuse };
    const extra: ChannelHandlers<typeof PROTOCOL_CHANNELS> = {
      listProtocols: refuse,
      saveProtocol: refuse,
      deleteProtocol: refuse,
      // @ts-expect-error stampProtocol is no channel of the contract
      stampProtocol: refuse,
    };
    // tsc checks the two above (a compile error that went away fails the type check); at run time they are plain objects.
    expect(Object.keys(missing)).toEqual(['listProtocols', 'saveProtocol']);
    expect(Object.keys(extra)).toHaveLength(4);
  });
});
