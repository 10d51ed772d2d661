import { describe, expect, it, vi } from 'vitest';

const registered = new Map<string, (event: unknown, input: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: { handle: (name: string, fn: (event: unknown, input: unknown) => unknown) => registered.set(name, fn) },
  net: {},
  protocol: {},
}));

const { registerIpcHandlers, isTrustedSender } = await import('../../electron/ipc.ts');
const { CHANNEL_NAMES, IPC_PREFIX } = await import('../../shared/api.ts');

const topFrame = (url: string) => ({ senderFrame: { url, parent: null } });
const subFrame = (url: string) => ({ senderFrame: { url, parent: {} } });

describe('IPC registration', () => {
  it('registers exactly one handler per channel of the contract', () => {
    const handlers = Object.fromEntries(CHANNEL_NAMES.map((n) => [n, async () => ({ ok: true, value: n })]));
    registerIpcHandlers(handlers as never);
    expect([...registered.keys()].sort()).toEqual(CHANNEL_NAMES.map((n) => IPC_PREFIX + n).sort());
  });

  it('trusts only the top frame of the app origin', () => {
    expect(isTrustedSender(topFrame('app://mesochart/index.html') as never)).toBe(true);
    expect(isTrustedSender(subFrame('app://mesochart/index.html') as never)).toBe(false);
    expect(isTrustedSender(topFrame('https://evil.example/') as never)).toBe(false);
    expect(isTrustedSender(topFrame('file:///etc/passwd') as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false);
  });

  it('trusts the dev server only when one is given, and only in an unpackaged app', () => {
    const dev = topFrame('http://localhost:5173/') as never;
    expect(isTrustedSender(dev)).toBe(false);
    expect(isTrustedSender(dev, { packaged: false })).toBe(false);
    expect(isTrustedSender(dev, { packaged: false, devServerUrl: 'http://localhost:5173' })).toBe(true);
    // Packaged: app:// alone, whatever dev server it is told of.
    expect(isTrustedSender(dev, { packaged: true, devServerUrl: 'http://localhost:5173' })).toBe(false);
    expect(isTrustedSender(topFrame('app://mesochart/index.html') as never, { packaged: true, devServerUrl: 'http://localhost:5173' })).toBe(true);
  });

  it('refuses the dev server’s calls in the packaged app, even when registered with one', async () => {
    let ran = false;
    const handlers = Object.fromEntries(CHANNEL_NAMES.map((n) => [n, async () => ((ran = true), { ok: true, value: 1 })]));
    registerIpcHandlers(handlers as never, { packaged: true, devServerUrl: 'http://localhost:5173' });
    const answer = await registered.get(IPC_PREFIX + 'listPatients')!(topFrame('http://localhost:5173/'), {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', reason: 'foreign-sender' } });
    expect(ran).toBe(false);
    registerIpcHandlers(handlers as never, { packaged: false, devServerUrl: 'http://localhost:5173' });
    await registered.get(IPC_PREFIX + 'listPatients')!(topFrame('http://localhost:5173/'), {});
    expect(ran).toBe(true);
  });

  it('answers a call from a foreign frame with a refusal and does not run the handler', async () => {
    let ran = false;
    const handlers = Object.fromEntries(CHANNEL_NAMES.map((n) => [n, async () => ((ran = true), { ok: true, value: 1 })]));
    registerIpcHandlers(handlers as never);
    const answer = await registered.get(IPC_PREFIX + 'listPatients')!(topFrame('https://evil.example/'), {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(ran).toBe(false);
    await registered.get(IPC_PREFIX + 'listPatients')!(topFrame('app://mesochart/'), {});
    expect(ran).toBe(true);
  });
});
