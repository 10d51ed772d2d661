import { app, session, type WebContents } from 'electron';

/**
 * The renderer is a single page that never needs to go anywhere: every navigation, new window,
 * webview and permission request is refused, whatever asks for it.
 */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function lockDownSessions(): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
