/**
 * The organisational chart in a window of its own (issue 13, item 3): a second `BrowserWindow` beside the editor's,
 * with the same web preferences (sandboxed, isolated, the same preload), the same page of the app's scheme
 * (`app://zarzadzenia/index.html#schemat`: the renderer shows only the chart there) and the same navigation guards
 * (`guardNavigation`, applied to every web contents by main.ts) — so it can be read, zoomed and panned beside the
 * editor or on a second screen. One chart window per editor window: opening it again brings it to the front with
 * the draft as it stands; while it is open the editor keeps it current (`show: false`); it closes with its editor's
 * window.
 *
 * Electron is injected ({@link ChartWindowDeps}) so the module is tested with Electron mocked.
 */
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHART_CONTENT_CHANNEL, CHART_UPDATED_CHANNEL, CHART_WINDOW_CHANNEL, type ApiResult, type ChartWindowContent } from '../contract/api.js';
import type { SenderCheck } from './ipc.js';
import { secureWebPreferences } from './security.js';

/** The hash of the renderer's page that shows the chart alone (renderer/src/main.tsx). */
export const CHART_HASH = '#schemat';

/** What opening chart windows needs. */
export interface ChartWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  preloadPath: string;
  /** `app://zarzadzenia/index.html` (`app-protocol.ts`). */
  rendererUrl: string;
  /** The window whose web contents has this id (the editor asking), to close the chart with it. */
  windowOf(webContentsId: number): BrowserWindowType | null;
}

/** The constructor options of a chart window: the main window's security, a size for reading a large chart. */
export function chartWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** A title as a window may carry it: one line, at most 200 characters. */
function windowTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, 200) || 'Schemat organizacyjny';
}

/** The open chart windows, by the editor window's web contents that opened them. */
export class ChartWindows {
  private readonly byEditor = new Map<number, { win: BrowserWindowType; content: ChartWindowContent }>();

  constructor(private readonly deps: ChartWindowDeps) {}

  /**
   * Opens (or, `show` false, only refreshes) the chart window of editor `editorId`. A refresh sends the window the
   * news (`CHART_UPDATED_CHANNEL`) without bringing it forward. Out: whether the window is open.
   */
  open(editorId: number, content: ChartWindowContent, show: boolean): { open: boolean } {
    const title = windowTitle(content.title);
    const entry = this.byEditor.get(editorId);
    if (entry && !entry.win.isDestroyed()) {
      entry.content = { ...content, title };
      entry.win.setTitle(title);
      entry.win.webContents.send(CHART_UPDATED_CHANNEL);
      if (show) {
        if (entry.win.isMinimized()) entry.win.restore();
        entry.win.focus();
      }
      return { open: true };
    }
    this.byEditor.delete(editorId);
    if (!show) return { open: false };
    const win = new this.deps.BrowserWindow(chartWindowOptions(this.deps.preloadPath, title));
    // the chart window needs no menu of the editor (Plik, Edycja…): its keys are the chart's own
    win.removeMenu();
    this.byEditor.set(editorId, { win, content: { ...content, title } });
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (this.byEditor.get(editorId)?.win === win) this.byEditor.delete(editorId);
    });
    // the chart goes with its editor's window
    this.deps.windowOf(editorId)?.once('closed', () => {
      if (!win.isDestroyed()) win.close();
    });
    void win.loadURL(`${this.deps.rendererUrl}${CHART_HASH}`);
    return { open: true };
  }

  /** What the chart window with web contents `chartId` shows, or null when it is not a chart window. */
  contentOf(chartId: number): ChartWindowContent | null {
    for (const e of this.byEditor.values()) if (!e.win.isDestroyed() && e.win.webContents.id === chartId) return e.content;
    return null;
  }

  /** Closes every chart window (the app is quitting). */
  closeAll(): void {
    for (const e of this.byEditor.values()) if (!e.win.isDestroyed()) e.win.close();
    this.byEditor.clear();
  }
}

/** True for an argument shaped as {@link ChartWindowContent} plus `show` (the order is checked where it is drawn, `chart:svg`). */
function isOpenArg(arg: unknown): arg is ChartWindowContent & { show: boolean } {
  if (typeof arg !== 'object' || arg === null) return false;
  const a = arg as Record<string, unknown>;
  return typeof a.title === 'string' && typeof a.show === 'boolean' && typeof a.order === 'object' && a.order !== null;
}

/**
 * Registers the two calls of the chart window with `ipcMain.handle`: `CHART_WINDOW_CHANNEL` (open or refresh, by the
 * editor's page) and `CHART_CONTENT_CHANNEL` (by the chart window's page). A call from a frame that is not the app's
 * own is refused (`forbidden`), a malformed argument is `invalid-argument`; every answer is a value.
 */
export function registerChartWindow(ipcMain: Pick<IpcMain, 'handle'>, windows: ChartWindows, isTrusted: SenderCheck): void {
  const forbidden = { ok: false as const, error: { code: 'forbidden', message: 'Wywołanie spoza okna aplikacji zostało odrzucone.' } };
  ipcMain.handle(CHART_WINDOW_CHANNEL, (event: IpcMainInvokeEvent, arg: unknown): ApiResult<{ open: boolean }> => {
    if (!isTrusted(event)) return forbidden;
    if (!isOpenArg(arg)) return { ok: false, error: { code: 'invalid-argument', message: 'Niepoprawne dane schematu do pokazania w osobnym oknie.' } };
    return { ok: true, value: windows.open(event.sender.id, { order: arg.order, title: arg.title }, arg.show) };
  });
  ipcMain.handle(CHART_CONTENT_CHANNEL, (event: IpcMainInvokeEvent): ApiResult<ChartWindowContent> => {
    if (!isTrusted(event)) return forbidden;
    const content = windows.contentOf(event.sender.id);
    if (!content) return { ok: false, error: { code: 'notFound', message: 'Tego okna schematu nie otworzył żaden projekt; zamknij je i otwórz schemat z edytora ponownie.' } };
    return { ok: true, value: content };
  });
}
