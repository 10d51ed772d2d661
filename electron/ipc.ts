import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX, type RawApi } from '../shared/api.ts';
import { APP_ORIGIN } from './protocol.ts';

/** Only our own page, in its top frame, may call the API: not an iframe, not a page navigated elsewhere. */
export function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const origin = new URL(frame.url).origin;
  return origin === APP_ORIGIN || (devServerUrl !== undefined && origin === new URL(devServerUrl).origin);
}

export function registerIpcHandlers(handlers: RawApi, devServerUrl?: string): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, (event, input: unknown) => {
      if (!isTrustedSender(event, devServerUrl)) {
        return { ok: false, error: { code: 'invalid-input', field: null, message: 'Refused: the call did not come from MesoChart’s own page' } };
      }
      return handlers[name](input);
    });
  }
}
