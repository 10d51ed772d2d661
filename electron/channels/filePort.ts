/**
 * The file dialogs as the channels see them: Electron's dialog and shell in the app
 * (electron/dialogs.ts), a folder in tests and the end-to-end harness.
 */

/**
 * What a save dialog is for: the dialog (electron/dialogs.ts) words its title and file types in the
 * practitioner's language from it, so no English is written here.
 */
export type SavePurpose = 'session-record' | 'consent-record' | 'course-record' | 'adverse-event-report' | 'recall-csv' | 'stock-csv' | 'recall-letters' | 'recovery-sheet';
export type SaveRequest = { purpose: SavePurpose; defaultName: string };

export type FilePort = {
  /** Where to save; null when the user cancelled. The renderer never supplies a path. */
  chooseSavePath(request: SaveRequest): Promise<string | null>;
  /**
   * Opens a file MesoChart has just written, at the path the user chose in the save dialog, in the
   * system's viewer, from where it is printed. Never a path or URL that came from the renderer.
   */
  openSavedFile?(path: string): Promise<void>;
  /** Files to open (photos to import); null when the user cancelled. The renderer never supplies a path. */
  chooseOpenFiles?(request: OpenRequest): Promise<string[] | null>;
};

export type OpenPurpose = 'photos';
export type OpenRequest = { purpose: OpenPurpose };
