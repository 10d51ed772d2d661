// Runs in the sandboxed renderer before the page: exposes the typed API and nothing else.
// Built as CommonJS (.cjs), the only form a sandboxed preload can take.
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, CHANNEL_NAMES, IPC_PREFIX } from '../shared/channelNames.ts';
import type { RawApi } from '../shared/api.ts';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_PREFIX + name, input)]),
) as RawApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
