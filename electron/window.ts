import { BrowserWindow } from 'electron';

export type WindowOptions = {
  preloadPath: string;
  url: string;
  /** The developer tools: for `npm run dev` and unpackaged builds only, never in the packaged app. */
  devTools?: boolean;
};

/** The one application window, with every web preference set to its safe value explicitly. */
export function createMainWindow({ preloadPath, url, devTools = false }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'MesoChart',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      devTools,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
