import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX, type RawApi } from '../shared/api.ts';
import { APP_ORIGIN } from './protocol.ts';

/** Whose pages may call: the packaged app trusts app:// alone, whatever dev server it is told of. */
export type SenderTrust = { packaged: boolean; devServerUrl?: string | undefined };

/** Only our own page, in its top frame, may call the API: not an iframe, not a page navigated elsewhere. */
export function isTrustedSender(event: IpcMainInvokeEvent, trust: SenderTrust = { packaged: true }): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  // A custom scheme has an opaque origin ("null") in WHATWG URL terms, so compare scheme and host.
  if (`${url.protocol}//${url.host}` === APP_ORIGIN) return true;
  if (trust.packaged || trust.devServerUrl === undefined) return false;
  return url.origin === new URL(trust.devServerUrl).origin;
}

export function registerIpcHandlers(handlers: RawApi, trust: SenderTrust = { packaged: true }): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, (event, input: unknown) => {
      if (!isTrustedSender(event, trust)) {
        return { ok: false, error: { code: 'invalid-input', field: null, reason: 'foreign-sender', params: {} } };
      }
      return handlers[name](input);
    });
  }
}
