import { describe, expect, it, vi } from 'vitest';

const appListeners: Record<string, (...args: any[]) => void> = {};
let permissionRequest: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
let permissionCheck: ((...args: unknown[]) => boolean) | null = null;

vi.mock('electron', () => ({
  app: { on: (name: string, fn: (...args: any[]) => void) => (appListeners[name] = fn) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: typeof permissionRequest) => (permissionRequest = fn),
      setPermissionCheckHandler: (fn: typeof permissionCheck) => (permissionCheck = fn),
    },
  },
}));

const { lockDownSessions, lockDownWebContents } = await import('../../electron/security.ts');

function fakeContents() {
  const listeners: Record<string, (event: { preventDefault: () => void }, ...rest: unknown[]) => void> = {};
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, fn: (typeof listeners)[string]) => (listeners[name] = fn),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    emit(name: string, ...rest: unknown[]) {
      const event = { prevented: false, preventDefault() { this.prevented = true; } };
      listeners[name]!(event, ...rest);
      return event.prevented;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('web contents lock-down', () => {
  it('refuses navigation, redirects and webviews', () => {
    const contents = fakeContents();
    lockDownWebContents(contents as never);
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-attach-webview', {}, {})).toBe(true);
  });

  it('refuses every new window', () => {
    const contents = fakeContents();
    lockDownWebContents(contents as never);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('app://mesochart/index.html')).toEqual({ action: 'deny' });
  });

  it('applies to every web contents created and denies all permissions', () => {
    lockDownSessions();
    const contents = fakeContents();
    appListeners['web-contents-created']!({}, contents);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      permissionRequest!({}, permission, (ok) => answers.push(ok));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(permissionCheck!({}, 'media', 'app://mesochart', {})).toBe(false);
  });
});
