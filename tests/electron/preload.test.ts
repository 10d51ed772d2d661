import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { API_GLOBAL, CHANNEL_NAMES, IPC_PREFIX } from '../../shared/channelNames.ts';

// Checklist item 20, "do not expose Electron APIs to untrusted web content": runs the preload that
// ships (out/preload/preload.cjs) against a stand-in for Electron and looks at what it hands the page.
function loadBuiltPreload() {
  const path = 'out/preload/preload.cjs';
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  const exposed: { name: string; value: unknown }[] = [];
  const invoked: { channel: string; args: unknown[] }[] = [];
  const required: string[] = [];
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => (invoked.push({ channel, args }), Promise.resolve('answer')),
    send: () => {
      throw new Error('send must not be used');
    },
    on: () => {
      throw new Error('on must not be used');
    },
  };
  const electron = { contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.push({ name, value }) }, ipcRenderer };
  const module = { exports: {} };
  runInNewContext(readFileSync(path, 'utf8'), {
    require: (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`the preload requires ${id}`);
    },
    module,
    exports: module.exports,
  });
  return { exposed, invoked, required, ipcRenderer };
}

describe('what the preload exposes to the page', () => {
  it('requires nothing but electron (a sandboxed preload has no Node modules)', () => {
    expect(new Set(loadBuiltPreload().required)).toEqual(new Set(['electron']));
  });

  it('exposes one object, with exactly one function per channel of the contract', () => {
    const { exposed } = loadBuiltPreload();
    expect(exposed.map((e) => e.name)).toEqual([API_GLOBAL]);
    const api = exposed[0]!.value as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNEL_NAMES) expect(typeof api[name], name).toBe('function');
  });

  it('hands out no Electron object: no ipcRenderer, no listener, no channel chosen by the page', async () => {
    const { exposed, invoked, ipcRenderer } = loadBuiltPreload();
    const api = exposed[0]!.value as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const value of Object.values(api)) {
      expect(value).not.toBe(ipcRenderer.invoke);
      expect(value).not.toBe(ipcRenderer);
    }
    // Each function calls its own fixed channel with the one input it is given, whatever else is passed.
    await api.listPatients!({ query: 'x' }, 'listPatients-extra', IPC_PREFIX + 'deletePatient');
    expect(invoked).toEqual([{ channel: IPC_PREFIX + 'listPatients', args: [{ query: 'x' }] }]);
  });
});
