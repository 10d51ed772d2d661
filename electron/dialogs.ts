import { BrowserWindow, dialog, shell } from 'electron';
import type { FilePort } from './recordOutputs.ts';

/**
 * Where exported files go, asked in the main process: the renderer never names a path. A saved file
 * is shown in its folder (showItemInFolder), from where the user opens and prints it: opening files
 * from the app (shell.openPath) is kept out by the security checklist.
 */
export function electronFiles(): FilePort {
  return {
    chooseSavePath: async ({ title, defaultName, filters }) => {
      const options = { title, defaultPath: defaultName, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] };
      const window = BrowserWindow.getFocusedWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    revealFile: async (path) => shell.showItemInFolder(path),
    chooseOpenFiles: async ({ title, filters }) => {
      const options = { title, filters, properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] };
      const window = BrowserWindow.getFocusedWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
  };
}
