import { BrowserWindow, dialog, shell } from 'electron';
import { openDialogText, saveDialogText, type MainT } from './mainText.ts';
import type { FilePort } from './channels/filePort.ts';

/**
 * Where exported files go, asked in the main process: the renderer never names a path. A record just
 * saved can be opened in the system's PDF viewer for printing: this module is the one place allowed
 * to call shell.openPath (security checklist, item 15), and only on a file of ours, at the path the
 * user chose in the save dialog, with one of the extensions we write.
 */
const OPENABLE = /\.(pdf|csv)$/i;
export function electronFiles(t: () => MainT): FilePort {
  return {
    chooseSavePath: async ({ purpose, defaultName }) => {
      // Titles and file types in the practitioner's language, at the time the dialog opens.
      const { title, filters } = saveDialogText(t(), purpose);
      const options = { title, defaultPath: defaultName, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] };
      const window = BrowserWindow.getFocusedWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openSavedFile: async (path) => {
      if (!OPENABLE.test(path)) throw new Error(`Refusing to open ${path}: not a record MesoChart writes`);
      const problem = await shell.openPath(path);
      if (problem) shell.showItemInFolder(path);
    },
    chooseOpenFiles: async ({ purpose }) => {
      const { title, filters } = openDialogText(t(), purpose);
      const options = { title, filters, properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] };
      const window = BrowserWindow.getFocusedWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
  };
}
