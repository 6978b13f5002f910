/**
 * Nothing lost on close: before the main window closes (the close box, Alt+F4, Zakończ, quitting the app) or
 * reloads, the main process asks the renderer to save its pending edit and waits for the answer, with a time limit.
 * Saved: the window goes at once, no question. The renderer silent (hung, crashed): the edit it last sent
 * (`draft:stage`) is saved here, and the window goes if that worked. The save failed: the user is asked whether to
 * close anyway (the only case with a question). A crashed renderer's last sent edit is saved as soon as it crashes.
 * Electron is injected, so the module is tested in Node with fakes.
 */
import type { BrowserWindow, IpcMain, IpcMainEvent } from 'electron';
import { FLUSH_CHANNEL, FLUSHED_CHANNEL } from '../contract/api.js';

/** How long the main process waits for the renderer's last save, ms. */
export const FLUSH_TIMEOUT_MS = 5000;

/** What the renderer answered: everything saved, the save failed, or no answer in time. */
export type FlushOutcome = 'saved' | 'failed' | 'timeout';

let tokens = 0;

/**
 * Asks the window's renderer to save now and waits for its answer, at most `timeoutMs`. In: the window, `ipcMain`
 * (its `on`/`removeListener`), the time limit. Out: the outcome. Never rejects.
 */
export function requestFlush(win: Pick<BrowserWindow, 'webContents' | 'isDestroyed'>, ipcMain: Pick<IpcMain, 'on' | 'removeListener'>, timeoutMs = FLUSH_TIMEOUT_MS): Promise<FlushOutcome> {
  if (win.isDestroyed() || win.webContents.isDestroyed() || win.webContents.isCrashed()) return Promise.resolve('timeout');
  const token = `flush-${++tokens}-${Date.now()}`;
  return new Promise<FlushOutcome>((resolve) => {
    const done = (o: FlushOutcome) => {
      clearTimeout(timer);
      ipcMain.removeListener(FLUSHED_CHANNEL, listener);
      resolve(o);
    };
    const listener = (event: IpcMainEvent, t: unknown, saved: unknown) => {
      if (event.sender !== win.webContents || t !== token) return;
      done(saved === true ? 'saved' : 'failed');
    };
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    ipcMain.on(FLUSHED_CHANNEL, listener);
    win.webContents.send(FLUSH_CHANNEL, token);
  });
}

/** What guarding the window needs. */
export interface CloseGuardDeps {
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>;
  /** Saves the edits the renderer staged in the main process. Out: true when everything staged is saved. */
  saveStaged(): Promise<boolean>;
  /**
   * Asks the user whether to go on although the last edit is not saved (`outcome` says why). Out: true to close
   * (or reload) anyway, false to stay.
   */
  confirmLoss(outcome: Exclude<FlushOutcome, 'saved'>): Promise<boolean>;
  /** True while the app is quitting (the window's close is then part of the quit, which goes on after the save). */
  quitting(): boolean;
  /** Goes on with quitting the app. */
  quit(): void;
  /** Called when the user chose to stay: a quit in progress is called off. */
  stayed?(): void;
  timeoutMs?: number;
}

/** Saves before the window goes: the renderer's last save, else the staged edit, else the user decides. Out: true to go on. */
async function saveBeforeLeaving(win: BrowserWindow, deps: CloseGuardDeps): Promise<boolean> {
  const outcome = await requestFlush(win, deps.ipcMain, deps.timeoutMs);
  if (outcome === 'saved') return true;
  // the renderer did not answer: what it last sent is in the main process
  if (outcome === 'timeout' && (await deps.saveStaged())) return true;
  return deps.confirmLoss(outcome);
}

/** The window's guard: what the reload menu item calls. */
export interface CloseGuard {
  /** Saves (as on close), then reloads the renderer. */
  reload(): Promise<void>;
}

/**
 * Guards a window: its `close` is held until the renderer's last save (see the module doc); a crash of its renderer
 * saves the last edit it sent and reloads the page.
 */
export function guardClose(win: BrowserWindow, deps: CloseGuardDeps): CloseGuard {
  let allowed = false;
  let busy = false;
  win.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    if (busy) return;
    busy = true;
    void saveBeforeLeaving(win, deps).then((go) => {
      busy = false;
      if (!go) return deps.stayed?.();
      allowed = true;
      if (deps.quitting()) deps.quit();
      else win.close();
    });
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    void deps.saveStaged().then(() => {
      if (!win.isDestroyed()) win.webContents.reload();
    });
  });
  return {
    async reload() {
      if (busy) return;
      busy = true;
      const go = await saveBeforeLeaving(win, deps);
      busy = false;
      if (go && !win.isDestroyed()) win.webContents.reload();
    },
  };
}
