/**
 * The system dialogs of the handler table (`Dialogs`), implemented with Electron's `dialog` module and
 * attached to the window that asked, in Polish.
 */
import type { BrowserWindow, Dialog } from 'electron';
import type { FlushOutcome } from './close-guard.js';
import type { Dialogs, FileFilter } from '../services/handlers/deps.js';

/** File types the importer reads, and the app's own format. */
export const ORDER_FILE_FILTERS: FileFilter[] = [
  { name: 'Zarządzenia (PDF, DOCX, TXT, MD, HTML, JSON)', extensions: ['pdf', 'docx', 'txt', 'md', 'html', 'htm', 'json'] },
  { name: 'Wszystkie pliki', extensions: ['*'] },
];

/**
 * Dialogs bound to a window. In: Electron's `dialog`, a function giving the current window (or null before
 * it exists). Out: the `Dialogs` of the handler table.
 */
export function electronDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseOrderFile() {
      const win = getWindow();
      const options = { title: 'Otwórz zarządzenie', buttonLabel: 'Otwórz', properties: ['openFile' as const], filters: ORDER_FILE_FILTERS };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
    },
    async chooseSavePath(defaultName: string, filters: FileFilter[]) {
      const win = getWindow();
      const options = { title: 'Zapisz jako', buttonLabel: 'Zapisz', defaultPath: defaultName, filters };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}

/**
 * Asks whether to close (or reload) although the last edit is not saved: the renderer's save failed (`failed`) or
 * it did not answer and the edit it last sent could not be saved either (`timeout`). In: Electron's `dialog`, the
 * window, the outcome. Out: true to go on (the edit is lost), false to stay (the default, also on Escape).
 */
export async function confirmLoss(dialog: Pick<Dialog, 'showMessageBox'>, win: BrowserWindow, outcome: Exclude<FlushOutcome, 'saved'>): Promise<boolean> {
  const why = outcome === 'failed' ? 'Nie udało się zapisać ostatnich zmian projektu w rejestrze.' : 'Okno nie odpowiedziało, a ostatnich zmian projektu nie udało się zapisać.';
  const r = await dialog.showMessageBox(win, {
    type: 'warning',
    title: 'Niezapisane zmiany',
    message: why,
    detail: 'Jeśli zamkniesz teraz, ostatnie zmiany zostaną utracone. Wróć do projektu, aby spróbować zapisać ponownie.',
    buttons: ['Wróć do projektu', 'Zamknij bez zapisywania'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return r.response === 1;
}
